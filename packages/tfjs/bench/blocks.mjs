// The fused nearest-neighbour search on tfjs-wasm with the default block rule against
// one single-shot block (or --single <blockElements>), alternating, median process CPU time (ms) per search.
//   node packages/tfjs/bench/blocks.mjs [--n 4096] [--d 512] [--rounds 7]
import { parseArgs } from "node:util";
import * as tf from "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-wasm";
const { createTfjsBackend } = await import(process.env.SCALE_DIST ?? "../dist/index.js");
const { values } = parseArgs({ options: { n: { type: "string", default: "4096" }, d: { type: "string", default: "512" }, rounds: { type: "string", default: "7" }, single: { type: "string" } } });
const n = Number(values.n);
const d = Number(values.d);
tf.env().set("PROD", true);
await tf.setBackend("wasm");
await tf.ready();
const variants = { blocked: createTfjsBackend({ tf }), single: createTfjsBackend({ tf, blockElements: values.single ? Number(values.single) : n * n }) };
const u = tf.tidy(() => { const w = tf.randomNormal([n, d], 0, 1, "float32", 1); return tf.div(w, tf.norm(w, 2, 1, true)); });
const cpu = { blocked: [], single: [] };
let same = true;
for (let r = 0; r < Number(values.rounds); r++) {
  const out = {};
  for (const [name, b] of r % 2 ? Object.entries(variants).reverse() : Object.entries(variants)) {
    const c0 = process.cpuUsage();
    const s = b.nearestNeighbors(u, "exclude");
    out[name] = [s.value.dataSync().slice(), s.index.dataSync().slice()];
    const c = process.cpuUsage(c0);
    cpu[name].push((c.user + c.system) / 1000);
    tf.dispose([s.value, s.index]);
  }
  same &&= out.blocked[0].every((v, i) => v === out.single[0][i]) && out.blocked[1].every((v, i) => v === out.single[1][i]);
}
const med = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
console.log(JSON.stringify({ n, d, rowsPerBlock: Math.floor(2 ** 22 / n), blockedCpuMs: med(cpu.blocked), singleCpuMs: med(cpu.single), ratio: Number((med(cpu.blocked) / med(cpu.single)).toFixed(3)), identical: same }));
