// Scale bench of the angle report against the loss on @mmareg/cpu (float32 storage).
// Usage (from packages/cpu, after `pnpm build`): node bench/angles-scale.mjs <loss|angles> [n] [d]
// Each task runs in its own process so that the peak RSS (maxRSS) belongs to that task:
// the printed delta is maxRSS minus the RSS after the input was made.
import { angles, loss } from "../dist/index.js";

const task = process.argv[2] ?? "angles";
const n = Number(process.argv[3] ?? 10575);
const d = Number(process.argv[4] ?? 512);
// a seeded Gaussian-ish float32 matrix (sum of uniforms; the statistics only need a spread of directions)
let s = 12345;
const rnd = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const data = new Float32Array(n * d);
for (let i = 0; i < data.length; i++) data[i] = rnd() + rnd() + rnd() - 1.5;
globalThis.gc?.();
const base = process.memoryUsage().rss;
const t0 = performance.now();
let summary;
if (task === "loss") {
  const r = loss({ data, shape: [n, d] }, { loss: "mma", dtype: "float32" });
  summary = { loss: r.loss };
} else {
  const r = angles({ data, shape: [n, d] }, { threshold: 0.2 });
  summary = { minAngleDeg: r.minAngleDeg, meanNearestDeg: r.meanNearestDeg, pairsAbove: r.pairsAbove };
}
const seconds = (performance.now() - t0) / 1000;
const peakMB = (process.resourceUsage().maxRSS * 1024 - base) / 2 ** 20;
console.log(JSON.stringify({ task, n, d, seconds: +seconds.toFixed(2), peakDeltaMB: +peakMB.toFixed(0), ...summary }));
