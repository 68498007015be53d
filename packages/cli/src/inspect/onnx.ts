import { MMARegError, type Layout } from "@mmareg/core";
import { readFileSync } from "node:fs";
import { bfloat16ToFloat, halfToFloat, readBeside } from "./files.js";
import { pbFields, pbInts, pbString, type PbField } from "./protobuf.js";
import type { LayerWeight, ModelReader } from "./types.js";

interface Tensor {
  name: string;
  dims: number[];
  dataType: number;
  fields: PbField[];
}
interface Node {
  name: string;
  op: string;
  inputs: string[];
  attrs: Map<string, PbField[]>;
}

const TYPE_NAMES: Record<number, string> = {
  1: "float32", 2: "uint8", 3: "int8", 4: "uint16", 5: "int16", 6: "int32", 7: "int64", 9: "bool", 10: "float16", 11: "float64", 12: "uint32", 13: "uint64", 16: "bfloat16",
};
const FLOAT_TYPES = new Set([1, 10, 11, 16]);

function tensorOf(bytes: Uint8Array, fallbackName = ""): Tensor {
  const fields = pbFields(bytes, "ONNX tensor");
  const nameField = fields.find((f) => f.field === 8);
  return {
    name: nameField ? pbString(nameField.bytes) : fallbackName,
    dims: pbInts(fields, 1),
    dataType: fields.find((f) => f.field === 2)?.num ?? 0,
    fields,
  };
}

function nodeOf(bytes: Uint8Array, i: number): Node {
  const fields = pbFields(bytes, "ONNX node");
  const attrs = new Map<string, PbField[]>();
  for (const f of fields) {
    if (f.field !== 5) continue;
    const a = pbFields(f.bytes, "ONNX attribute");
    const name = a.find((x) => x.field === 1);
    if (name) attrs.set(pbString(name.bytes), a);
  }
  const op = pbString(fields.find((f) => f.field === 4)?.bytes ?? new Uint8Array(0));
  const name = fields.find((f) => f.field === 3);
  return {
    name: name ? pbString(name.bytes) : `${op}_${i}`,
    op,
    inputs: fields.filter((f) => f.field === 1).map((f) => pbString(f.bytes)),
    attrs,
  };
}

function attrInt(node: Node, name: string, fallback: number): number {
  const a = node.attrs.get(name);
  const v = a?.find((f) => f.field === 3);
  return v ? v.num : fallback;
}

/** The float values of a tensor (raw, typed fields or an external file). */
function values(t: Tensor, file: string): Float32Array | Float64Array {
  const count = t.dims.reduce((p, s) => p * s, 1);
  let raw = t.fields.find((f) => f.field === 9)?.bytes;
  const location = t.fields.find((f) => f.field === 14)?.num ?? 0;
  if (location === 1) {
    const entries = new Map<string, string>();
    for (const f of t.fields.filter((x) => x.field === 13)) {
      const kv = pbFields(f.bytes, "ONNX external data entry");
      entries.set(pbString(kv.find((x) => x.field === 1)?.bytes ?? new Uint8Array(0)), pbString(kv.find((x) => x.field === 2)?.bytes ?? new Uint8Array(0)));
    }
    const data = readBeside(file, entries.get("location"), "external data file");
    const offset = Number(entries.get("offset") ?? 0);
    const length = entries.has("length") ? Number(entries.get("length")) : data.length - offset;
    if (!(offset >= 0 && length >= 0 && offset + length <= data.length)) {
      throw new MMARegError("PARSE", `external data ${entries.get("location")} has ${data.length} bytes, not offset ${offset} + length ${length}`);
    }
    raw = data.subarray(offset, offset + length);
  }
  const item = t.dataType === 11 ? 8 : t.dataType === 1 ? 4 : 2;
  if (raw && raw.length > 0) {
    if (raw.length !== count * item) throw new MMARegError("PARSE", `has ${raw.length} bytes of data, shape [${t.dims.join(", ")}] needs ${count * item}`);
    const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
    if (t.dataType === 11) return Float64Array.from({ length: count }, (_, i) => view.getFloat64(8 * i, true));
    if (t.dataType === 1) return Float32Array.from({ length: count }, (_, i) => view.getFloat32(4 * i, true));
    const conv = t.dataType === 10 ? halfToFloat : bfloat16ToFloat;
    return Float32Array.from({ length: count }, (_, i) => conv(view.getUint16(2 * i, true)));
  }
  // typed repeated fields
  let out: Float32Array | Float64Array;
  if (t.dataType === 1) {
    const parts: number[] = [];
    for (const f of t.fields.filter((x) => x.field === 4)) {
      if (f.wire === 5) parts.push(f.num);
      else if (f.wire === 2) {
        const v = new DataView(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength);
        for (let k = 0; k + 4 <= f.bytes.length; k += 4) parts.push(v.getFloat32(k, true));
      }
    }
    out = Float32Array.from(parts);
  } else if (t.dataType === 11) {
    const parts: number[] = [];
    for (const f of t.fields.filter((x) => x.field === 10)) {
      if (f.wire === 1) parts.push(f.num);
      else if (f.wire === 2) {
        const v = new DataView(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength);
        for (let k = 0; k + 8 <= f.bytes.length; k += 8) parts.push(v.getFloat64(k, true));
      }
    }
    out = Float64Array.from(parts);
  } else {
    const conv = t.dataType === 10 ? halfToFloat : bfloat16ToFloat;
    out = Float32Array.from(pbInts(t.fields, 5), (h) => conv(h & 0xffff));
  }
  if (out.length !== count) throw new MMARegError("PARSE", `has ${out.length} values, shape [${t.dims.join(", ")}] needs ${count}`);
  return out;
}

