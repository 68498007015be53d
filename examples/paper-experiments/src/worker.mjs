/**
 * A worker process of the runner (started by main.mjs with `child_process.fork`): it sets
 * up tfjs on wasm once (with the training kernels of wasmKernels.mjs, checked against the
 * cpu backend), loads the digits once per size, then runs the specs it is sent one after
 * the other and answers each with `{ id, result }` or `{ id, error }`.
 *
 * wasm runs single-threaded in Node, so two workers use two cores.
 */
import * as tf from "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-wasm";
import { loadDigits } from "./data.mjs";
import { timeSettings, trainClassifier, trainEmbedding } from "./train.mjs";
import { checkWasmKernels, registerWasmKernels } from "./wasmKernels.mjs";

tf.env().set("PROD", true); // no debug checks, no Node banner
await tf.setBackend("wasm");
registerWasmKernels();
await checkWasmKernels();

const datasets = new Map();
function digits(spec) {
  const key = `${spec.trainPerDigit}/${spec.testPerDigit}`;
  if (!datasets.has(key)) datasets.set(key, loadDigits({ trainPerDigit: spec.trainPerDigit, testPerDigit: spec.testPerDigit }));
  return datasets.get(key);
}

const kinds = { classify: trainClassifier, embed: trainEmbedding, timing: timeSettings };

process.on("message", async ({ id, spec }) => {
  try {
    const before = tf.memory().numTensors;
    const cpu0 = process.cpuUsage();
    const result = await kinds[spec.kind](spec, digits(spec));
    const cpu = process.cpuUsage(cpu0);
    const leaked = tf.memory().numTensors - before;
    // CPU seconds of this process: what the run costs whatever else the machine is doing
    process.send({ id, result: { ...result, cpuSeconds: (cpu.user + cpu.system) / 1e6, leakedTensors: leaked } });
  } catch (e) {
    process.send({ id, error: e instanceof Error ? `${e.name}: ${e.message}\n${e.stack}` : String(e) });
  }
});
process.send({ ready: true, backend: tf.getBackend(), simd: await tf.env().getAsync("WASM_HAS_SIMD_SUPPORT") });
