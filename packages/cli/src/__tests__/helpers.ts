import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../main.js";
import type { CommandIO } from "../commands/index.js";

/** Run `mma` in-process and capture its output and exit code. */
export async function runMma(argv: string[], isTTY = false): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CommandIO = { out: (t) => void (out += t), err: (t) => void (err += t), isTTY };
  const code = await main(argv, io);
  return { code, out, err };
}

/** A fresh temporary directory. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "mma-cli-"));
}

/** Write a file into a temp dir and return its path. */
export function tempFile(name: string, content: string | Uint8Array): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}
