#!/usr/bin/env node
// Another build of this package against this one, in one process (run `pnpm build` first):
//   node scripts/ab.mjs --before ../../../other-checkout/packages/wasm/dist/index.js
//                       [--sizes 64x576,512x4608] [--threads 1,2] [--rounds 30]
// For each size and thread count, both builds' Gram product (+ its sum read back), MMA
// loss + gradient (the loss read back) and MMA with the gradient read back too, every call
// interleaved (before, after, before, ...), medians of wall time and of the CPU time of a
// call summed over the threads (which a loaded machine distorts less).
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { computeLoss } from "@mmareg/core";
import { normal12Matrix } from "@mmareg/core/internal";
import * as after from "../dist/index.js";
const arg = (n, d) => { const i = process.argv.indexOf(`--${n}`); return i > 0 ? process.argv[i + 1] : d; };
const beforePath = arg("before", undefined);
if (!beforePath) {
  console.error("usage: node scripts/ab.mjs --before <another build's packages/wasm/dist/index.js> [--sizes ...] [--threads ...] [--rounds ...]");
  process.exit(2);
}
const before = await import(pathToFileURL(resolve(beforePath)).href);
const sizes = arg("sizes", "64x576,512x4608").split(",").map((s) => s.split("x").map(Number));
const threadList = arg("threads", "1,2").split(",").map(Number);
const rounds = Number(arg("rounds", "30"));
const med = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
for (const [n, d] of sizes) {
  const data = normal12Matrix(n, d, n * 7919 + d);
  for (const threads of threadList) {
    const bs = { before: await before.createWasmBackend({ threads }), after: await after.createWasmBackend({ threads }) };
    const fns = {};
    for (const [name, b] of Object.entries(bs)) {
      const w = b.tensor(data, [n, d]);
      fns[`${name}.gram`] = () => { const x = b.gram(w); const s = b.sum(x); b.readSync(s); b.dispose(x); b.dispose(s); };
      fns[`${name}.mma`] = () => { const out = b.scope(() => computeLoss(b, w, { loss: "mma" })); b.readSync(out.loss); b.dispose(out.loss); b.dispose(out.grad); };
      fns[`${name}.mma+read`] = () => { const out = b.scope(() => computeLoss(b, w, { loss: "mma" })); b.readSync(out.loss); b.readSync(out.grad); b.dispose(out.loss); b.dispose(out.grad); };
    }
    const t = Object.fromEntries(Object.keys(fns).map((k) => [k, []]));
    const c = Object.fromEntries(Object.keys(fns).map((k) => [k, []]));
    const t0 = performance.now();
    while (performance.now() - t0 < 300) for (const f of Object.values(fns)) f();
    for (let r = 0; r < rounds; r++) for (const [k, f] of Object.entries(fns)) { const c0 = process.cpuUsage(); const s = performance.now(); f(); t[k].push(performance.now() - s); const c1 = process.cpuUsage(c0); c[k].push((c1.user + c1.system) / 1000); }
    const m = Object.fromEntries(Object.keys(t).map((k) => [k, med(t[k])]));
    const mc = Object.fromEntries(Object.keys(c).map((k) => [k, med(c[k])]));
    const ms = (x) => (x < 1 ? x.toFixed(3) : x.toFixed(1));
    console.log(`${n}x${d} x${threads} (median of ${rounds}, load ${(await import("node:os")).loadavg()[0].toFixed(1)}): ` +
      ["before", "after"].map((v) => `${v}: gram ${ms(m[`${v}.gram`])} mma ${ms(m[`${v}.mma`])} (${(m[`${v}.mma`] / m[`${v}.gram`]).toFixed(2)}x) mma+read ${ms(m[`${v}.mma+read`])} [cpu: gram ${ms(mc[`${v}.gram`])} mma ${ms(mc[`${v}.mma`])} mma+read ${ms(mc[`${v}.mma+read`])}]`).join(" | "));
    await bs.before.close(); await bs.after.close();
  }
}
