#!/usr/bin/env node
// Where the time of the bench's 64 x 576 MMA call goes, phase by phase, in one process
// (run `pnpm build` first):  node scripts/phases.mjs [--size 64x576] [--threads 1] [--rounds 2000]
// Every phase timed interleaved with the others, round after round; medians and minima (µs),
// and minor page faults per call (process.resourceUsage).
import { computeLoss } from "@mmareg/core";
import { normal12Matrix } from "@mmareg/core/internal";
import { createWasmBackend } from "../dist/index.js";
const arg = (n, d) => { const i = process.argv.indexOf(`--${n}`); return i > 0 ? process.argv[i + 1] : d; };
const [n, d] = arg("size", "64x576").split("x").map(Number);
const threads = Number(arg("threads", "1"));
const rounds = Number(arg("rounds", "2000"));
const b = await createWasmBackend({ threads });
const w = b.tensor(normal12Matrix(n, d, n * 7919 + d), [n, d]);
const keep = b.mmaExact(w, null);
const steps = {
  "bench mma (compute + read loss, grad)": () => { const o = computeLoss(b, w, { loss: "mma" }); b.readSync(o.loss); b.readSync(o.grad); b.dispose(o.loss); b.dispose(o.grad); },
  "bench gram (gram + sum + read)": () => { const g = b.gram(w); const s = b.sum(g); b.readSync(s); b.dispose(g); b.dispose(s); },
  "mmaExact op only": () => { const r = b.mmaExact(w, null); b.dispose(r.loss); b.dispose(r.grad); b.dispose(r.index); },
  "computeLoss only": () => { const o = computeLoss(b, w, { loss: "mma" }); b.dispose(o.loss); b.dispose(o.grad); },
  "readSync(grad)": () => { b.readSync(keep.grad); },
  "gram op only": () => { b.dispose(b.gram(w)); },
  "normalizeRows": () => { const r = b.normalizeRows(w, null); b.dispose(r.unit); b.dispose(r.norms); },
};
const names = Object.keys(steps);
const t = Object.fromEntries(names.map((k) => [k, []]));
const pf = Object.fromEntries(names.map((k) => [k, 0]));
const t0 = performance.now();
while (performance.now() - t0 < 500) for (const k of names) steps[k]();
for (let r = 0; r < rounds; r++) for (const k of names) { const f0 = process.resourceUsage().minorPageFault; const s = performance.now(); steps[k](); t[k].push(performance.now() - s); pf[k] += process.resourceUsage().minorPageFault - f0; }
const q = (a, p) => a[Math.floor(a.length * p)];
console.log(`${n}x${d}, ${b.threads} thread(s), ${rounds} rounds, load ${(await import("node:os")).loadavg()[0].toFixed(1)}; µs: median / min / 10th pct; page faults per call`);
for (const k of names) { const a = t[k].sort((x, y) => x - y); console.log(`${k.padEnd(42)} ${(q(a, 0.5) * 1000).toFixed(1).padStart(7)} ${(a[0] * 1000).toFixed(1).padStart(7)} ${(q(a, 0.1) * 1000).toFixed(1).padStart(7)}  pf ${(pf[k] / rounds).toFixed(2)}`); }
await b.close();
