import { angleStatistics, bestKnownAngleDeg, cosineBlock, simplexAngle, type Layout } from "@mmareg/core";
import { readModel } from "./readModel.js";
import type { LayerWeight } from "./types.js";

/** One row of the inspect report: a measured weight, or one that was skipped with its reason. */
export interface InspectRow {
  name: string;
  kind: string | null;
  shape: number[];
  layout: string;
  /** `read`: measured; `skipped`: the reader left it out (reason); `error`: it could not be measured (reason). */
  status: "read" | "skipped" | "error";
  /** Why a row is `skipped` or `error`. */
  reason?: string;
  /** Rows (neurons / filters), dead rows included; `d` their length. */
  n: number;
  d: number;
  /** Live (not all-zero) rows; statistics are over these. */
  live: number;
  /** How many rows are all zeros, and which (the first 50). */
  deadRows: number;
  deadRowIndices: number[];
  /** Row groups compared separately (grouped convs), and how rows were compared. */
  groups: number;
  comparison: string;
  minAngleDeg: number | null;
  meanNearestDeg: number | null;
  /** The optimum minimal angle for `live` rows in `d` dimensions (see `optimumKind`), or null. */
  optimumDeg: number | null;
  /** `simplex` (exact, d >= n - 1), `best-known` (Tammes table) or `simplex bound` (an upper bound). */
  optimumKind: "simplex" | "best-known" | "simplex bound" | null;
  pairsAbove: number;
  pairs: number;
  /** Pairs closer than `nearDeg` degrees, the live rows having one, and the closest pairs listed. */
  nearPairCount: number;
  rowsWithNear: number;
  nearPairs: { i: number; j: number; angleDeg: number }[];
}

/** Options of {@link inspectWeights} and {@link inspectModel}. */
export interface InspectOptions {
  /** Cosine threshold of the pair count (default 0.2). */
  threshold?: number;
  /** Near-duplicate threshold in degrees (default 0.01). */
  nearDeg?: number;
  /** Override every weight's layout (for `.npy` / `.npz` / safetensors data in another convention). */
  layout?: Layout;
  /** Keep per-layer pictures for the HTML report: histogram bins and heatmap rows (default none). */
  pictures?: { bins: number; heatmapRows: number };
  /** Called before each weight is measured (0-based `index` of `total`), e.g. for a progress display. */
  onLayer?: (index: number, total: number, weight: LayerWeight) => void;
}

/** Per-layer pictures of the HTML report. */
export interface LayerPictures {
  /** Cosine histogram of all compared pairs over [-1, 1]. */
  histogram: number[];
  /** Cosines of the first `size` rows, row-major `size x size` (NaN for dead rows). */
  heatmapSize: number;
  heatmap: Float64Array;
}

/** What {@link inspectModel} found. */
export interface InspectReport {
  file: string;
  format: string;
  threshold: number;
  nearDeg: number;
  layers: InspectRow[];
  /** Rows that were skipped or could not be measured. */
  skipped: number;
  /** Per read layer (same order as `layers`, `null` for skipped), when pictures were asked for. */
  pictures?: (LayerPictures | null)[];
}

function optimum(n: number, d: number): Pick<InspectRow, "optimumDeg" | "optimumKind"> {
  if (n < 2 || d < 1) return { optimumDeg: null, optimumKind: null };
  const known = bestKnownAngleDeg(d, n);
  if (known !== null) return { optimumDeg: known, optimumKind: d >= n - 1 ? "simplex" : "best-known" };
  return { optimumDeg: (simplexAngle(n) * 180) / Math.PI, optimumKind: "simplex bound" };
}

function emptyRow(w: LayerWeight, status: "skipped" | "error", reason: string): InspectRow {
  return {
    name: w.name,
    kind: w.kind ?? null,
    shape: w.shape,
    layout: w.layout,
    status,
    reason,
    n: 0,
    d: 0,
    live: 0,
    deadRows: 0,
    deadRowIndices: [],
    groups: w.groups ?? 1,
    comparison: w.comparison ?? "",
    minAngleDeg: null,
    meanNearestDeg: null,
    optimumDeg: null,
    optimumKind: null,
    pairsAbove: 0,
    pairs: 0,
    nearPairCount: 0,
    rowsWithNear: 0,
    nearPairs: [],
  };
}

