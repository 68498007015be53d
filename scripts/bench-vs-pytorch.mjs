#!/usr/bin/env node
// The paper's PyTorch code and `mma bench` on the same machine, in one go, in one table.
//
//   pnpm bench:pytorch [--sizes 64x576,512x4608] [--backends wasm,tfjs-wasm,cpu]
//                      [--anchor DIR] [--openblas-dir DIR] [--python /usr/bin/python3]
//                      [--malloc heap|default]
//
// PyTorch side: the anchor's bench.py (default ../shared/anchors/pytorch beside the
// repository, or --anchor / $MMA_PYTORCH_ANCHOR), OpenBLAS, 1 thread; see that folder's
// README for the setup (Debian's python3-torch and an unpacked OpenBLAS). Skipped, with a
// message saying why, when torch or OpenBLAS is missing. Our side: `mma bench --json`
// (wasm with 1 thread, then with one per core). Not part of CI: it takes minutes.
//
// Both sides run under the same malloc policy: by default the anchor's "heap" tunables
// (GLIBC_TUNABLES keeping freed memory in the malloc heap), with which bench.py always
// measures PyTorch. Without them every fresh buffer costs one page fault per 4 KiB page
// when first written, which on a VM can be 10 us each: 25 ms for the 9.4 MB gradient of a
// 512 x 4608 layer that `mma bench` reads back (PyTorch leaves it in W.grad). `--malloc
// default` runs our side without them. A backend that fails at a size (tfjs-wasm aborts
// at 10575 x 512) shows "failed" in its cell; the others go on.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir, availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repo = fileURLToPath(new URL("..", import.meta.url));
const argv = process.argv.slice(2);
const flag = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : dflt;
};
const sizes = flag("sizes", "64x576,256x2304,512x4608,2048x512,10575x512");
const backends = flag("backends", "wasm,tfjs-wasm,cpu");
const anchor = resolve(flag("anchor", process.env.MMA_PYTORCH_ANCHOR ?? join(repo, "..", "shared", "anchors", "pytorch")));
const python = flag("python", process.env.MMA_PYTHON ?? "/usr/bin/python3");
const openblasDir = resolve(anchor, flag("openblas-dir", process.env.MMA_OPENBLAS_DIR ?? ".openblas-work/openblas/usr/lib/x86_64-linux-gnu/openblas-pthread"));
const mma = join(repo, "packages", "cli", "bin", "mma.mjs");
const cores = availableParallelism();
const HEAP_TUNABLES = "glibc.malloc.mmap_threshold=4294967296:glibc.malloc.trim_threshold=68719476736";
const malloc = flag("malloc", "heap");
if (malloc !== "heap" && malloc !== "default") {
  console.error(`--malloc is heap or default, got ${malloc}`);
  process.exit(2);
}

