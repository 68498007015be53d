import { statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { CliError } from "../cliError.js";

/** Why a file cannot be written, in words, from a Node error code. */
function reason(file: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  const dir = dirname(file);
  switch (code) {
    case "ENOENT":
      return `the folder ${dir} does not exist: create it first (mkdir -p ${dir})`;
    case "ENOTDIR":
      return `${dir} is not a folder`;
    case "EISDIR":
      return "it is a folder: give a file name";
    case "EACCES":
    case "EPERM":
      return "permission denied: pick a folder you can write to";
    case "ENOSPC":
      return "the disk is full";
    case "EROFS":
      return "the file system is read-only";
    default:
      return (e as Error).message ?? String(e);
  }
}

/**
 * Check, before a long computation, that `file` can be created: its folder exists and is
 * a folder, and `file` itself is not a folder. Saves a 10-minute run that would only fail
 * at the end.
 *
 * @param flag - the flag that named the file (`--out`), for the message.
 * @throws {@link CliError} `--out missing/p.json: cannot write ...`.
 * @example
 * ```ts
 * checkWritable("missing/dir/p.json", "out"); // throws: the folder missing/dir does not exist
 * ```
 */
export function checkWritable(file: string, flag: string): void {
  let dir;
  try {
    dir = statSync(dirname(resolve(file)));
  } catch (e) {
    throw new CliError(`--${flag} ${file}: cannot write ${file}: ${reason(file, e)}`);
  }
  if (!dir.isDirectory()) throw new CliError(`--${flag} ${file}: cannot write ${file}: ${dirname(file)} is not a folder`);
  try {
    if (statSync(file).isDirectory()) throw new CliError(`--${flag} ${file}: cannot write ${file}: it is a folder: give a file name`);
  } catch (e) {
    if (e instanceof CliError) throw e;
    // does not exist yet: fine
  }
}

/**
 * `writeFileSync` with a one-line usage error (`cannot write <file>: <why>`) instead of
 * a Node stack trace.
 *
 * @throws {@link CliError}.
 * @example
 * ```ts
 * writeOutput("points.json", JSON.stringify(points), "out");
 * ```
 */
export function writeOutput(file: string, data: string | Uint8Array, flag: string): void {
  try {
    writeFileSync(file, data);
  } catch (e) {
    throw new CliError(`--${flag} ${file}: cannot write ${file}: ${reason(file, e)}`);
  }
}
