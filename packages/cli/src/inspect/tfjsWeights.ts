import { MMARegError, type Layout } from "@mmareg/core";
import { halfToFloat, readBeside, shapeSize } from "./files.js";
import type { LayerWeight } from "./types.js";

/** One tensor of a tfjs weights manifest. */
export interface WeightSpec {
  name: string;
  shape: number[];
  dtype: string;
  quantization?: { dtype: string; scale?: number; min?: number };
}
/** One group of a tfjs weights manifest: the shard files and the tensors they hold, in order. */
export interface ManifestGroup {
  paths: string[];
  weights: WeightSpec[];
}

const BYTES: Record<string, number> = { float32: 4, int32: 4, bool: 1, complex64: 8, uint8: 1, uint16: 2, float16: 2, int8: 1, int16: 2 };
const QUANT = new Set(["uint8", "uint16", "float16"]);

/**
 * Check a `weightsManifest` (the array of groups) and return it typed, or a one-line PARSE
 * error naming the group and tensor: a group that is not an object, has no `paths` or
 * `weights` array, a tensor without a name, shape or dtype, a negative dimension, an unknown
 * quantization.
 */
export function checkManifest(file: string, manifest: unknown): ManifestGroup[] {
  if (!Array.isArray(manifest)) throw new MMARegError("PARSE", `${file}: "weightsManifest" must be an array of {paths, weights} groups`);
  manifest.forEach((g: unknown, gi) => {
    const where = `${file}: weightsManifest[${gi}]`;
    if (!g || typeof g !== "object" || Array.isArray(g)) throw new MMARegError("PARSE", `${where} is ${JSON.stringify(g)}, expected {"paths": [...], "weights": [...]}`);
    const group = g as Record<string, unknown>;
    if (!Array.isArray(group["paths"]) || !group["paths"].every((p) => typeof p === "string")) {
      throw new MMARegError("PARSE", `${where} has no "paths" array of weight file names`);
    }
    if (!Array.isArray(group["weights"])) throw new MMARegError("PARSE", `${where} has no "weights" array`);
    group["weights"].forEach((s: unknown, si) => {
      const at = `${where}.weights[${si}]`;
      if (!s || typeof s !== "object") throw new MMARegError("PARSE", `${at} is ${JSON.stringify(s)}, expected {"name", "shape", "dtype"}`);
      const spec = s as Record<string, unknown>;
      if (typeof spec["name"] !== "string") throw new MMARegError("PARSE", `${at} has no "name"`);
      if (!("shape" in spec)) throw new MMARegError("PARSE", `${at} (${spec["name"]}) has no "shape"`);
      shapeSize(spec["shape"], `${at} (${spec["name"]})`);
      if (typeof spec["dtype"] !== "string") throw new MMARegError("PARSE", `${at} (${spec["name"]}) has no "dtype"`);
      const q = spec["quantization"];
      if (q !== undefined) {
        const qd = q && typeof q === "object" ? (q as Record<string, unknown>)["dtype"] : undefined;
        if (typeof qd !== "string" || !QUANT.has(qd)) {
          throw new MMARegError("PARSE", `${at} (${spec["name"]}) has quantization ${JSON.stringify(q)}: expected dtype uint8, uint16 or float16`);
        }
        const qq = q as Record<string, unknown>;
        for (const key of ["scale", "min"] as const) {
          if (qd !== "float16" && qq[key] !== undefined && (typeof qq[key] !== "number" || !Number.isFinite(qq[key]))) {
            throw new MMARegError("PARSE", `${at} (${spec["name"]}) has a non-numeric quantization ${key}`);
          }
        }
      }
    });
  });
  return manifest as ManifestGroup[];
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
    for (let i = 0; i < count; i++) out[i] = halfToFloat(view.getUint16(2 * i, true));
  } else {
    // affine quantization: value = min + scale * q
    const min = q.min ?? 0;
    const scale = q.scale ?? 1;
    if (q.dtype === "uint8") for (let i = 0; i < count; i++) out[i] = min + scale * view.getUint8(i);
    else for (let i = 0; i < count; i++) out[i] = min + scale * view.getUint16(2 * i, true);
  }
  return out;
}

/** What a format says about one manifest tensor: measure it under a layout, skip it with a reason, or ignore it. */
export type Classify = (spec: WeightSpec) => { layout: Layout; kind?: string; skipped?: string } | null;

/**
 * The weight-like tensors of a manifest: each float tensor of rank >= 2 that `classify`
 * claims, decoded (float32, float16, uint8/uint16 affine), or with the reason it was not.
 * A group's shard files are read only when one of its tensors is to be decoded.
 */
export function readManifest(file: string, groups: readonly ManifestGroup[], classify: Classify): LayerWeight[] {
  const out: LayerWeight[] = [];
  for (const [gi, group] of groups.entries()) {
    let data: Uint8Array | null = null;
    const load = (): Uint8Array => {
      if (data) return data;
      const shards = group.paths.map((p) => readBeside(file, p, "weight file"));
      const all = new Uint8Array(shards.reduce((s, b) => s + b.length, 0));
      let at = 0;
      for (const s of shards) {
        all.set(s, at);
        at += s.length;
      }
      data = all;
      return all;
    };
    let offset = 0;
    let lost: string | null = null;
    for (const spec of group.weights) {
      const count = shapeSize(spec.shape, `${file}: weight ${spec.name}`);
      const item = BYTES[spec.quantization?.dtype ?? spec.dtype];
      const c = spec.shape.length >= 2 ? classify(spec) : null;
      if (item === undefined && !lost) lost = `it follows weight ${spec.name} of dtype ${spec.dtype}, whose byte size mma cannot tell`;
      const bytes = count * (item ?? 0);
      if (c) {
        const base = { name: spec.name, shape: [...spec.shape], layout: c.layout, ...(c.kind !== undefined ? { kind: c.kind } : {}) };
        if (c.skipped || lost) {
          out.push({ ...base, data: new Float32Array(0), skipped: c.skipped ?? (lost as string) });
        } else if (spec.dtype !== "float32") {
          out.push({ ...base, data: new Float32Array(0), skipped: `${spec.dtype} tensor, not float weights` });
        } else {
          const all = load();
          if (offset + bytes > all.length) {
            throw new MMARegError("PARSE", `${file}: weight ${spec.name} needs bytes ${offset}..${offset + bytes} but the weight files of group ${gi} (${group.paths.join(", ")}) hold ${all.length}`, { offset });
          }
          out.push({ ...base, data: decode(all.subarray(offset, offset + bytes), spec, count) as Float32Array });
        }
      }
      offset += bytes;
    }
  }
  return out;
}

/** Layout of a kernel named only by its shape and name (manifests without topology). */
export function kernelByShape(spec: WeightSpec): { layout: Layout; kind: string } | null {
  const s = spec.shape;
  if (s.length === 2) return { layout: "dense", kind: "dense (by shape)" };
  if (s.length === 4) {
    if (/depthwise|dw/i.test(spec.name) || (s[3] === 1 && (s[2] ?? 0) > 1)) return { layout: "depthwise-hwcm", kind: "depthwise (by shape)" };
    return { layout: "conv-hwio", kind: "conv (by shape)" };
  }
  if (s.length === 3 || s.length === 5) return { layout: "conv-hwio", kind: `conv${s.length - 2}d (by shape)` };
  return null;
}
