// The cached (between-refresh) step of mmaRegularizer({ refreshEvery }) on one Dense kernel
// [in, out] on tfjs-wasm: kernels run, and the median time of loss + gradient.
//   node packages/tfjs/bench/cached-step.mjs [--in 784] [--out 1024] [--steps 30]
import { parseArgs } from "node:util";
import * as tf from "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-wasm";
const { mmaRegularizer } = await import(process.env.SCALE_DIST ?? "../dist/index.js");
const { values } = parseArgs({ options: { in: { type: "string", default: "784" }, out: { type: "string", default: "1024" }, steps: { type: "string", default: "30" }, backend: { type: "string", default: "wasm" } } });
tf.env().set("PROD", true);
await tf.setBackend(values.backend);
await tf.ready();
const kernel = tf.variable(tf.randomNormal([Number(values.in), Number(values.out)], 0, 0.05, "float32", 1), true, "dense/kernel");
const reg = mmaRegularizer({ coefficient: 0.07, refreshEvery: 1_000_000 });
const step = () => {
  const { value, grads } = tf.variableGrads(() => reg.apply(kernel));
  const g = grads[Object.keys(grads)[0]];
  // like an optimizer: the gradient is consumed on the device, the loss is not read
  const out = tf.tidy(() => tf.sum(g));
  out.dataSync();
  tf.dispose([value, out, ...Object.values(grads)]);
};
step(); // the refresh
const prof = await tf.profile(step);
const counts = {};
for (const k of prof.kernels) counts[k.name] = (counts[k.name] ?? 0) + 1;
const times = [];
// a plain pass over the kernel for scale: one elementwise op and its read
const plain = [];
const cpu = [];
for (let s = 0; s < Number(values.steps); s++) {
  let t = performance.now();
  const c0 = process.cpuUsage();
  step();
  times.push(performance.now() - t);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
  t = performance.now();
  const y = tf.tidy(() => tf.sum(tf.mul(kernel, 2)));
  y.dataSync();
  y.dispose();
  plain.push(performance.now() - t);
}
const med = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
console.log(JSON.stringify({ kernels: prof.kernels.length, counts, cachedStepMs: Number(med(times).toFixed(2)), cachedStepCpuMs: Number(med(cpu).toFixed(2)), onePassMs: Number(med(plain).toFixed(2)) }));
if (process.env.KERNEL_TIMES) {
  const p2 = await tf.profile(step);
  const rows = await Promise.all(p2.kernels.map(async (k) => ({ name: k.name, ms: Number(await k.kernelTimeMs), shapes: JSON.stringify(k.inputShapes) })));
  for (const r of rows) console.log(r.ms.toFixed(2).padStart(8), r.name.padEnd(12), r.shapes);
}
