#!/usr/bin/env node
// Accuracy of MMA loss + gradient (exact mode) against the float64 CPU backend (run
// `pnpm build` first):  node scripts/accuracy.mjs [--before <another build's dist/index.js>]
// Inputs: random rows, rows with near-duplicate pairs (relative perturbations 1e-3 and
// 1e-5), an exact duplicate, and a nearly antipodal pair. Prints per input the loss's
// relative error and the gradient's largest error relative to its largest element, for
// this build (and the other one with --before), on 1 and 2 threads.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { mmaLoss } from "@mmareg/core";
import { normal12Matrix } from "@mmareg/core/internal";
import { createCpuBackend } from "@mmareg/cpu";
import * as after from "../dist/index.js";
const arg = (n, d) => { const i = process.argv.indexOf(`--${n}`); return i > 0 ? process.argv[i + 1] : d; };
const beforePath = arg("before", undefined);
const builds = { after };
if (beforePath) builds.before = await import(pathToFileURL(resolve(beforePath)).href);

/** `n x d` rows with rows `2k + 1` a copy of row `2k` perturbed by `rel` (relative), for k < pairs. */
function nearDup(n, d, rel, pairs, seed) {
  const w = normal12Matrix(n, d, seed);
  const z = normal12Matrix(pairs, d, seed + 1);
  for (let k = 0; k < pairs; k++) for (let c = 0; c < d; c++) w[(2 * k + 1) * d + c] = w[2 * k * d + c] * (1 + rel * z[k * d + c]);
  return w;
}
const antipodal = new Float32Array([1, 2, 3, -1, -2, -3.00001, 0.5, -0.25, 1e-3]);
const inputs = [
  ["random 64x576", normal12Matrix(64, 576, 1), 64, 576],
  ["random 300x130", normal12Matrix(300, 130, 2), 300, 130],
  ["near-dup 1e-3 64x576", nearDup(64, 576, 1e-3, 16, 3), 64, 576],
  ["near-dup 1e-5 128x4608", nearDup(128, 4608, 1e-5, 32, 4), 128, 4608],
  ["exact dup 33x67", nearDup(33, 67, 0, 3, 5), 33, 67],
  ["near-antipodal 3x3", antipodal, 3, 3],
];
const cpu = createCpuBackend({ dtype: "float64" });
const want = inputs.map(([, data, n, d]) => {
  const r = mmaLoss(cpu, cpu.tensor(Float64Array.from(data), [n, d]));
  return { loss: cpu.readSync(r.loss)[0], grad: cpu.readSync(r.grad) };
});
for (const threads of [1, 2]) {
  for (const [name, mod] of Object.entries(builds)) {
    const b = await mod.createWasmBackend({ threads, minParallelWork: 0 });
    const cells = inputs.map(([label, data, n, d], k) => {
      const r = b.scope(() => mmaLoss(b, b.tensor(data, [n, d])));
      const loss = b.readSync(r.loss)[0];
      const g = b.readSync(r.grad);
      const wg = want[k].grad;
      let scale = 0, diff = 0;
      for (let i = 0; i < g.length; i++) { scale = Math.max(scale, Math.abs(wg[i])); diff = Math.max(diff, Math.abs(g[i] - wg[i])); }
      return `${label}: loss ${(Math.abs(loss - want[k].loss) / Math.abs(want[k].loss)).toExponential(1)} grad ${(scale > 0 ? diff / scale : diff).toExponential(1)}`;
    });
    console.log(`${name} x${threads}: ${cells.join(" | ")}`);
    await b.close();
  }
}
