#!/usr/bin/env node
// Before/after in ONE process: two builds of this package (each its own backend and
// exported-model session on onnxruntime-node) timed interleaved, call by call, so both
// see the same machine load. Per build: the backend's exact-MMA loss + gradient (what
// `mma bench` times), its gram(W) + sum (the bench's divisor) and the exported model run
// directly; medians of the wall time and of the process CPU time per call (user + system:
// with one intra-op thread ONNX Runtime runs on the calling thread, so CPU time is the
// call's own work and survives a loaded machine better than wall time).
//
//   node scripts/ab.mjs --before ./tmp/before.mjs [--after ../dist/index.js] [--sizes 64x576,512x4608] [--threads 1] [--seconds 10] [--data wave|normal]
//
// --before / --after: modules exporting buildLossModel, createOnnxBackend and computeLoss
// (see profile.mjs's header for bundling an older commit's source). Set GLIBC_TUNABLES as
// in the README ("Speed") so both builds read their results back in the same allocator mode.
import { parseArgs } from "node:util";
import * as ort from "onnxruntime-node";
import { benchMatrix } from "@mmareg/core/internal";
import { interleaved, median } from "./interleaved.mjs";

const { values } = parseArgs({
  options: {
    before: { type: "string" },
    after: { type: "string", default: "../dist/index.js" },
    sizes: { type: "string", default: "64x576,512x4608" },
    threads: { type: "string", default: "1" },
    seconds: { type: "string", default: "10" },
    data: { type: "string", default: "wave" },
  },
});
if (!values.before) throw new Error("--before <module> is required");
const builds = [
  ["before", await import(new URL(values.before, import.meta.url).href)],
  ["after", await import(new URL(values.after, import.meta.url).href)],
];
const threads = Number(values.threads);
console.log(`onnxruntime-node ${ort.env.versions?.node ?? ""}, ${threads} intra-op thread(s); before ${values.before}, after ${values.after}`);
for (const size of values.sizes.split(",")) {
  const [n, d] = size.split("x").map(Number);
  // "wave": rows with a large common component (nearest cosines near 1); "normal": the
  // rows `mma bench` times (independent, nearly Gaussian entries)
  const data = values.data === "normal" ? Float32Array.from(benchMatrix(n, d)) : new Float32Array(n * d).map((_, i) => Math.sin(i * 1.7 + 0.3) + Math.cos(i * 0.013));
  const W = new ort.Tensor("float32", data, [n, d]);
  const fns = [];
  const closers = [];
  for (const [tag, M] of builds) {
    const b = await M.createOnnxBackend({ runtime: ort, numThreads: threads });
    const w = b.tensor(data, [n, d]);
    const s = await ort.InferenceSession.create(M.buildLossModel({ loss: "mma", rows: n, cols: d }), { executionProviders: ["cpu"], intraOpNumThreads: threads });
    fns.push([`${tag} backend loss + grad`, async () => {
      const o = M.computeLoss(b, w, { loss: "mma" });
      await Promise.all([b.read(o.loss), b.read(o.grad)]);
    }]);
    fns.push([`${tag} backend gram`, async () => void (await b.read(b.sum(b.gram(w))))]);
    fns.push([`${tag} exported model`, () => s.run({ W })]);
    closers.push(() => b.close(), () => s.release());
  }
  const { wall, cpu } = await interleaved(fns, { seconds: Number(values.seconds) });
  console.log(`\n${n} x ${d} (${wall[0].length} rounds)`);
  const r = {};
  for (const [i, [k]] of fns.entries()) {
    r[k] = { wall: median(wall[i]), cpu: median(cpu[i]) };
    console.log(`  ${k.padEnd(28)} wall ${r[k].wall.toFixed(3).padStart(8)} ms   CPU ${r[k].cpu.toFixed(3).padStart(8)} ms`);
  }
  for (const [tag] of builds) {
    const m = r[`${tag} backend loss + grad`];
    const g = r[`${tag} backend gram`];
    console.log(`  ${tag.padEnd(6)} MMA / Gram: wall ${(m.wall / g.wall).toFixed(2)}, CPU ${(m.cpu / g.cpu).toFixed(2)}`);
  }
  for (const close of closers) await close();
}
