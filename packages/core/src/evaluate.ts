import { borrowTensor, release, type Backend, type BackendArray } from "./backend.js";
import { MMARegError, type MMARegErrorContext } from "./errors.js";
import { elementKind, flattenNested, fromRows, isRowMajor, MAX_RANK, toRows } from "./layout.js";
import { angleBlockRows, nearestNeighborsAsync } from "./angleBlocks.js";
import { normalizeRows } from "./compose.js";
import { computeLoss, resolveLossName } from "./losses/index.js";
import { lossForPairs } from "./losses/pairs.js";
import { normalizeEps, resolveMode } from "./losses/shared.js";
import type { AnyLossOptions, Layout, LossResult, LossTensors, MatrixInput } from "./types.js";
import { checkBooleanOption, checkOptionKeys, findCoincidentLines, findExtremeNormRow, validateRows } from "./validate.js";

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

/** The keys {@link evaluateLoss} knows: every loss option, the layout, the error policy, the layer name. */
export const EVALUATE_OPTION_KEYS: readonly string[] = ["loss", "mode", "fused", "s", "halfSpace", "batch", "layout", "allowNonFinite", "layer"];

/** True for a typed array of numbers (not a `DataView`, not a `BigInt64Array`). */
function isNumericTypedArray(x: unknown): x is ArrayLike<number> {
  return ArrayBuffer.isView(x) && !(x instanceof DataView) && !(x instanceof BigInt64Array) && !(x instanceof BigUint64Array);
}

/**
 * Flat data and shape of a matrix input (nested arrays or `{ data, shape }`). The flat form
 * is held to the same rules as nested arrays: `data` is an array or typed array of numbers
 * (booleans, strings, `null` and holes are refused, never coerced to 0 or 1), `shape` an
 * array of at most {@link MAX_RANK} non-negative integers.
 *
 * @throws {@link MMARegError} `BAD_SHAPE` naming the offending index or dimension.
 * @example
 * ```ts
 * matrixData([[1, 2], [3, 4]]); // { data: Float64Array [1, 2, 3, 4], shape: [2, 2] }
 * matrixData({ data: [1, true], shape: [1, 2] }); // throws BAD_SHAPE: data[1] is boolean (true)
 * ```
 */
export function matrixData(input: MatrixInput): { data: ArrayLike<number>; shape: number[] } {
  if (Array.isArray(input)) return flattenNested(input);
  const m = input as { data?: unknown; shape?: unknown } | null;
  if (!m || typeof m !== "object" || m.data === undefined || !Array.isArray(m.shape)) {
    throw new MMARegError("BAD_SHAPE", "expected nested arrays or { data, shape } with flat row-major data");
  }
  const shape = m.shape as unknown[];
  if (shape.length > MAX_RANK) {
    throw new MMARegError("BAD_SHAPE", `shape has ${shape.length} dimensions: a weight has at most ${MAX_RANK} axes`);
  }
  for (const [i, s] of shape.entries()) {
    if (typeof s !== "number" || !Number.isInteger(s) || s < 0) {
      throw new MMARegError("BAD_SHAPE", `shape[${i}] is ${typeof s === "number" ? String(s) : elementKind(s)}: every dimension must be a non-negative integer`);
    }
  }
  const data = m.data;
  if (Array.isArray(data)) {
    for (let i = 0; i < data.length; i++) {
      const v: unknown = data[i];
      if (typeof v !== "number") {
        throw new MMARegError("BAD_SHAPE", `data[${i}] is ${elementKind(v)}, expected a number: pass numbers (parse strings first; a missing weight is not 0)`);
      }
    }
  } else if (!isNumericTypedArray(data)) {
    throw new MMARegError("BAD_SHAPE", `data is ${elementKind(data)}: pass an array or a typed array (Float32Array, Float64Array) of numbers`);
  }
  return { data: data as ArrayLike<number>, shape: shape as number[] };
}

/**
 * Check the options of {@link evaluateLoss} before anything runs: a plain object with
 * known keys only (a typo is named, with the closest key), and boolean flags.
 *
 * @throws {@link MMARegError} `BAD_OPTION`.
 * @example
 * ```ts
 * checkEvaluateOptions({ los: "mhe" }); // throws BAD_OPTION: unknown option "los" ... did you mean "loss"?
 * ```
 */
