import { release, type Backend, type BackendArray } from "./backend.js";
import { MMARegError, type MMARegErrorContext } from "./errors.js";
import { flattenNested, fromRows, toRows } from "./layout.js";
import { computeLoss, resolveLossName } from "./losses/index.js";
import { resolveMode } from "./losses/shared.js";
import type { AnyLossOptions, Layout, LossResult, LossTensors, MatrixInput } from "./types.js";
import { findCoincidentRows, validateRows } from "./validate.js";

/** Options of {@link evaluateLoss}: a loss, how to read the input, and the error policy. */
export interface EvaluateOptions extends AnyLossOptions {
  /** How the input maps to rows (default `rows`). */
  layout?: Layout;
  /**
   * `reference` mode only: return non-finite results where the PyTorch code would
   * (for example an infinite MHE energy for duplicate rows) instead of throwing
   * `NON_FINITE_RESULT`. Default `false`.
   */
  allowNonFinite?: boolean;
  /** A name for the weight, used in error messages. */
  layer?: string;
}

/** Flat data and shape of a matrix input (nested arrays or `{ data, shape }`). */
export function matrixData(input: MatrixInput): { data: ArrayLike<number>; shape: number[] } {
  if (Array.isArray(input)) return flattenNested(input);
  const m = input as { data?: ArrayLike<number>; shape?: readonly number[] };
  if (!m || typeof m !== "object" || m.data === undefined || !Array.isArray(m.shape)) {
    throw new MMARegError("BAD_SHAPE", "expected nested arrays or { data, shape } with flat row-major data");
  }
  return { data: m.data, shape: [...m.shape] };
}

interface Prepared<T> {
  w: T;
  rows: Float64Array | Float32Array;
  n: number;
  d: number;
  shape: number[];
  layout: Layout;
}

function prepare<T>(b: Backend<T>, input: MatrixInput, options: EvaluateOptions): Prepared<T> {
  const loss = resolveLossName(options.loss);
  const mode = resolveMode(options.mode, loss);
  const context = { backend: b.name, loss, ...(options.layer !== undefined ? { layer: options.layer } : {}) };
  try {
    const { data, shape } = matrixData(input);
    const layout = options.layout ?? "rows";
    const { data: rows, n, d } = toRows(data, shape, layout);
    validateRows(rows, n, d, { allowZeroRows: mode === "reference", context });
    // Coincident rows make the MHE energy infinite. Checked here, on the data, rather than
    // inferred from the result: GPU shading languages leave log(0) and pow(0, -s)
    // undefined instead of returning infinity.
    if (loss === "mhe" && mode === "exact") throwIfCoincident(rows, n, d, context);
    return { w: b.tensor(rows, [n, d]), rows, n, d, shape, layout };
  } catch (e) {
    throw e instanceof MMARegError ? e.withContext(context) : e;
  }
}

function throwIfCoincident(rows: ArrayLike<number>, n: number, d: number, ctx: MMARegErrorContext): void {
  const pair = findCoincidentRows(rows, n, d);
  if (pair) {
    throw new MMARegError(
      "COINCIDENT_ROWS",
      `rows ${pair[0]} and ${pair[1]} point in exactly the same direction, so the MHE energy is infinite: perturb one of them, or use the mma loss, which handles duplicates`,
      { ...ctx, row: pair[0], otherRow: pair[1] },
    );
  }
}

/** True when every entry is finite (a plain loop: `every(Number.isFinite)` costs ~15 ns per entry). */
function allFinite(a: BackendArray): boolean {
  for (let i = 0; i < a.length; i++) if (!Number.isFinite(a[i])) return false;
  return true;
}

function finish<T>(
  b: Backend<T>,
  p: Prepared<T>,
  options: EvaluateOptions,
  lossData: BackendArray,
  gradData: BackendArray,
): LossResult {
  const lossName = resolveLossName(options.loss);
  const mode = resolveMode(options.mode, lossName);
  const loss = lossData[0] as number;
  const finite = Number.isFinite(loss) && allFinite(gradData);
  if (!finite && !(mode === "reference" && options.allowNonFinite)) {
    const ctx = { backend: b.name, loss: lossName, ...(options.layer !== undefined ? { layer: options.layer } : {}) };
    if (lossName === "mhe") throwIfCoincident(p.rows, p.n, p.d, ctx);
    throw new MMARegError(
      "NON_FINITE_RESULT",
      `the ${lossName} loss came out ${String(loss)} with ${gradData.filter((v) => !Number.isFinite(v)).length} non-finite gradient entries: check for rows of extreme norm; in reference mode pass allowNonFinite to get PyTorch's values`,
      ctx,
    );
  }
  const grad = fromRows(gradData, p.shape, p.layout);
  return { loss, grad, shape: p.shape, n: p.n, d: p.d, lossName, mode, backend: b.name, dtype: b.dtype };
}

/**
 * Evaluate a loss and its gradient on a weight given as JS data, with the input checks of
 * {@link validateRows} and the result read back. The gradient comes back in the input's
 * own shape and layout.
 *
 * @example
 * ```ts
 * const r = await evaluateLoss(createCpuBackend(), [[1, 0], [0.8, 0.6]], { loss: "mma" });
 * r.loss; // -0.6435011087932844 (minus the angle, 36.87 degrees, in radians)
 * ```
 * @throws {@link MMARegError} `NON_FINITE`, `ZERO_ROW`, `EMPTY`, `BAD_SHAPE`,
 *   `UNKNOWN_LOSS`, `BAD_OPTION`, `COINCIDENT_ROWS`, `NON_FINITE_RESULT`.
 */
export async function evaluateLoss<T>(b: Backend<T>, input: MatrixInput, options: EvaluateOptions = {}): Promise<LossResult> {
  const p = prepare(b, input, options);
  // computeLoss inside the try: a bad option throws after the input was uploaded
  let out: LossTensors<T> | undefined;
  try {
    out = computeLoss(b, p.w, options);
    const [lossData, gradData] = await Promise.all([b.read(out.loss), b.read(out.grad)]);
    return finish(b, p, options, lossData, gradData);
  } finally {
    release(b, p.w, out?.loss, out?.grad);
  }
}

/**
 * The synchronous twin of {@link evaluateLoss}, for backends with `readSync` (the CPU
 * backend always has it).
 *
 * @throws {@link MMARegError} as {@link evaluateLoss}, and `BACKEND` when the backend
 *   cannot read synchronously.
 */
export function evaluateLossSync<T>(b: Backend<T>, input: MatrixInput, options: EvaluateOptions = {}): LossResult {
  const readSync = requireSync(b);
  const p = prepare(b, input, options);
  let out: LossTensors<T> | undefined;
  try {
    out = computeLoss(b, p.w, options);
    return finish(b, p, options, readSync(out.loss), readSync(out.grad));
  } finally {
    release(b, p.w, out?.loss, out?.grad);
  }
}

/** The backend's `readSync`, bound, or a typed error saying to use the async API. */
export function requireSync<T>(b: Backend<T>): (x: T) => BackendArray {
  if (!b.readSync) {
    throw new MMARegError("BACKEND", "this backend reads results asynchronously: use the async function (await it) instead", {
      backend: b.name,
    });
  }
  return b.readSync.bind(b);
}