/**
 * Per-layer statistics of a list of weights, never stopping at one layer: all-zero rows
 * are counted and left out, a weight that cannot be measured (non-finite values, a shape
 * that does not fit its layout) gets a row with `status: "error"` and the reason, and
 * skipped weights keep their reader's reason.
 *
 * @example
 * ```ts
 * const rows = inspectWeights([{ name: "fc", data, shape: [10, 6], layout: "dense" }]);
 * console.log(rows[0].minAngleDeg, rows[0].deadRows);
 * ```
 */
export function inspectWeightsSync(weights: readonly LayerWeight[], options: InspectOptions = {}, pictures?: (LayerPictures | null)[]): InspectRow[] {
  const threshold = options.threshold ?? 0.2;
  const nearDeg = options.nearDeg ?? 0.01;
  const rows: InspectRow[] = [];
  for (const [index, w] of weights.entries()) {
    options.onLayer?.(index, weights.length, w);
    if (w.skipped) {
      rows.push(emptyRow(w, "skipped", w.skipped));
      pictures?.push(null);
      continue;
    }
    const layout = options.layout ?? w.layout;
    const groups = w.comparison?.startsWith("within") ? (w.groups ?? 1) : 1;
    try {
      const s = angleStatistics({ data: w.data, shape: w.shape }, { layout, threshold, nearDeg, groups, layer: w.name, bins: options.pictures?.bins ?? 0, maxNearPairs: 100 });
      rows.push({
        name: w.name,
        kind: w.kind ?? null,
        shape: w.shape,
        layout,
        status: "read",
        n: s.n,
        d: s.d,
        live: s.live,
        deadRows: s.deadRows.length,
        deadRowIndices: s.deadRows.slice(0, 50),
        groups: w.groups ?? 1,
        comparison: w.comparison ?? "all rows",
        minAngleDeg: s.minAngleDeg,
        meanNearestDeg: s.meanNearestDeg,
        ...optimum(groups > 1 ? s.live / groups : s.live, s.d),
        pairsAbove: s.pairsAbove,
        pairs: s.pairs,
        nearPairCount: s.nearPairCount,
        rowsWithNear: s.rowsWithNear,
        nearPairs: s.nearPairs,
      });
      if (pictures && options.pictures) {
        const blk = cosineBlock({ data: w.data, shape: w.shape }, { layout, rows: options.pictures.heatmapRows });
        pictures.push({ histogram: Array.from(s.cosineHistogram?.counts ?? []), heatmapSize: blk.size, heatmap: blk.cos });
      }
    } catch (e) {
      rows.push(emptyRow({ ...w, layout }, "error", (e as Error).message));
      pictures?.push(null);
    }
  }
  return rows;
}

/**
 * The asynchronous form of {@link inspectWeightsSync} (kept for the library API); a number
 * as the second argument is the cosine threshold.
 *
 * @example
 * ```ts
 * const rows = await inspectWeights(weights, { nearDeg: 0.1 });
 * ```
 */
export async function inspectWeights(weights: readonly LayerWeight[], options: InspectOptions | number = {}): Promise<InspectRow[]> {
  return inspectWeightsSync(weights, typeof options === "number" ? { threshold: options } : options);
}

/**
 * Read a model file in any format `mma inspect` reads (tfjs layers / graph models and
 * weight manifests, ONNX, safetensors, `.npz`, `.npy`) and measure every weight, never
 * aborting on one layer. `skipped` counts the rows that were skipped or could not be
 * measured (the CLI exits 3 when it is non-zero).
 *
 * @example
 * ```ts
 * import { inspectModel } from "@mmareg/cli";
 * const report = await inspectModel("model.onnx", { nearDeg: 0.01 });
 * for (const l of report.layers) console.log(l.name, l.minAngleDeg, l.deadRows, l.reason ?? "");
 * ```
 * @throws {@link MMARegError} `PARSE` when the file is not a model it reads or is malformed.
 */
export async function inspectModel(file: string, options: InspectOptions = {}): Promise<InspectReport> {
  const { format, weights } = await readModel(file);
  const pictures: (LayerPictures | null)[] | undefined = options.pictures ? [] : undefined;
  const layers = inspectWeightsSync(weights, options, pictures);
  return {
    file,
    format,
    threshold: options.threshold ?? 0.2,
    nearDeg: options.nearDeg ?? 0.01,
    layers,
    skipped: layers.filter((l) => l.status !== "read").length,
    ...(pictures ? { pictures } : {}),
  };
}