/** Float tensors with at least two axes longer than 1 (a bias or a per-channel scale is not weight-like). */
function weightLike(t: Tensor): boolean {
  return t.dims.filter((s) => s > 1).length >= 2;
}

/**
 * ONNX models (`.onnx`, decoded by a small protobuf reader of its own): the float weights
 * (initializers and `Constant` nodes, in the main graph and in If / Loop subgraphs; external
 * data files next to the model; float32, float16,
 * bfloat16, float64) of Conv (`[out, in/group, kh, kw]`, `conv-oihw`), Gemm (`transB = 1`:
 * `rows`; else `dense`) and MatMul nodes (a weight on the right: `dense`).
 *
 * Grouped convs show their group: with more than one input channel per group, rows are
 * compared within each group; a depthwise conv (one input channel per group) compares its
 * per-channel `kh*kw` kernels with each other. ConvTranspose, recurrent (LSTM/GRU/RNN)
 * weights, integer (quantized) data and other weight-like inputs get a skipped row with
 * the reason.
 */
export const onnxReader: ModelReader = {
  format: "ONNX model (.onnx)",
  matches: ({ file }) => file.toLowerCase().endsWith(".onnx"),
  async read({ file }) {
    let model: PbField[];
    try {
      model = pbFields(readFileSync(file), `${file}: not an ONNX model`);
    } catch (e) {
      throw e instanceof MMARegError ? e : new MMARegError("PARSE", `cannot read ${file}: ${(e as Error).message}`);
    }
    const graphField = model.find((f) => f.field === 7 && f.wire === 2);
    if (!graphField || !model.some((f) => (f.field === 1 && f.wire === 0) || (f.field === 8 && f.wire === 2))) {
      throw new MMARegError("PARSE", `${file}: not an ONNX model: no graph, IR version or opset (is this an .onnx file?)`);
    }
    const nodes: Node[] = [];
    const tensors = new Map<string, Tensor>();
    try {
      // the main graph, then the subgraphs of If / Loop / Scan nodes (attributes g and graphs)
      const graphs: Uint8Array[] = [graphField.bytes];
      while (graphs.length > 0) {
        const graph = pbFields(graphs.shift() as Uint8Array, `${file}: ONNX graph`);
        for (const f of graph) {
          if (f.field === 5 && f.wire === 2) {
            const t = tensorOf(f.bytes);
            if (!tensors.has(t.name)) tensors.set(t.name, t);
          }
        }
        for (const f of graph) {
          if (f.field !== 1 || f.wire !== 2) continue;
          const node = nodeOf(f.bytes, nodes.length);
          nodes.push(node);
          for (const attr of node.attrs.values()) for (const a of attr) if ((a.field === 6 || a.field === 11) && a.wire === 2) graphs.push(a.bytes);
          if (node.op === "Constant") {
            // the (first) output names the tensor
            const out = pbFields(f.bytes, "ONNX node").find((x) => x.field === 2);
            const t = node.attrs.get("value")?.find((x) => x.field === 5);
            if (out && t) {
              const name = pbString(out.bytes);
              tensors.set(name, { ...tensorOf(t.bytes), name });
            }
          }
        }
      }
    } catch (e) {
      if (e instanceof MMARegError && !e.message.startsWith(file)) throw new MMARegError("PARSE", `${file}: ${e.message}`, e.context);
      throw e;
    }

    const out: LayerWeight[] = [];
    const seen = new Set<string>();
    const add = (t: Tensor, w: Omit<LayerWeight, "data" | "name" | "shape">) => {
      seen.add(t.name);
      const base = { name: t.name, shape: [...t.dims], ...w };
      if (base.skipped) return void out.push({ ...base, data: new Float32Array(0) });
      if (!FLOAT_TYPES.has(t.dataType)) {
        const type = TYPE_NAMES[t.dataType] ?? `type ${t.dataType}`;
        return void out.push({ ...base, data: new Float32Array(0), skipped: `${type} data, not float weights${t.dataType === 3 || t.dataType === 2 ? " (a quantized model: inspect the float model)" : ""}` });
      }
      try {
        out.push({ ...base, data: values(t, file) });
      } catch (e) {
        out.push({ ...base, data: new Float32Array(0), skipped: `cannot read it: ${(e as Error).message}` });
      }
    };
    const otherUses = new Map<string, Set<string>>();
    for (const node of nodes) {
      const [a = "", b = ""] = node.inputs;
      const wt = tensors.get(b);
      if (node.op === "Conv" && wt && !seen.has(b)) {
        if (wt.dims.length < 3 || wt.dims.length > 5) {
          add(wt, { layout: "conv-oihw", kind: "Conv", skipped: `Conv weight of rank ${wt.dims.length}` });
          continue;
        }
        const group = attrInt(node, "group", 1);
        const perGroup = wt.dims[1] ?? 1;
        const outCh = wt.dims[0] ?? 0;
        if (group <= 1) add(wt, { layout: "conv-oihw", kind: "Conv", comparison: "all filters" });
        else if (perGroup === 1) {
          add(wt, { layout: "conv-oihw", kind: `Conv depthwise (group ${group})`, groups: group, comparison: "per-channel kh*kw kernels across channels (depthwise)" });
        } else if (outCh % group !== 0) {
          add(wt, { layout: "conv-oihw", kind: `Conv (group ${group})`, skipped: `${outCh} filters do not split into ${group} groups` });
        } else {
          add(wt, { layout: "conv-oihw", kind: `Conv (group ${group})`, groups: group, comparison: `within each of ${group} groups of ${outCh / group} filters` });
        }
      } else if (node.op === "ConvTranspose" && wt && !seen.has(b)) {
        add(wt, { layout: "conv-oihw", kind: "ConvTranspose", skipped: "ConvTranspose weights ([in, out/group, kh, kw]) are not measured" });
      } else if (node.op === "Gemm" && wt && !seen.has(b)) {
        const layout: Layout = attrInt(node, "transB", 0) === 1 ? "rows" : "dense";
        if (wt.dims.length === 2) add(wt, { layout, kind: "Gemm" });
        else add(wt, { layout, kind: "Gemm", skipped: `Gemm weight of rank ${wt.dims.length}` });
      } else if (node.op === "MatMul" && (wt || tensors.has(a))) {
        const [t, layout] = wt ? [wt, "dense" as Layout] : [tensors.get(a) as Tensor, "rows" as Layout];
        if (seen.has(t.name)) continue;
        if (t.dims.length === 2) add(t, { layout, kind: "MatMul" });
        else if (weightLike(t)) add(t, { layout, kind: "MatMul", skipped: `batched MatMul weight of rank ${t.dims.length}` });
      } else if (["LSTM", "GRU", "RNN"].includes(node.op)) {
        for (const name of node.inputs.slice(1, 3)) {
          const t = tensors.get(name);
          if (t && !seen.has(name)) add(t, { layout: "rows", kind: node.op, skipped: `${node.op} weights (gates stacked per direction) are not measured` });
        }
      } else {
        for (const name of node.inputs) {
          if (!tensors.has(name)) continue;
          const s = otherUses.get(name) ?? new Set<string>();
          s.add(node.op);
          otherUses.set(name, s);
        }
      }
    }
    for (const [name, ops] of otherUses) {
      const t = tensors.get(name) as Tensor;
      if (seen.has(name) || !FLOAT_TYPES.has(t.dataType) || !weightLike(t)) continue;
      add(t, { layout: "rows", skipped: `input of ${[...ops].join(", ")}, not a layer weight mma inspect measures` });
    }
    if (out.length === 0) {
      const ops = [...new Set(nodes.map((n) => n.op))];
      throw new MMARegError(
        "PARSE",
        `${file}: no weight matrices to inspect: none of its ${nodes.length} nodes (${ops.join(", ") || "none"}) is a Conv, Gemm or MatMul with a float initializer as its weight`,
      );
    }
    return out;
  },
};
