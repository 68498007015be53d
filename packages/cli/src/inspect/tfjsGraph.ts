import { MMARegError, type Layout } from "@mmareg/core";
import { isGraphModel } from "./tfjsLayers.js";
import { checkManifest, readManifest } from "./tfjsWeights.js";
import type { ModelReader } from "./types.js";

interface GraphNode {
  name?: unknown;
  op?: unknown;
  input?: unknown;
  attr?: Record<string, { b?: boolean } | undefined>;
}

const CONV = new Set(["Conv2D", "_FusedConv2D", "Conv3D", "Conv1D"]);
const DEPTHWISE = new Set(["DepthwiseConv2dNative", "FusedDepthwiseConv2dNative"]);
const MATMUL = new Set(["MatMul", "_FusedMatMul"]);
const TRANSPOSED = new Set(["Conv2DBackpropInput", "Conv3DBackpropInputV2"]);
const PASS = new Set(["Identity", "Cast", "StopGradient"]);

/**
 * TensorFlow.js graph models (`model.json` with `"format": "graph-model"`, a GraphDef in
 * `modelTopology.node`): the filters of Conv2D / fused Conv2D (`conv-hwio`), depthwise
 * convs (`depthwise-hwcm`) and MatMul weights (`dense`, or `rows` with `transpose_b`),
 * found by following each weight's consumers (through Identity nodes). Any other weight of
 * rank >= 2 gets a skipped row naming the op that uses it.
 */
export const tfjsGraphReader: ModelReader = {
  format: "tfjs graph model (model.json + .bin)",
  matches: ({ json }) => isGraphModel(json),
  async read({ file, json }) {
    const j = json as Record<string, unknown>;
    const topo = j["modelTopology"] as Record<string, unknown> | undefined;
    const nodes: GraphNode[] = Array.isArray(topo?.["node"]) ? (topo["node"] as GraphNode[]) : [];
    if (!("weightsManifest" in j)) throw new MMARegError("PARSE", `${file}: a tfjs graph model.json needs "weightsManifest"`);
    const groups = checkManifest(file, j["weightsManifest"]);
    // tensor name -> consuming (node, input position)
    const users = new Map<string, { node: GraphNode; at: number }[]>();
    for (const node of nodes) {
      if (!node || typeof node !== "object" || !Array.isArray(node.input)) continue;
      node.input.forEach((inp: unknown, at: number) => {
        if (typeof inp !== "string" || inp.startsWith("^")) return;
        const key = inp.replace(/:\d+$/, "");
        users.set(key, [...(users.get(key) ?? []), { node, at }]);
      });
    }
    const consumers = (name: string): { node: GraphNode; at: number }[] => {
      const out: { node: GraphNode; at: number }[] = [];
      const stack = [name];
      const seen = new Set<string>();
      while (stack.length > 0) {
        const n = stack.pop() as string;
        if (seen.has(n)) continue;
        seen.add(n);
        for (const u of users.get(n) ?? []) {
          if (PASS.has(String(u.node.op)) && typeof u.node.name === "string") stack.push(u.node.name);
          else out.push(u);
        }
      }
      return out;
    };
    return readManifest(file, groups, (spec) => {
      const uses = consumers(spec.name);
      for (const { node, at } of uses) {
        const op = String(node.op);
        if (at !== 1) continue;
        let layout: Layout | null = null;
        if (CONV.has(op)) layout = "conv-hwio";
        else if (DEPTHWISE.has(op)) layout = "depthwise-hwcm";
        else if (MATMUL.has(op)) layout = node.attr?.["transpose_b"]?.b ? "rows" : "dense";
        if (layout) return { layout, kind: op };
        if (TRANSPOSED.has(op)) return { layout: "rows", kind: op, skipped: "transposed conv filters are not measured" };
      }
      const ops = [...new Set(uses.map((u) => String(u.node.op)))];
      return {
        layout: "rows",
        skipped: ops.length > 0 ? `input of ${ops.join(", ")}, not a layer kernel mma inspect measures` : "not used by any node of the graph",
      };
    });
  },
};