export function checkEvaluateOptions(options: unknown): void {
  checkOptionKeys(options, EVALUATE_OPTION_KEYS, "evaluateLoss");
  const o = (options ?? {}) as Record<string, unknown>;
  for (const key of ["fused", "halfSpace", "allowNonFinite"]) checkBooleanOption(o, key);
  if (o.layer !== undefined && typeof o.layer !== "string") {
    throw new MMARegError("BAD_OPTION", `option layer must be a string (a name for error messages), got ${typeof o.layer}`);
  }
  if (o.batch !== undefined) checkOptionKeys(o.batch, ["size", "fraction", "seed"], "the batch option", { loss: "mhe" });
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
  checkEvaluateOptions(options);
  const loss = resolveLossName(options.loss);
  const mode = resolveMode(options.mode, loss);
  const context = { backend: b.name, loss, ...(options.layer !== undefined ? { layer: options.layer } : {}) };
  try {
    const { data, shape } = matrixData(input);
    const layout = options.layout ?? "rows";
    const { data: rows, n, d } = toRows(data, shape, layout, false); // read only: no copy of a typed array
    validateRows(rows, n, d, { allowZeroRows: mode === "reference", context });
    // Coincident rows make the MHE energy infinite. Checked here, on the data, rather than
    // inferred from the result: GPU shading languages leave log(0) and pow(0, -s)
    // undefined instead of returning infinity.
    if (loss === "mhe" && mode === "exact") throwIfCoincident(rows, n, d, options.halfSpace === true, context);
    // the caller's matrix, not copied where the backend can hold it as it is (cpu)
    return { w: borrowTensor(b, rows, [n, d]), rows, n, d, shape, layout };
  } catch (e) {
    throw e instanceof MMARegError ? e.withContext(context) : e;
  }
}

function throwIfCoincident(rows: ArrayLike<number>, n: number, d: number, halfSpace: boolean, ctx: MMARegErrorContext): void {
  const hit = findCoincidentLines(rows, n, d, halfSpace);
  if (!hit) return;
  const [i, j] = hit.rows;
  throw new MMARegError(
    "COINCIDENT_ROWS",
    hit.antipodal
      ? `rows ${i} and ${j} point in exactly opposite directions, so the half-space MHE energy (which also repels each row from the others' antipodes) is infinite: perturb one of them, drop halfSpace, or use the mma loss`
      : `rows ${i} and ${j} point in exactly the same direction, so the MHE energy is infinite: perturb one of them, or use the mma loss, which handles duplicates`,
    { ...ctx, row: i, otherRow: j },
  );
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
    if (lossName === "mhe") throwIfCoincident(p.rows, p.n, p.d, options.halfSpace === true, ctx);
    const extreme = findExtremeNormRow(p.rows, p.n, p.d, b.dtype === "float32" ? "float32" : "float64");
    if (extreme) {
      throw new MMARegError(
        "NON_FINITE_RESULT",
        `the ${lossName} loss came out ${String(loss)}: row ${extreme.row} has norm ${extreme.norm.toPrecision(3)}, whose square ${extreme.norm > 1 ? "overflows" : "underflows"} ${b.dtype} arithmetic; rescale the weights (angles do not depend on the scale)`,
        { ...ctx, row: extreme.row },
      );
    }
    throw new MMARegError(
      "NON_FINITE_RESULT",
      `the ${lossName} loss came out ${String(loss)} with ${gradData.filter((v) => !Number.isFinite(v)).length} non-finite gradient entries: check for rows of extreme norm; in reference mode pass allowNonFinite to get PyTorch's values`,
      ctx,
    );
  }
  // the read-back is the caller's (a fresh array, or a view in evaluateLossView): in the
  // row layout it is the result as it is, never copied again (at 100,000 x 512 a copy is
  // 205 MB); a backend that handed back the input's own storage still gets a copy
  const grad = isRowMajor(p.layout) && gradData.buffer !== p.rows.buffer ? gradData : fromRows(gradData, p.shape, p.layout);
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
 * @throws {@link MMARegError} `NON_FINITE`, `ZERO_ROW`, `EMPTY`, `BAD_SHAPE` (also for a
 *   non-number element, named by its index), `UNKNOWN_LOSS`, `BAD_OPTION` (an unknown
 *   option key, with the closest known one; a non-boolean flag; options that are not an
 *   object), `COINCIDENT_ROWS` (MHE: equal rows, or with `halfSpace` opposite ones),
 *   `NON_FINITE_RESULT` (naming a row whose norm float arithmetic cannot square).
 */
