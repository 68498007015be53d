#!/usr/bin/env node
// Step-by-step kernel benchmark of @mmareg/wasm (built dist/): the Gram kernel's GFLOP/s
// per thread and MMA loss + gradient, for 1 and 2 threads, next to @mmareg/cpu (float32)
// in the same process. Medians of interleaved runs. Usage:
//   node scripts/bench.mjs [--sizes 64x576,512x4608] [--threads 1,2] [--cpu]
import { computeLoss, normal12Matrix } from "@mmareg/core";
import { createWasmBackend } from "../dist/index.js";

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const sizes = arg("sizes", "64x576,256x2304,512x4608,2048x512").split(",").map((s) => s.split("x").map(Number));
const threadList = arg("threads", "1,2").split(",").map(Number);
const withCpu = process.argv.includes("--cpu");

async function median(fn, minMs = 400, minReps = 3) {
  const t = [];
  const t0 = performance.now();
  await fn();
  while (t.length < minReps || performance.now() - t0 < minMs) {
    const s = performance.now();
    await fn();
    t.push(performance.now() - s);
    if (t.length > 500) break;
  }
  return t.sort((a, b) => a - b)[t.length >> 1];
}

const rows = [];
for (const [n, d] of sizes) {
  const data = normal12Matrix(n, d, n * 7919 + d);
  for (const threads of threadList) {
    const b = await createWasmBackend({ threads });
    const w = b.tensor(data, [n, d]);
    const { unit } = b.normalizeRows(w, null);
    const gram = await median(() => { const g = b.gram(unit); b.dispose(g); });
    const nn = await median(() => { const r = b.nearestNeighbors(unit, "exclude"); b.dispose(r.value); b.dispose(r.index); });
    const mma = await median(() => {
      const out = b.scope(() => computeLoss(b, w, { loss: "mma" }));
      b.readSync(out.loss); b.readSync(out.grad); b.dispose(out.loss); b.dispose(out.grad);
    });
    // Gram flop count: 2 n^2 d (the full product, as BLAS counts it; the kernel computes half)
    const gflops = (2 * n * n * d) / (gram * 1e6) / threads;
    rows.push({ n, d, threads, gram, nn, mma, gflops });
    console.log(`wasm x${threads}  ${`${n}x${d}`.padEnd(10)} gram ${gram.toFixed(2).padStart(8)} ms (${gflops.toFixed(1)} GFLOP/s per thread)  nn ${nn.toFixed(2).padStart(8)} ms  MMA loss+grad ${mma.toFixed(2).padStart(8)} ms  MMA/gram ${(mma / gram).toFixed(2)}`);
    await b.close();
  }
  if (withCpu) {
    const { createCpuBackend } = await import("@mmareg/cpu");
    const c = createCpuBackend({ dtype: "float32" });
    const w = c.tensor(data, [n, d]);
    const mma = await median(() => { const out = computeLoss(c, w, { loss: "mma" }); c.readSync(out.grad); });
    console.log(`cpu-f32   ${`${n}x${d}`.padEnd(10)} MMA loss+grad ${mma.toFixed(2)} ms`);
  }
}
