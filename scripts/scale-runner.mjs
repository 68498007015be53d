// A small runner for the paths of `scripts/scale-table.mjs` that have no `mma` command:
//
//   node scripts/scale-runner.mjs report <w.npy> <backend>   angleReport of the library on a backend
//   node scripts/scale-runner.mjs loss <w.npy> <backend>     evaluateLoss (mma loss + gradient) alone
//   node scripts/scale-runner.mjs onnx <model.onnx> <w.npy>  an exported loss model run by onnxruntime-node
//   node scripts/scale-runner.mjs idle <backend>             load the backend, do nothing (a baseline)
//   node scripts/scale-runner.mjs ready <w.npy> <backend>    read the input, start the backend and run
//                                                            one 8 x 4 loss (the runtime up): the baseline
//                                                            of the PyTorch anchor (import torch, build W),
//                                                            so "added by the run" is the peak above this
//
// <backend> is a name of `mma loss --backend`, optionally with a dtype: cpu:float32.
//
// Prints one JSON line on stdout. Needs the built packages (`pnpm build`).
import { createRequire } from "node:module";
import { angleReport, evaluateLoss } from "@mmareg/core";
import { loadBackend, readNpyFile } from "@mmareg/cli";

const [mode, a, b] = process.argv.slice(2);
/** `cpu` or `cpu:float32`: a backend name with an optional dtype. */
const startBackend = (spec) => loadBackend(...spec.split(":"));
const t0 = performance.now();
const out = { mode };

if (mode === "report") {
  const m = readNpyFile(a);
  const { backend } = await startBackend(b);
  const t1 = performance.now();
  const r = await angleReport(backend, { data: m.data, shape: m.shape });
  Object.assign(out, { backend: b, n: r.n, minAngleDeg: r.minAngleDeg, meanNearestDeg: r.meanNearestDeg, pairsAbove: r.pairsAbove, reportSeconds: (performance.now() - t1) / 1000 });
  await backend.close?.();
} else if (mode === "loss") {
  const m = readNpyFile(a);
  const { backend } = await startBackend(b);
  const t1 = performance.now();
  const r = await evaluateLoss(backend, { data: m.data, shape: m.shape });
  Object.assign(out, { backend: b, n: r.n, loss: r.loss, lossSeconds: (performance.now() - t1) / 1000 });
  await backend.close?.();
} else if (mode === "onnx") {
  // onnxruntime-node is a dependency of @mmareg/onnx, not of the repository root
  const require = createRequire(new URL("../packages/onnx/package.json", import.meta.url));
  const ort = require("onnxruntime-node");
  const m = readNpyFile(b);
  const data = m.data instanceof Float32Array ? m.data : Float32Array.from(m.data);
  const session = await ort.InferenceSession.create(a);
  const t1 = performance.now();
  const res = await session.run({ W: new ort.Tensor("float32", data, m.shape) });
  const loss = res.loss.data[0];
  Object.assign(out, { n: m.shape[0], loss, gradLength: res.grad.data.length, runSeconds: (performance.now() - t1) / 1000 });
  await session.release?.();
} else if (mode === "ready") {
  const m = readNpyFile(a);
  const { backend } = await startBackend(b);
  // one 8 x 4 loss so that the runtime is up (onnxruntime-web instantiates its wasm at the
  // first session), as `import torch` loads PyTorch's kernels
  const tiny = Float32Array.from({ length: 32 }, (_, i) => Math.sin(i * 1.7 + 0.3));
  await evaluateLoss(backend, { data: tiny, shape: [8, 4] });
  Object.assign(out, { backend: b, n: m.shape[0] });
  await backend.close?.();
} else if (mode === "idle") {
  const { backend } = await startBackend(a);
  await backend.close?.();
  out.backend = a;
} else {
  console.error("usage: scale-runner.mjs report|loss|ready <w.npy> <backend> | onnx <model.onnx> <w.npy> | idle <backend>");
  process.exit(2);
}
out.seconds = (performance.now() - t0) / 1000;
out.maxRssMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify(out));
