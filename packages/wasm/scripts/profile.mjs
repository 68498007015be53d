#!/usr/bin/env node
// Where the time of one MMA loss + gradient goes, op by op (run `pnpm build` first):
//   node scripts/profile.mjs [--sizes 64x576,512x4608] [--threads 1,2] [--rounds 40]
// For each size and thread count, every step of the loss is timed on its own, all steps
// interleaved round after round (so a change of machine load hits them alike), medians:
// the Gram product (+ its sum read back, as `mma bench` times it), normalize, the fused
// nearest-neighbour search, the pair angles, the gradient's scale, the normalization's
// backward, the sum of the angles, reading the n x d gradient back to JavaScript, and the
// whole loss without and with that read-back.
import { computeLoss } from "@mmareg/core";
import { normal12Matrix } from "@mmareg/core/internal";
import { createWasmBackend } from "../dist/index.js";
const arg = (n, d) => { const i = process.argv.indexOf(`--${n}`); return i > 0 ? process.argv[i + 1] : d; };
const sizes = arg("sizes", "64x576,512x4608").split(",").map((s) => s.split("x").map(Number));
const threadList = arg("threads", "1,2").split(",").map(Number);
const rounds = Number(arg("rounds", "40"));
for (const [n, d] of sizes) {
  const data = normal12Matrix(n, d, n * 7919 + d);
  for (const threads of threadList) {
    const b = await createWasmBackend({ threads });
    const w = b.tensor(data, [n, d]);
    const { unit, norms } = b.normalizeRows(w, null);
    const nn = b.nearestNeighbors(unit, "exclude");
    const pa = b.pairAngles(unit, nn.index);
    const g = b.binary("mul", pa.grad, -1 / n);
    const steps = {
      gram: () => { const x = b.gram(w); const s = b.sum(x); b.readSync(s); b.dispose(x); b.dispose(s); },
      normalize: () => { const r = b.normalizeRows(w, null); b.dispose(r.unit); b.dispose(r.norms); },
      nn: () => { const r = b.nearestNeighbors(unit, "exclude"); b.dispose(r.value); b.dispose(r.index); },
      pairAngles: () => { const r = b.pairAngles(unit, nn.index); b.dispose(r.theta); b.dispose(r.grad); },
      scale: () => b.dispose(b.binary("mul", pa.grad, -1 / n)),
      normGrad: () => b.dispose(b.normalizeRowsGrad(g, unit, norms, null)),
      sumTheta: () => b.dispose(b.sum(pa.theta)),
      readGrad: () => b.readSync(pa.grad),
      mmaNoRead: () => { const out = b.scope(() => computeLoss(b, w, { loss: "mma" })); b.dispose(out.loss); b.dispose(out.grad); },
      mma: () => { const out = b.scope(() => computeLoss(b, w, { loss: "mma" })); b.readSync(out.loss); b.readSync(out.grad); b.dispose(out.loss); b.dispose(out.grad); },
    };
    const names = Object.keys(steps);
    const t = Object.fromEntries(names.map((k) => [k, []]));
    const t0 = performance.now();
    while (performance.now() - t0 < 300) for (const k of names) steps[k]();
    for (let r = 0; r < rounds; r++) for (const k of names) { const s = performance.now(); steps[k](); t[k].push(performance.now() - s); }
    const med = (a) => a.sort((x, y) => x - y)[a.length >> 1];
    const m = Object.fromEntries(names.map((k) => [k, med(t[k])]));
    console.log(`${n}x${d} x${threads}: ` + names.map((k) => `${k} ${m[k].toFixed(3)}`).join("  ") + `  | mma/gram ${(m.mma / m.gram).toFixed(2)}`);
    await b.close();
  }
}
