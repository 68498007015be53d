import { createCpuBackend } from "@mmareg/cpu";
import { evaluateLossSync, type AnyLossOptions, type Layout } from "@mmareg/core";
import * as tf from "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-wasm";

/** The float64 reference every tfjs result is compared with. */
export const reference = createCpuBackend({ dtype: "float64" });

/** Switch tfjs to a backend (cpu or wasm) and wait for it. */
export async function useBackend(name: "cpu" | "wasm"): Promise<void> {
  if (tf.getBackend() !== name) await tf.setBackend(name);
  await tf.ready();
}

/** The reference loss and gradient of a weight given as data in its own layout. */
export function referenceLoss(data: ArrayLike<number>, shape: number[], layout: Layout, options: AnyLossOptions = {}) {
  return evaluateLossSync(reference, { data: Float64Array.from(data), shape }, { ...options, layout });
}

/** Largest |a - b| and largest |a|: the conformance suite's own comparisons. */
export { maxAbs, maxAbsDiff as maxDiff } from "@mmareg/conformance";

/** Save a model in memory and return its artifacts. */
export async function saveToMemory(model: tf.LayersModel): Promise<tf.io.ModelArtifacts> {
  let saved: tf.io.ModelArtifacts | undefined;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      saved = artifacts;
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: "JSON" } };
    }),
  );
  if (!saved) throw new Error("the save handler was not called");
  return saved;
}

export { tf };
