#!/usr/bin/env node
// Compiles assembly/kernels.ts (AssemblyScript) to the two binaries the package loads:
//   wasm/kernels-mt.wasm  imports a SHARED memory (threads feature): the worker pool
//   wasm/kernels-st.wasm  imports a plain memory: one thread, where SharedArrayBuffer is
//                         missing (a browser page that is not cross-origin isolated)
// Both with 128-bit SIMD. Run by the package's `build` script; the binaries are not
// committed (a fresh clone builds them from npm packages alone).
import asc from "assemblyscript/asc";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
mkdirSync(`${root}wasm`, { recursive: true });

const common = [
  "assembly/kernels.ts",
  "--runtime", "stub",
  "--optimizeLevel", "3",
  "--shrinkLevel", "0",
  "--noAssert",
  "--importMemory",
  "--initialMemory", "1",
  "--maximumMemory", "65536",
  "--enable", "simd",
];
const variants = [
  { file: "wasm/kernels-mt.wasm", extra: ["--sharedMemory", "--enable", "threads"] },
  { file: "wasm/kernels-st.wasm", extra: [] },
];
for (const v of variants) {
  const { error, stderr } = await asc.main([...common, ...v.extra, "--outFile", v.file], { stdout: process.stdout, stderr: process.stderr, cwd: root });
  if (error) {
    console.error(`build-kernels: ${v.file} failed: ${error.message}\n${stderr.toString()}`);
    process.exit(1);
  }
  console.log(`build-kernels: wrote ${v.file}`);
}
