import { readFileSync } from "node:fs";
import { dirname, isAbsolute, join, normalize } from "node:path";
import { LAYER_KERNELS, MMARegError } from "@mmareg/core";
import type { LayerWeight, ModelReader } from "./types.js";

interface WeightSpec {
  name: string;
  shape: number[];
  dtype: string;
  quantization?: { dtype: string; scale?: number; min?: number };
}
interface ManifestGroup {
  paths: string[];
  weights: WeightSpec[];
}

const BYTES: Record<string, number> = { float32: 4, int32: 4, bool: 1, complex64: 8, uint8: 1, uint16: 2, float16: 2 };

/** Layer name -> class name over the whole topology (nested models included). */
function layerClasses(node: unknown, out = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(node)) {
    for (const item of node) layerClasses(item, out);
  } else if (node && typeof node === "object") {
    const o = node as Record<string, unknown>;
    const config = o["config"] as Record<string, unknown> | undefined;
    const name = (config && typeof config["name"] === "string" ? config["name"] : o["name"]) as unknown;
    if (typeof o["class_name"] === "string" && typeof name === "string") out.set(name, o["class_name"]);
    for (const v of Object.values(o)) if (v && typeof v === "object") layerClasses(v, out);
  }
  return out;
}

/** IEEE half to float. */
function half(h: number): number {
  const e = (h >> 10) & 0x1f;
  const m = h & 0x3ff;
  const s = h & 0x8000 ? -1 : 1;
  if (e === 0) return s * m * 2 ** -24;
  if (e === 31) return m ? Number.NaN : s * Infinity;
  return s * (1 + m / 1024) * 2 ** (e - 15);
}

/** A float weight's values (dequantized), or `null` for a non-float weight. */
function decode(bytes: Uint8Array, spec: WeightSpec, count: number): Float32Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const q = spec.quantization;
  if (spec.dtype !== "float32") return null;
  const out = new Float32Array(count);
  if (!q) {
    for (let i = 0; i < count; i++) out[i] = view.getFloat32(4 * i, true);
  } else if (q.dtype === "float16") {
    for (let i = 0; i < count; i++) out[i] = half(view.getUint16(2 * i, true));
  } else {
    // affine quantization: value = min + scale * q
    const get = q.dtype === "uint8" ? (i: number) => view.getUint8(i) : (i: number) => view.getUint16(2 * i, true);
    for (let i = 0; i < count; i++) out[i] = (q.min ?? 0) + (q.scale ?? 1) * get(i);
  }
  return out;
}

function readShard(file: string, path: string): Uint8Array {
  const rel = normalize(path);
  if (isAbsolute(rel) || rel.startsWith("..")) throw new MMARegError("PARSE", `${file}: weight file ${path} points outside the model's folder`);
  try {
    return readFileSync(join(dirname(file), rel));
  } catch (e) {
    throw new MMARegError("PARSE", `${file}: cannot read its weight file ${path}: ${(e as Error).message}`);
  }
}

/**
 * TensorFlow.js Layers models (`model.json` with its `.bin` weight shards, as
 * `model.save()` and the tfjs converter write them): the kernels of Dense (`dense`),
 * Conv1D/2D/3D (`conv-hwio`), DepthwiseConv2D and SeparableConv2D (`depthwise-hwcm`,
 * `conv-hwio`) layers, decoded from float32 (or float16 / uint8 / uint16 quantized) data;
 * biases and other weights are left out.
 */
export const tfjsModelReader: ModelReader = {
  format: "tfjs Layers model (model.json + .bin)",
  matches(file, head) {
    const text = new TextDecoder().decode(head);
    return file.toLowerCase().endsWith(".json") && /"(modelTopology|weightsManifest|format)"/.test(text);
  },
  async read(file) {
    let json: { modelTopology?: unknown; weightsManifest?: ManifestGroup[] };
    try {
      json = JSON.parse(readFileSync(file, "utf8")) as typeof json;
    } catch (e) {
      throw new MMARegError("PARSE", `${file}: not valid JSON: ${(e as Error).message}`);
    }
    if (!json.modelTopology || !Array.isArray(json.weightsManifest)) {
      throw new MMARegError("PARSE", `${file}: a tfjs Layers model.json needs "modelTopology" and "weightsManifest" (a topology-only file has no weights to inspect)`);
    }
    const classes = layerClasses(json.modelTopology);
    const out: LayerWeight[] = [];
    for (const group of json.weightsManifest) {
      const shards = group.paths.map((p) => readShard(file, p));
      const data = new Uint8Array(shards.reduce((s, b) => s + b.length, 0));
      let at = 0;
      for (const s of shards) {
        data.set(s, at);
        at += s.length;
      }
      let offset = 0;
      for (const spec of group.weights) {
        const count = spec.shape.reduce((p, s) => p * s, 1);
        const bytes = count * (BYTES[spec.quantization?.dtype ?? spec.dtype] ?? Number.NaN);
        if (!Number.isFinite(bytes)) throw new MMARegError("PARSE", `${file}: weight ${spec.name} has dtype ${spec.dtype}, which mma inspect cannot size`);
        if (offset + bytes > data.length) {
          throw new MMARegError("PARSE", `${file}: weight ${spec.name} needs bytes ${offset}..${offset + bytes} but the weight files of its group hold ${data.length}`, { offset });
        }
        const parts = spec.name.replace(/:\d+$/, "").split("/");
        const short = (parts[parts.length - 1] ?? "").replace(/_\d+$/, "");
        const kind = classes.get(parts[parts.length - 2] ?? "");
        const layout = kind ? LAYER_KERNELS[kind]?.[short] : undefined;
        const values = layout && spec.shape.length >= 2 ? decode(data.subarray(offset, offset + bytes), spec, count) : null;
        if (layout && values) out.push({ name: spec.name, data: values, shape: [...spec.shape], layout, kind });
        offset += bytes;
      }
    }
    return out;
  },
};
