import { LAYER_KERNELS, MMARegError, type Layout } from "@mmareg/core";
import type { LayersModel, LayerVariable } from "@tensorflow/tfjs";

/** One kernel of a model. */
export interface KernelWeight {
  /** The layer's name. */
  layer: string;
  /** The layer's class (Dense, Conv2D, ...). */
  className: string;
  /** The weight's full name (`dense_Dense1/kernel`), as in the saved weights manifest. */
  name: string;
  /** The variable. */
  variable: LayerVariable;
  /** How it maps to rows. */
  layout: Layout;
  /** Its shape. */
  shape: number[];
}

/** Which kernels: all, all but the last (the classifier), the last, or layers by name. */
export type LayerSelection = "hidden" | "output" | "all" | readonly string[];

interface LayerLike {
  name: string;
  getClassName(): string;
  weights: LayerVariable[];
  layers?: LayerLike[];
}

function walk(layers: readonly LayerLike[], out: KernelWeight[]): void {
  for (const layer of layers) {
    if (Array.isArray(layer.layers)) {
      walk(layer.layers, out); // a nested model
      continue;
    }
    const table = LAYER_KERNELS[layer.getClassName()];
    if (!table) continue;
    for (const v of layer.weights) {
      // tfjs 4.x gives the full name ("dense_Dense1/kernel") as originalName too
      const short = v.originalName.slice(v.originalName.lastIndexOf("/") + 1).replace(/_\d+$/, "");
      const layout = table[short];
      if (layout) out.push({ layer: layer.name, className: layer.getClassName(), name: v.name, variable: v, layout, shape: [...v.shape] as number[] });
    }
  }
}

/**
 * The kernels of a model (nested models included) in layer order, selected and filtered.
 * `output` is the last kernel-bearing layer (the classifier, for the paper's "output
 * layer"); `hidden` every other one.
 *
 * @example
 * ```ts
 * kernelWeights(model, { layers: "hidden", exclude: [/^conv1/] }).map((k) => k.name);
 * ```
 * @throws {@link MMARegError} `BAD_OPTION` for an unknown selection or a layer name the model does not have.
 */
export function kernelWeights(model: LayersModel, options: { layers?: LayerSelection; exclude?: readonly (string | RegExp)[] } = {}): KernelWeight[] {
  const all: KernelWeight[] = [];
  walk(model.layers as unknown as LayerLike[], all);
  const selection = options.layers ?? "all";
  let picked: KernelWeight[];
  if (Array.isArray(selection)) {
    for (const name of selection) {
      if (!all.some((k) => k.layer === name)) {
        throw new MMARegError("BAD_OPTION", `layer "${name}" has no kernel this library regularizes; layers with kernels: ${[...new Set(all.map((k) => k.layer))].join(", ")}`);
      }
    }
    picked = all.filter((k) => selection.includes(k.layer));
  } else if (selection === "all" || selection === "hidden" || selection === "output") {
    const last = all.length > 0 ? (all[all.length - 1] as KernelWeight).layer : undefined;
    picked = selection === "all" ? all : all.filter((k) => (k.layer === last) === (selection === "output"));
  } else {
    throw new MMARegError("BAD_OPTION", `layers must be "hidden", "output", "all" or an array of layer names, got ${JSON.stringify(selection)}`);
  }
  const exclude = options.exclude ?? [];
  const excluded = (k: KernelWeight) => exclude.some((e) => (typeof e === "string" ? k.layer === e || k.name === e : e.test(k.layer) || e.test(k.name)));
  return picked.filter((k) => !excluded(k));
}
