#!/usr/bin/env node
// Kernel benchmark of @mmareg/wasm (run `pnpm build` first; it uses dist/):
//   node scripts/bench.mjs [--sizes 64x576,512x4608] [--threads 1,2] [--cpu] [--no-gram]
// For each size and thread count: the Gram kernel (GFLOP/s per thread, 2 n^2 d flops as
// BLAS counts them; the kernel computes half of them, the product being symmetric), the
// fused nearest-neighbour search, and MMA loss + gradient (medians), and the memory the
// loss adds: peak RSS during the MMA runs minus the RSS once the weights are uploaded
// (as the PyTorch anchor's bench.py measures it), and the CPU time of one MMA call summed
// over the threads (on a loaded machine, wall times mostly measure the load).
// --cpu adds @mmareg/cpu (float32).
// The Gram product is skipped above 20 000 rows (its n x n result would not fit).
import { computeLoss } from "@mmareg/core";
import { normal12Matrix } from "@mmareg/core/internal";
import { createWasmBackend } from "../dist/index.js";

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const sizes = arg("sizes", "64x576,256x2304,512x4608,2048x512").split(",").map((s) => s.split("x").map(Number));
const threadList = arg("threads", "1,2").split(",").map(Number);
const withCpu = process.argv.includes("--cpu");
const withGram = !process.argv.includes("--no-gram");
// --once: one timed MMA call and nothing else (for sizes where a call takes minutes)
const onlyOnce = process.argv.includes("--once");

async function median(fn, minMs = 400, minReps = 3) {
  if (onlyOnce) {
    const s = performance.now();
    await fn();
    return performance.now() - s;
  }
  const t = [];
  const t0 = performance.now();
  const first = performance.now();
  await fn();
  const once = performance.now() - first;
  const reps = once > 2000 ? 1 : minReps;
  while (t.length < reps || (once < 2000 && performance.now() - t0 < minMs)) {
    const s = performance.now();
    await fn();
    t.push(performance.now() - s);
    if (t.length > 500) break;
  }
  return t.sort((a, b) => a - b)[t.length >> 1];
}

const mb = (bytes) => (bytes / 2 ** 20).toFixed(0);
for (const [n, d] of sizes) {
  const data = normal12Matrix(n, d, n * 7919 + d);
  for (const threads of threadList) {
    const b = await createWasmBackend({ threads });
    const w = b.tensor(data, [n, d]);
    const rss0 = process.memoryUsage().rss;
    let calls = 0;
    const cpu0 = process.cpuUsage();
    const mma = await median(() => {
      calls++;
      const out = b.scope(() => computeLoss(b, w, { loss: "mma" }));
      b.readSync(out.loss);
      b.readSync(out.grad);
      b.dispose(out.loss);
      b.dispose(out.grad);
    });
    const cpu1 = process.cpuUsage(cpu0);
    const mmaCpu = (cpu1.user + cpu1.system) / 1000 / calls;
    // peak RSS so far minus the RSS before the loss (an over-estimate if uploading peaked higher)
    const added = Math.max(0, process.resourceUsage().maxRSS * 1024 - rss0);
    const { unit } = b.normalizeRows(w, null);
    const nn = onlyOnce ? NaN : await median(() => {
      const r = b.nearestNeighbors(unit, "exclude");
      b.dispose(r.value);
      b.dispose(r.index);
    });
    let gramText = "gram skipped";
    let ratio = "";
    if (withGram && !onlyOnce && n <= 20000) {
      const gram = await median(() => b.dispose(b.gram(unit)));
      gramText = `gram ${gram.toFixed(2).padStart(9)} ms (${((2 * n * n * d) / (gram * 1e6) / threads).toFixed(1)} GFLOP/s per thread)`;
      ratio = `  MMA/gram ${(mma / gram).toFixed(2)}`;
    }
    console.log(
      `wasm x${threads}  ${`${n}x${d}`.padEnd(11)} MMA loss+grad ${mma.toFixed(2).padStart(9)} ms (CPU time, all threads: ${mmaCpu.toFixed(2)} ms)  nn ${nn.toFixed(2).padStart(9)} ms  ${gramText}${ratio}  memory added by MMA ${mb(added)} MB (wasm memory ${mb(b.memoryBytes())} MB)`,
    );
    await b.close();
  }
  if (withCpu) {
    const { createCpuBackend } = await import("@mmareg/cpu");
    const c = createCpuBackend({ dtype: "float32" });
    const w = c.tensor(data, [n, d]);
    const mma = await median(() => {
      const out = computeLoss(c, w, { loss: "mma" });
      c.readSync(out.grad);
    });
    console.log(`cpu-f32   ${`${n}x${d}`.padEnd(11)} MMA loss+grad ${mma.toFixed(2).padStart(9)} ms`);
  }
}
