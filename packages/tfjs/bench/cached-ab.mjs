// Same-process A/B of one Dense kernel's cached step (refreshEvery > 1): mmaRegularizer's
// path (on tfjs-cpu and tfjs-wasm the host loop, two passes on the kernel as stored, on
// wasm read in place in the heap) against core's given-pairs tfjs ops on the transposed
// rows through angularLoss (the path before the host path), steps alternating; CPU-time
// medians, each including the same tf.sum of the gradient. Needs the built packages (pnpm build).
//   node packages/tfjs/bench/cached-ab.mjs [--backend wasm|cpu] [--shapes 784x1024,1024x1024,1024x100] [--steps 30]
import { parseArgs } from "node:util";
import * as tf from "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-wasm";
import { createPairCache } from "@mmareg/core";
const { angularLoss, kernelRows, mmaRegularizer, sharedBackend } = await import("../dist/index.js");
const { values } = parseArgs({ options: { shapes: { type: "string", default: "784x1024,1024x1024,1024x100" }, steps: { type: "string", default: "30" }, backend: { type: "string", default: "wasm" } } });
tf.env().set("PROD", true);
await tf.setBackend(values.backend);
await tf.ready();
const med = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
for (const shape of values.shapes.split(",")) {
  const [din, dout] = shape.split("x").map(Number);
  const kernel = tf.variable(tf.randomNormal([din, dout], 0, 0.05, "float32", 1), true, `dense_${shape}/kernel`);
  const reg = mmaRegularizer({ coefficient: 0.07, refreshEvery: 1_000_000 });
  const cache = createPairCache(sharedBackend(tf), { loss: "mma", refreshEvery: 1_000_000, keep: (t) => void tf.keep(t) });
  const paths = {
    host: () => reg.apply(kernel),
    tfjsOps: () => tf.mul(angularLoss(kernelRows(tf, kernel, "dense"), { tf, pairs: cache }), 0.07),
  };
  const step = (f) => {
    const { value, grads } = tf.variableGrads(f);
    const out = tf.sum(Object.values(grads)[0]); // consumed on the device, like an optimizer
    out.dataSync();
    tf.dispose([value, out, ...Object.values(grads)]);
  };
  for (const f of Object.values(paths)) for (let i = 0; i < 3; i++) step(f); // the search, then warm-up
  const cpu = { host: [], tfjsOps: [] };
  for (let s = 0; s < Number(values.steps); s++) {
    for (const [name, f] of Object.entries(paths)) {
      const c0 = process.cpuUsage();
      step(f);
      const c = process.cpuUsage(c0);
      cpu[name].push((c.user + c.system) / 1000);
    }
  }
  console.log(JSON.stringify({ shape, backend: values.backend, regularizerCpuMs: Number(med(cpu.host).toFixed(2)), tfjsOpsCpuMs: Number(med(cpu.tfjsOps).toFixed(2)) }));
  reg.dispose();
  cache.dispose();
  kernel.dispose();
}