export async function evaluateLoss<T>(b: Backend<T>, input: MatrixInput, options: EvaluateOptions = {}): Promise<LossResult> {
  return evaluateWith(b, input, options, false, (r) => r);
}

/**
 * {@link evaluateLoss} for a large weight whose gradient is only looked at once (written to
 * a file, summed): `use` gets the result while the backend still holds the gradient, and
 * `r.grad` is a view of the backend's storage where the backend has
 * {@link Backend.readView} and the layout is `rows` (the wasm and cpu backends), so the
 * gradient exists once, not twice (at 100,000 x 512 float32 that is 205 MB less). The
 * view is valid only until `use` returns (or the promise it returns settles): copy what
 * you keep, and run no backend work inside `use`. On other backends or layouts `r.grad` is
 * a read-back copy, as from `evaluateLoss`. Resolves to what `use` returns.
 *
 * @example
 * ```ts
 * const norm = await evaluateLossView(createWasmBackend(), { data, shape: [n, d] }, { loss: "mma" }, (r) => {
 *   writeNpyFile("grad.npy", r.grad, r.shape); // straight from the backend's memory
 *   return Math.hypot(...r.grad.subarray(0, 4));
 * });
 * ```
 * @throws {@link MMARegError} as {@link evaluateLoss}; whatever `use` throws.
 */
export async function evaluateLossView<T, R>(b: Backend<T>, input: MatrixInput, options: EvaluateOptions, use: (r: LossResult) => R | Promise<R>): Promise<R> {
  return evaluateWith(b, input, options, true, use);
}

async function evaluateWith<T, R>(b: Backend<T>, input: MatrixInput, options: EvaluateOptions, view: boolean, use: (r: LossResult) => R | Promise<R>): Promise<R> {
  const p = prepare(b, input, options);
  // computeLoss inside the try: a bad option throws after the input was uploaded
  let out: LossTensors<T> | undefined;
  const held: T[] = [];
  try {
    out = (await searchedPairsLoss(b, p, options, held)) ?? computeLoss(b, p.w, options);
    const grad = out.grad;
    // the gradient: a view (evaluateLossView), the backend's own array handed over (take:
    // the tensor is not used again), or a read-back copy
    const gradRead = view && b.readView && isRowMajor(p.layout) ? b.readView(grad) : !view && b.take ? b.take(grad) : b.read(grad);
    const [lossData, gradData] = await Promise.all([b.read(out.loss), gradRead]);
    return await use(finish(b, p, options, lossData, gradData));
  } finally {
    release(b, p.w, out?.loss, out?.grad, ...held);
  }
}

/**
 * `mma` / `cosine` on a backend that has neither a fused `nearestNeighbors` (or `fused` is
 * off) nor `readSync`, with more rows than one block of cosines holds: the synchronous loss
 * could only compose the search from the `n x n` Gram product, so the pairs are found
 * first, in row blocks read asynchronously (`nearestNeighborsAsync`, the same unit rows
 * and diagonal rule as the loss), and the loss is that of the given pairs (`lossForPairs`:
 * bit-identical in `exact` mode, equal to rounding in `reference`). Otherwise `null`. The
 * search's tensors go into `held`, freed by the caller once the result is read (a lazy
 * backend computes the loss only then).
 */
async function searchedPairsLoss<T>(b: Backend<T>, p: Prepared<T>, options: EvaluateOptions, held: T[]): Promise<LossTensors<T> | null> {
  const loss = resolveLossName(options.loss);
  if (loss !== "mma" && loss !== "cosine") return null;
  if ((options.fused !== false && b.nearestNeighbors) || b.readSync || p.n < 2 || angleBlockRows(p.n) >= p.n) return null;
  const mode = resolveMode(options.mode, loss);
  const { unit, norms } = normalizeRows(b, p.w, normalizeEps(mode));
  held.push(unit, norms);
  const nn = await nearestNeighborsAsync(b, unit, mode === "exact" ? "exclude" : "negate", false);
  held.push(nn.value, nn.index);
  return lossForPairs(b, p.w, nn.index, { loss, mode, ...(options.fused !== undefined ? { fused: options.fused } : {}) });
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
    return finish(b, p, options, readSync(out.loss), b.take ? b.take(out.grad) : readSync(out.grad));
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
