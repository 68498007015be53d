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

const stdio: CommandIO = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  isTTY: Boolean(process.stdout.isTTY),
};

/**
 * Run the `mma` command line with `argv` (without `node` and the script) and resolve to
 * the exit code: 0 success, 2 bad input or usage (one line on stderr), 1 an unexpected
 * failure.
 *
 * @example
 * ```ts
 * import { main } from "@mmareg/cli";
 * process.exitCode = await main(["loss", "weights.npy", "--json"]);
 * ```
 */
export async function main(argv: string[], io: CommandIO = stdio): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === "-h" || first === "--help" || first === "help") {
    io.out(globalHelp());
    return first === undefined ? 2 : 0;
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
      io.err(`mma ${command?.name ?? ""}: error${code}: ${e.message.replace(/\s*\n\s*/g, " ")}\n`.replace("mma : ", "mma: "));
      return 2;
    }
    io.err(`mma: unexpected failure: ${(e as Error).stack ?? String(e)}\n`);
    return 1;
  }
}
