import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../main.js";
import type { CommandIO } from "../commands/index.js";

/** Run `mma` in-process and capture its output and exit code; `extra` adds to the injected io (e.g. a `setV8Flag` spy). */
export async function runMma(argv: string[], isTTY = false, extra: Partial<CommandIO> = {}): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CommandIO = { ...extra, out: (t) => void (out += t), err: (t) => void (err += t), isTTY };
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
