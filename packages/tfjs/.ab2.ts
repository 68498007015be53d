// Per-layer A/B on tfjs-wasm: the regularizer's gradient step for one dense kernel.
import * as tf from "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-wasm";
import { createPairCache } from "@mmareg/core";
import { angularLoss, sharedBackend } from "/work/wt/train/packages/tfjs/src/angularLoss.ts";
import { kernelRows } from "/work/wt/train/packages/tfjs/src/model/kernelRows.ts";
import { pairLossOp } from "/work/wt/train/packages/tfjs/src/regularizer/pairLossOp.ts";
tf.env().set("PROD", true);
await tf.setBackend("wasm"); await tf.ready();
const reps = Number(process.env.REPS ?? 20);
for (const shape of (process.argv[2] ?? "784x1024,1024x1024,1024x100").split(",")) {
  const [din, dout] = shape.split("x").map(Number) as [number, number];
  const kernel = tf.variable(tf.randomNormal([din, dout], 0, 0.05, "float32", 1), true, `k${shape}`);
  const mk = () => createPairCache(sharedBackend(tf), { loss: "mma", refreshEvery: 1_000_000, keep: (t) => void tf.keep(t) });
  const cOld = mk(), cNew = mk();
  const fs: Record<string, () => tf.Tensor> = {
    search: () => tf.mul(angularLoss(kernelRows(tf, kernel, "dense"), { tf, loss: "mma" }), 0.07),
    cachedOld: () => tf.mul(angularLoss(kernelRows(tf, kernel, "dense"), { tf, pairs: cOld }), 0.07),
    cachedNew: () => tf.mul(pairLossOp(tf, kernel, "dense", cNew, "mma"), 0.07),
  };
  const step = (f: () => tf.Tensor) => { const { value, grads } = tf.variableGrads(f as () => tf.Scalar); const g = Object.values(grads)[0]!; const o = tf.sum(g); o.dataSync(); tf.dispose([value, o, ...Object.values(grads)]); };
  const gram = () => { const r = tf.tidy(() => { const u = tf.transpose(kernel); return tf.argMax(tf.matMul(u, kernel), 1); }); r.dataSync(); r.dispose(); };
  const all: Record<string, () => void> = { search: () => step(fs.search!), cachedOld: () => step(fs.cachedOld!), cachedNew: () => step(fs.cachedNew!), gramArgmax: gram, plainMul: () => { const r = tf.tidy(() => tf.sum(tf.mul(kernel, 2))); r.dataSync(); r.dispose(); } };
  if (process.env.ONLY) for (const k of Object.keys(all)) if (k !== process.env.ONLY) delete all[k];
  for (const f of Object.values(all)) f();
  const t: Record<string, number[]> = {}, w: Record<string, number[]> = {};
  for (let r = 0; r < reps; r++) for (const [k, f] of Object.entries(all)) { const c0 = process.cpuUsage(); const t0 = performance.now(); f(); w[k] = [...(w[k] ?? []), performance.now() - t0]; const c = process.cpuUsage(c0); (t[k] ??= []).push((c.user + c.system) / 1000); }
  const med = (v: number[]) => [...v].sort((x, y) => x - y)[Math.floor(v.length / 2)]!;
  console.log(shape, JSON.stringify(Object.fromEntries(Object.keys(t).map((k) => [k, { cpu: +med(t[k]!).toFixed(2), wall: +med(w[k]!).toFixed(2) }]))));
  kernel.dispose(); cOld.dispose(); cNew.dispose();
}
console.log("tensors", tf.memory().numTensors);
