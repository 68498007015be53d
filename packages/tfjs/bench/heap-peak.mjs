// The wasm heap's high-water mark of evaluateLoss (loss + gradient) or angleReport on
// tfjs-wasm for a seeded random [n, d] float32 matrix, with each growth of the heap and
// the kernel that caused it, and the most bytes of live tensors (issue 12: on tfjs-wasm
// the heap never shrinks, so its high-water mark, set by the live tensors and the holes
// between them, is what the process keeps).
//
//   node packages/tfjs/bench/heap-peak.mjs <loss|report> [n=10575] [d=512]   (after pnpm --filter @mmareg/tfjs build)
import * as tf from "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-wasm";
const { angleReport, createTfjsBackend, evaluateLoss } = await import("../dist/index.js");
const mode = process.argv[2] ?? "loss";
const n = Number(process.argv[3] ?? 10575), d = Number(process.argv[4] ?? 512);
tf.env().set("PROD", true);
await tf.setBackend("wasm");
await tf.ready();
const MiB = (x) => Math.round(x / 2 ** 20);
const heap = () => MiB(tf.backend().wasm.HEAPU8.length);
const live = () => MiB(tf.memory().numBytes);
// a seeded standard normal matrix (mulberry32 + Box-Muller)
let seed = 12;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const data = new Float32Array(n * d);
for (let i = 0; i < data.length; i++) data[i] = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
const growth = [];
let last = heap(), maxLive = 0, calls = 0;
for (const k of tf.getKernelsForBackend("wasm")) {
  tf.unregisterKernel(k.kernelName, "wasm");
  tf.registerKernel({ ...k, setupFunc: undefined, kernelFunc: (args) => {
    const out = k.kernelFunc(args);
    calls++;
    maxLive = Math.max(maxLive, live());
    const h = heap();
    if (h !== last) {
      const shapes = (Array.isArray(out) ? out : [out]).map((o) => `[${o.shape}]`).join("");
      growth.push(`#${calls} ${k.kernelName}${shapes}: ${last} -> ${h}`);
      last = h;
    }
    return out;
  } });
}
const b = createTfjsBackend({ tf });
const h0 = heap();
const c0 = process.cpuUsage();
if (mode === "loss") await evaluateLoss(b, { data, shape: [n, d] });
else await angleReport(b, { data, shape: [n, d] });
const cpu = process.cpuUsage(c0);
console.log(growth.join("\n"));
console.log(`${mode} ${n} x ${d}: wasm heap ${h0} -> ${heap()} MiB, most live tensors ${maxLive} MiB (counted after each kernel), ${calls} kernels, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU, peak RSS ${MiB(process.resourceUsage().maxRSS * 1024)} MiB`);
