import type { AnyLossOptions } from "@mmareg/core";
import { normal12Matrix } from "@mmareg/core/internal";
import casesFile from "../golden/cases.json";
import cosine from "../golden/cosine.json";
import mheS0 from "../golden/mhe-s0.json";
import mheS2 from "../golden/mhe-s2.json";
import mma from "../golden/mma.json";
import orthogonal from "../golden/orthogonal.json";

/** A golden number: finite, or one of the strings PyTorch's NaN/inf were written as. */
export type GoldenNumber = number | "NaN" | "Infinity" | "-Infinity";

/** How much of a golden entry to compare. */
export type GoldenConformance = "full" | "loss_only" | "implementation_defined";

/** One loss's expected values for one case. */
export interface GoldenResult {
  conformance: GoldenConformance;
  loss: GoldenNumber;
  grad?: GoldenNumber[];
  grad_max_abs: number;
  float32: { loss: GoldenNumber; grad_max_abs_diff_vs_float64: number };
}

/** How a case's input is built: generator seed plus edits. */
export interface GoldenInputSource {
  generator: string | null;
  seed: number | null;
  ops: ({ op: string } & Record<string, unknown>)[];
}

/** One golden case: its input and what PyTorch selected for MMA. */
export interface GoldenCase {
  name: string;
  description: string;
  shape: number[];
  n: number;
  d: number;
  input_source: GoldenInputSource;
  input_check: { first8: number[]; sum_sequential: number; sum_sq_sequential: number };
  input?: number[];
  min_angle_deg: GoldenNumber;
  mma_selection: {
    argmax: number[];
    masked_cos_max: number[];
    clamp_saturated: boolean[];
    exact_tie_rows: number[];
    near_tie_rows: number[];
  };
  mma_cos_grad_tie_sensitive: boolean;
}

/** A golden loss file. */
export interface GoldenLoss {
  /** File name: `mma`, `cosine`, `mhe-s2`, `mhe-s0`, `orthogonal`. */
  loss: string;
  /** The options of our API that reproduce the PyTorch code. */
  options: AnyLossOptions;
  results: Record<string, GoldenResult>;
}

/** The golden cases (inputs and metadata). */
export const goldenCases: readonly GoldenCase[] = (casesFile as unknown as { cases: GoldenCase[] }).cases;

/** The golden losses, one entry per file. */
export const goldenLosses: readonly GoldenLoss[] = [mma, cosine, mheS2, mheS0, orthogonal] as unknown as GoldenLoss[];

/** A golden number as a JS number. */
export function goldenNumber(v: GoldenNumber): number {
  return typeof v === "number" ? v : Number(v);
}

/**
 * Rebuild a case's input from its generator spec (mulberry32 + normal12, then the edit
 * ops), bit for bit as the PyTorch script did.
 */
export function goldenInput(c: GoldenCase): Float64Array {
  const { n, d } = c;
  const src = c.input_source;
  let w = src.generator ? normal12Matrix(n, d, src.seed ?? 0) : new Float64Array(n * d);
  const row = (r: number, f: (k: number) => number): void => {
    for (let k = 0; k < d; k++) w[r * d + k] = f(k);
  };
  for (const op of src.ops) {
    const o = op as Record<string, number> & { op: string; values?: number[][] };
    switch (o.op) {
      case "set":
        w = Float64Array.from((o.values ?? []).flat());
        break;
      case "copy_row":
        row(o.dst, (k) => w[o.src * d + k]);
        break;
      case "negate_row":
        row(o.row, (k) => -w[o.row * d + k]);
        break;
      case "zero_row":
        row(o.row, () => 0);
        break;
      case "scale_row":
        row(o.row, (k) => w[o.row * d + k] * o.factor);
        break;
      case "row_plus_scaled":
        row(o.dst, (k) => w[o.a * d + k] + o.alpha * w[o.b * d + k]);
        break;
      default:
        throw new Error(`golden case ${c.name}: unknown input op ${o.op}`);
    }
  }
  return w;
}

/**
 * True when the case is a plain one where `exact` mode must agree with the PyTorch values:
 * at least two rows, no zero or sub-eps rows, the MMA clamp never saturated and no row
 * picked its own diagonal.
 */
export function exactAgreesWithReference(c: GoldenCase): boolean {
  const s = c.mma_selection;
  const w = goldenInput(c);
  let tiny = false;
  for (let i = 0; i < c.n; i++) {
    let r = 0;
    for (let k = 0; k < c.d; k++) r += w[i * c.d + k] ** 2;
    if (Math.sqrt(r) < 1e-12) tiny = true;
  }
  return c.n >= 2 && !tiny && !s.clamp_saturated.some(Boolean) && s.argmax.every((j, i) => j !== i);
}
