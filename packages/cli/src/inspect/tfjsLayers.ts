import { LAYER_KERNELS, MMARegError } from "@mmareg/core";
import { checkManifest, readManifest } from "./tfjsWeights.js";
import type { FileProbe, ModelReader } from "./types.js";

/** Layer name -> class name over the whole topology (nested models included), without recursion. */
export function layerClasses(root: unknown): Map<string, string> {
  const out = new Map<string, string>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (const item of node) if (item && typeof item === "object") stack.push(item);
    } else if (node && typeof node === "object") {
      const o = node as Record<string, unknown>;
      const config = o["config"] as Record<string, unknown> | undefined;
      const name = config && typeof config === "object" && typeof config["name"] === "string" ? config["name"] : o["name"];
      if (typeof o["class_name"] === "string" && typeof name === "string") out.set(name, o["class_name"]);
      for (const v of Object.values(o)) if (v && typeof v === "object") stack.push(v);
    }
  }
  return out;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return !!x && typeof x === "object" && !Array.isArray(x);
}

/** A parsed `model.json` of a tfjs graph model (by its `format`, or a topology with a `node` list). */
export function isGraphModel(json: unknown): boolean {
  if (!isObject(json)) return false;
  const topo = json["modelTopology"];
  return json["format"] === "graph-model" || (isObject(topo) && Array.isArray(topo["node"]));
}

/**
 * TensorFlow.js Layers models (`model.json` with its `.bin` weight shards, as
 * `model.save()` and the tfjs converter write them): the kernels of Dense (`dense`),
 * Conv1D/2D/3D (`conv-hwio`), DepthwiseConv2D and SeparableConv2D (`depthwise-hwcm`,
 * `conv-hwio`) layers, decoded from float32 (or float16 / uint8 / uint16 quantized) data.
 * Other weights of rank >= 2 (recurrent kernels, embeddings, transposed convs, layer
 * classes outside that list) get a row that says they were skipped; biases are left out.
 */
export const tfjsLayersReader: ModelReader = {
  format: "tfjs Layers model (model.json + .bin)",
  matches: ({ json }: FileProbe) => isObject(json) && "modelTopology" in json && !isGraphModel(json),
  async read({ file, json }) {
    const j = json as Record<string, unknown>;
    if (!isObject(j["modelTopology"])) throw new MMARegError("PARSE", `${file}: "modelTopology" must be an object`);
    if (!("weightsManifest" in j)) {
      throw new MMARegError("PARSE", `${file}: a tfjs Layers model.json needs "weightsManifest" (a topology-only file has no weights to inspect)`);
    }
    const groups = checkManifest(file, j["weightsManifest"]);
    const classes = layerClasses(j["modelTopology"]);
    return readManifest(file, groups, (spec) => {
      const parts = spec.name.replace(/:\d+$/, "").split("/");
      const short = (parts[parts.length - 1] ?? "").replace(/_\d+$/, "");
      const layer = parts[parts.length - 2] ?? "";
      const kind = classes.get(layer) ?? classes.get(layer.replace(/_\d+$/, ""));
      const layout = kind ? LAYER_KERNELS[kind]?.[short] : undefined;
      if (kind && layout) return { layout, kind };
      const why = kind
        ? LAYER_KERNELS[kind]
          ? `weight ${short} of a ${kind} layer is not a kernel mma inspect measures`
          : `layer class ${kind} is not one mma inspect measures (it measures ${Object.keys(LAYER_KERNELS).join(", ")})`
        : `no layer named ${layer || spec.name} in the topology`;
      return { layout: "rows", ...(kind ? { kind } : {}), skipped: why };
    });
  },
};
