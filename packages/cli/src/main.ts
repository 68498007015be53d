import { MMARegError } from "@mmareg/core";
import { CliError } from "./cliError.js";
import { COMMANDS, type CommandIO } from "./commands/index.js";
import { missingPackageFallback } from "./optionalPackages.js";
import { VERSION } from "./version.js";

function globalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `mma ${VERSION}: angular-diversity regularization (MMA, cosine, MHE, orthogonal) from the command line

Usage: mma <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Run "mma <command> --help" for a command's options.
Options:
  -h, --help     this text
  -v, --version  print the version
`;
}

/** An error as one short line: `Name: message`, newlines folded, at most 300 characters. */
function oneLine(e: unknown): string {
  const text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const flat = text.replace(/\s*\n\s*/g, " ");
  return flat.length > 300 ? `${flat.slice(0, 300)}...` : flat;
}

const stdio: CommandIO = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  isTTY: Boolean(process.stdout.isTTY),
  errIsTTY: Boolean(process.stderr.isTTY),
  get errColumns() {
    return process.stderr.columns;
  },
};

/**
 * Run the `mma` command line with `argv` (without `node` and the script) and resolve to
 * the exit code: 0 success, 2 bad input or usage (one line on stderr), 1 an unexpected
 * failure (a bug: one line on stderr, the stack trace only with `MMA_DEBUG=1`).
 *
 * Convention, the same for every command: help is printed only when asked for
 * (`--help`, `-h`, `mma help`), on stdout, with exit 0; a missing command, argument or
 * required flag (including `mma` alone) is one line on stderr saying what to run, exit 2.
 *
 * @example
 * ```ts
 * import { main } from "@mmareg/cli";
 * process.exitCode = await main(["loss", "weights.npy", "--json"]);
 * ```
 */
export async function main(argv: string[], io: CommandIO = stdio): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.err(`mma: error: no command given: run "mma --help" for the commands (${COMMANDS.map((c) => c.name).join(", ")})\n`);
    return 2;
  }
  if (first === "-h" || first === "--help" || first === "help") {
    io.out(globalHelp());
    return 0;
  }
  if (first === "-v" || first === "--version") {
    io.out(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === first);
  try {
    if (!command) throw new CliError(`unknown command "${first}": use one of ${COMMANDS.map((c) => c.name).join(", ")} (mma --help)`);
    return await command.run(rest, io);
  } catch (caught) {
    // an optional runtime (onnx, tfjs, gpu.js) that is not installed: one line naming it
    const e = missingPackageFallback(caught) ?? caught;
    if (e instanceof CliError || e instanceof MMARegError) {
      const code = e instanceof MMARegError ? ` [${e.code}]` : "";
      const message = e.message.replace(/\s*\n\s*/g, " ");
      // a message is a sentence, never a dump: cut what an input may have blown up
      const short = message.length > 500 ? `${message.slice(0, 500)}...` : message;
      io.err(`mma ${command?.name ?? ""}: error${code}: ${short}\n`.replace("mma : ", "mma: "));
      return 2;
    }
    // Not a bad input the code knows about: a bug. One line still (the stack on request).
    const detail = process.env.MMA_DEBUG ? ((e as Error).stack ?? String(e)) : `${oneLine(e)}; run with MMA_DEBUG=1 for the stack trace, and please report it`;
    io.err(`mma${command ? ` ${command.name}` : ""}: unexpected failure: ${detail}\n`);
    return 1;
  }
}