/** PyTorch rows by "n x d", or a reason why there are none. */
function runPytorch() {
  if (!existsSync(join(anchor, "bench.py"))) return { skipped: `no bench.py in ${anchor} (pass --anchor DIR or set MMA_PYTORCH_ANCHOR)` };
  const probe = spawnSync(python, ["-c", "import torch; print(torch.__version__)"], { encoding: "utf8" });
  if (probe.status !== 0) return { skipped: `${python} cannot import torch (apt-get install -y python3-torch python3-numpy; see ${anchor}/README.md)` };
  if (!existsSync(join(openblasDir, "libblas.so.3"))) {
    return { skipped: `OpenBLAS is not unpacked at ${openblasDir} (see ${anchor}/README.md, or pass --openblas-dir); the Netlib BLAS would measure nothing useful` };
  }
  const out = join(mkdtempSync(join(tmpdir(), "mma-pytorch-")), "bench_results.json");
  console.error(`PyTorch ${probe.stdout.trim()} (OpenBLAS, 1 thread): ${python} bench.py --shapes ${sizes} ...`);
  const r = spawnSync(python, ["bench.py", "--backends", "openblas", "--threads", "1", "--malloc", "heap", "--shapes", sizes, "--openblas-dir", openblasDir, "--out", out], {
    cwd: anchor,
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (r.status !== 0) return { skipped: `bench.py exited with ${r.status}` };
  const rows = new Map();
  for (const x of JSON.parse(readFileSync(out, "utf8")).results) {
    rows.set(`${x.n}x${x.d}`, { ms: 1e3 * x.lossgrad.median_s, gramMs: 1e3 * x.matmul.median_s, gflops: x.matmul_gflops, rssMb: x.peak_rss_delta_mb });
  }
  return { rows, version: probe.stdout.trim() };
}

/** `mma bench --json` rows, with MMA_WASM_THREADS set. */
function runMmaBench(list, wasmThreads) {
  console.error(`mma bench --backends ${list} --sizes ${sizes} (wasm threads: ${wasmThreads})`);
  const r = spawnSync(process.execPath, [mma, "bench", "--backends", list, "--sizes", sizes, "--repeats", "3", "--json"], {
    encoding: "utf8",
    env: { ...process.env, MMA_WASM_THREADS: String(wasmThreads), ...(malloc === "heap" ? { GLIBC_TUNABLES: HEAP_TUNABLES } : {}) },
    maxBuffer: 64 << 20,
  });
  if (r.status !== 0) throw new Error(`mma bench failed: ${r.stderr}`);
  // a column per run: `threads` in a row is what the Gram product ran on (1 for a small
  // size the pool kept off), so the wasm columns go by the threads the run was given
  return JSON.parse(r.stdout).rows.map((row) => ({ ...row, column: row.backend === "wasm" ? wasmThreads : row.threads }));
}

if (!existsSync(mma) || !existsSync(join(repo, "packages", "cli", "dist", "index.js"))) {
  console.error("build first: pnpm build (or run this as pnpm bench:pytorch)");
  process.exit(2);
}
const torch = runPytorch();
if (torch.skipped) console.error(`PyTorch SKIPPED: ${torch.skipped}`);
const ours = [...runMmaBench(backends, cores)];
if (backends.split(",").includes("wasm") && cores > 1) {
  for (const row of runMmaBench("wasm", 1)) ours.push(row);
}

const fmt = (ms) => (ms === undefined || ms === null ? "–" : ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
const columns = [];
if (torch.rows) columns.push({ title: "PyTorch 1 thread", cell: (s) => torch.rows.get(s)?.ms, gram: (s) => torch.rows.get(s)?.gramMs, gf: (s) => torch.rows.get(s)?.gflops });
const seen = new Set();
for (const row of ours) {
  const key = `${row.backend}|${row.column}`;
  if (seen.has(key)) continue;
  seen.add(key);
  const pick = (s) => ours.find((r) => r.backend === row.backend && r.column === row.column && `${r.n}x${r.d}` === s);
  columns.push({
    title: row.backend === "wasm" ? `wasm ${row.column} thread${row.column > 1 ? "s" : ""}` : row.backend,
    cell: (s) => pick(s)?.mmaMs,
    gram: (s) => pick(s)?.gramMs,
    gf: (s) => pick(s)?.gramGflopsPerCore,
    error: (s) => pick(s)?.error,
  });
}
const shapes = sizes.split(",");
console.log(`\nMMA loss + gradient, float32 (ms, median); in brackets: the same stack's Gram product W Wᵀ (ms) and its GFLOP/s per core`);
console.log(
  `machine: ${cores} cores; load average ${(await import("node:os")).loadavg()[0].toFixed(1)}${torch.version ? `; torch ${torch.version}` : ""}; malloc: ${malloc === "heap" ? "heap tunables on both sides" : "default for mma bench, heap tunables for PyTorch"}\n`,
);
console.log(`| n x d | ${columns.map((c) => c.title).join(" | ")} |`);
console.log(`|---|${columns.map(() => "---|").join("")}`);
for (const s of shapes) {
  const cells = columns.map((c) => {
    const ms = c.cell(s);
    const g = c.gram(s);
    const gf = c.gf(s);
    const err = c.error?.(s);
    if (err) return `failed (${err.slice(0, 60)})`;
    return ms === undefined || ms === null ? "–" : `${fmt(ms)} (${fmt(g)}; ${gf === undefined || gf === null ? "–" : gf.toFixed(0)})`;
  });
  console.log(`| ${s.replace("x", " x ")} | ${cells.join(" | ")} |`);
}
if (torch.skipped) console.log(`\nPyTorch column missing: ${torch.skipped}`);
