// One diversityLoss loss + gradient step on a [d, n] Dense kernel on tfjs-wasm, tracing
// the wasm heap against the bytes of live tensors: `kernel:heap/live/tensors` (MiB, MiB,
// count) at every Transpose and GatherNd and every `every`-th Max / BatchMatMul (the row
// blocks of the search). Where the heap grows while the live bytes do not, its free space
// is fragmented (issue 12: the search's kept per-block results, fixed; the O(n d) part's
// transposes).
//
//   node packages/tfjs/bench/heap-trace.mjs <n> [d=512] [every=50]   (after pnpm --filter @mmareg/tfjs build)
import * as tf from "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-wasm";
const { diversityLoss } = await import("../dist/index.js");
const n = Number(process.argv[2] ?? 30000), d = Number(process.argv[3] ?? 512), every = Number(process.argv[4] ?? 50);
tf.env().set("PROD", true);
await tf.setBackend("wasm"); await tf.ready();
const heap = () => Math.round(tf.backend().wasm.HEAPU8.length / 2 ** 20);
const mem = () => Math.round(tf.memory().numBytes / 2 ** 20);
const log = [];
let calls = 0;
for (const name of ["Max", "Transpose", "GatherNd", "BatchMatMul"]) {
  const k = tf.getKernel(name, "wasm");
  tf.unregisterKernel(name, "wasm");
  tf.registerKernel({ ...k, setupFunc: undefined, kernelFunc: (args) => {
    const out = k.kernelFunc(args);
    if (name !== "Max" && name !== "BatchMatMul" || calls++ % every === 0) log.push(`${name}:${heap()}/${mem()}/${tf.memory().numTensors}`);
    return out;
  } });
}
const r0 = Math.round(process.memoryUsage().rss / 2 ** 20);
const init = tf.randomNormal([d, n], 0, Math.sqrt(2 / d), "float32", 1);
const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [d], units: n, useBias: false, name: "dense", kernelInitializer: "zeros" })] });
model.layers[0].setWeights([init]);
init.dispose();
console.log("model ready: heap", heap(), "MiB, tensors", mem(), "MiB, rss", Math.round(process.memoryUsage().rss / 2 ** 20), "from", r0);
const c0 = process.cpuUsage();
const { value, grads } = tf.variableGrads(() => diversityLoss(model, { coefficient: 0.07, check: "never" }));
await value.data();
console.log(log.join(" "));
console.log("after step: heap", heap(), "MiB, tensors", mem(), "MiB", (process.cpuUsage(c0).user / 1e6).toFixed(1), "s cpu, peak rss", Math.round(process.resourceUsage().maxRSS / 1024), "MiB");
