/**
 * The backend contract: the small set of matrix operations every loss in core is written
 * against. A backend owns an opaque tensor type `T`; core never looks inside it, never
 * reads data in the middle of a loss, and never passes JS closures to it, so the same loss
 * code can drive eager CPU arrays, TensorFlow.js tensors, gpu.js kernels or an ONNX graph
 * being traced.
 *
 * Shapes used below: a matrix is `[n, d]` (one row per neuron / filter / point), a vector
 * is `[n]`, a scalar is `[]`. Index vectors hold integer row numbers; their element type
 * is the backend's business (int32 in tfjs, float in gpu.js, int64 in ONNX).
 *
 * Ties: every "max with its index" operation returns the LOWEST index among equal maxima,
 * on every backend, so that gradients agree across backends.
 *
 * @module
 */

/** Element precision a backend computes and stores in. */
export type Dtype = "float32" | "float64";

/** Data that can be read back from a backend. */
export type BackendArray = Float64Array | Float32Array;

/** Named elementwise functions of one argument. */
export type UnaryOp =
  | "neg"
  | "abs"
  | "sqrt"
  | "square"
  | "reciprocal"
  | "acos"
  | "log"
  | "exp";

/**
 * Named elementwise functions of two arguments. Comparisons (`gt`, `ge`, `lt`, `le`, `eq`)
 * return 1 where true and 0 where false, in the backend's float type.
 * `atan2(a, b)` is the angle of the point (x = b, y = a), as `Math.atan2(a, b)`.
 */
export type BinaryOp =
  | "add"
  | "sub"
  | "mul"
  | "div"
  | "pow"
  | "atan2"
  | "max"
  | "min"
  | "gt"
  | "ge"
  | "lt"
  | "le"
  | "eq";

/**
 * What to do with the diagonal in a row-wise max of a square similarity matrix.
 * - `exclude`: only `j != i` are candidates (the mathematically clean choice).
 * - `negate`: the published PyTorch code's trick: `C' = C - 2 diag(diag C)`, so the
 *   diagonal holds `-C_ii` and IS a candidate (it wins for a zero row or for `n = 1`).
 */
export type DiagonalRule = "exclude" | "negate";

/** A row-wise maximum and the (lowest) column index where it occurs. */
export interface RowMax<T> {
  /** `[n]` the maximum of each row. */
  value: T;
  /** `[n]` the column of the maximum, lowest index on ties. */
  index: T;
}

/** A pairwise energy kernel, named so a GPU backend can compile it. */
export interface PairKernel {
  /**
   * Riesz-Fisher exponent: `s > 0` sums `D^(-s)` over pairs, `s = 0` sums `-log D`,
   * where `D = ||u_i - u_j||` (the chord, not its square).
   */
  s: number;
  /** Also count each pair against the other row's antipode `-u_j` (half-space MHE). */
  halfSpace: boolean;
}

/** The result of a fused pairwise energy: unscaled sum over ordered pairs and its gradient. */
export interface PairEnergy<T> {
  /** `[]` sum over ordered pairs `i != j` (and their antipodes when half-space). */
  energy: T;
  /** `[n, d]` the derivative of `energy` with respect to the unit rows. */
  grad: T;
}

/** Angles to an assigned partner row and the gradient of their sum. */
export interface PairAngles<T> {
  /** `[n]` `theta_i = angle(u_i, u_index(i))`, computed as `2 atan2(|u_i - u_j|, |u_i + u_j|)`. */
  theta: T;
  /** `[n, d]` derivative of `sum_i theta_i` with respect to the unit rows (both ends of each pair). */
  grad: T;
}

/**
 * The statistics of one tiled pass over the pairwise cosines of unit rows: each row's
 * nearest other row (as `nearestNeighbors(unit, "exclude")`) and how many other rows lie
 * above a cosine threshold. The `n x n` matrix is never stored.
 */
export interface AngleStats<T> {
  /** `[n]` the largest cosine of each row to another row (`j != i`). */
  value: T;
  /** `[n]` (index kind) the column of that maximum, lowest index on ties. */
  index: T;
  /**
   * `[n]` (float) per row `i`, the number of rows `j != i` with `cos_ij > threshold`
   * (`|cos_ij| > threshold` when `absolute`). Half their sum is the unordered pair count.
   */
  above: T;
}

/**
 * The exact-mode MMA loss of raw rows in one fused call ({@link Backend.mmaExact}).
 */
export interface MmaExact<T> {
  /** `[]` `-(1/n) sum_i theta_i`, each angle `2 atan2(|u_i - u_j|, |u_i + u_j|)`. */
  loss: T;
  /** `[n, d]` d loss / d W (with respect to the raw rows). */
  grad: T;
  /** `[n]` (index kind) the partner of each row: the search's nearest other row, or the given one. */
  index: T;
}

/** Unit rows and the norms they were divided by. */
export interface NormalizedRows<T> {
  /** `[n, d]` `w_i / max(|w_i|, eps)`, or `w_i / |w_i|` when `eps` is `null`. */
  unit: T;
  /** `[n]` the Euclidean norms `|w_i|` (before the eps clamp). */
  norms: T;
}

/**
 * The contract between core and a compute stack.
 *
 * Required members are the primitive operations; optional members marked "fused" are
 * faster versions of hot paths that core uses when present and composes from the
 * primitives otherwise. A backend must give the same results either way (the
 * conformance suite runs both paths).
 *
 * Implementations return new tensors and never modify their inputs.
 *
 * @typeParam T - the backend's opaque tensor type.
 */
export interface Backend<T = unknown> {
  /** A short stable name, for example `cpu`, `tfjs-wasm`, `gpujs-webgl`, `onnx-wasm`. */
  readonly name: string;
  /** The precision the backend computes and stores in. */
  readonly dtype: Dtype;

  // ---- data in / out -------------------------------------------------------------------

  /**
   * Upload row-major `data` with the given shape (`[n, d]`, `[n]` or `[]`). `kind: "index"`
   * marks a vector of row numbers (for {@link Backend.gatherRows} and friends), which a
   * backend may store as integers.
   */
  tensor(data: ArrayLike<number>, shape: readonly number[], kind?: "float" | "index"): T;
  /**
   * Optional: a float tensor over `data` itself where the backend can hold it as it is
   * (the cpu backend, when `data` is already a typed array of its dtype), else a copy as
   * {@link Backend.tensor} makes. For a caller that leaves `data` unchanged while the
   * tensor lives and disposes it before returning: {@link evaluateLoss} and
   * {@link angleReport} upload the caller's matrix this way, so a large input is not held
   * twice (at 100,000 x 512 float32, 205 MB). The backend never writes to it and never
   * reuses it for another tensor.
   */
  borrow?(data: ArrayLike<number>, shape: readonly number[]): T;
  /** The shape of a tensor. */
  shape(x: T): readonly number[];
  /** Read a tensor back, row-major. */
  read(x: T): Promise<BackendArray>;
  /** Read a tensor back synchronously, where the backend can (CPU backends always can). */
  readSync?(x: T): BackendArray;
  /**
   * Optional: the tensor's data without a copy, row-major: a view of the backend's own
   * storage (the wasm backend's memory, the cpu backend's array), for callers that only
   * look at the data and would otherwise hold a second copy of a large result
   * ({@link evaluateLossView} writes a 100,000-row gradient to a file from it). The view
   * is valid only until the next op, `tensor`, `dispose` or `close` of the backend;
   * never write to it. Backends whose data lives elsewhere (GPU, tfjs, ONNX) omit it.
   */
  readView?(x: T): BackendArray;
  /**
   * Optional: read a tensor the caller is done with, handing over the backend's own
   * storage where it is a plain JS array (the cpu backend), so a large result is not
   * copied once more (at 10575 x 512 float64, 43 MB). The caller owns the array
   * afterwards; the tensor must not be used or read again (releasing it is still allowed
   * and does nothing more). {@link evaluateLoss} reads the gradient this way. Backends
   * whose data lives elsewhere (wasm memory, GPU, tfjs, ONNX) omit it: `read` is the copy.
   */
  take?(x: T): BackendArray;
  /** Release a tensor's memory now (GPU textures, tfjs tensors). Optional for GC'd backends. */
  dispose?(x: T): void;
  /**
   * Compute the given tensors now and let later ops start from their values. For backends
   * that record ops and run them lazily (the ONNX backend traces a graph): without it, the
   * state of an iterative loop (`w`, its momentum) would carry its whole history, and each
   * step's graph would grow. Iterative callers (`solveTammes`, training loops) call it
   * once per step on the state they keep; eager backends omit it.
   */
  settle?(xs: readonly T[]): Promise<void>;
  /**
   * Run `fn` and release every tensor it created except the ones it returns (tfjs `tidy`).
   * `fn` may return a tensor, an array of tensors or a plain object of tensors.
   */
  scope?<R>(fn: () => R): R;
  /**
   * Free what the backend holds beyond single tensors (compiled kernels, sessions, worker
   * pools, GPU contexts it created). Idempotent: a second call does nothing. After it,
   * creating or computing tensors throws `BACKEND`. Backends holding nothing may omit it.
   */
  close?(): void | Promise<void>;
  /**
   * Free what the backend keeps between calls and can rebuild on demand (compiled
   * sessions and the memory arenas they hold), once the work already asked for is done;
   * unlike `close`, the backend stays usable (the next call rebuilds what it needs). For a
   * process that runs unrelated large jobs one after another: `mma loss` calls it between
   * the loss and the angle statistics. Backends with nothing to free omit it.
   *
   * @example
   * ```ts
   * const r = await evaluateLoss(backend, w);
   * await backend.trim?.(); // the ONNX backend releases the loss's session and its arena
   * const report = await angleReport(backend, w);
   * ```
   */
  trim?(): void | Promise<void>;

  // ---- row geometry -------------------------------------------------------------------

  /**
   * Optional (core composes it from `binary`, `rowSum` and `unary` when absent).
   * Normalize each row. `eps = null`: divide by the exact norm (the caller guarantees
   * non-zero rows). `eps > 0`: divide by `max(|w_i|, eps)` (`torch.nn.functional.normalize`).
   */
  normalizeRows?(a: T, eps: number | null): NormalizedRows<T>;
  /**
   * Optional (composed from the primitives when absent). Backward of
   * {@link Backend.normalizeRows}: given `g = dL/d unit` and the `norms` that
   * `normalizeRows` returned (the Euclidean norms `|a_i|`, always: core folds any scale of
   * the loss into `g`), return `dL/d a`:
   * `(g_i - [|a_i| >= eps] (g_i . unit_i) unit_i) / max(|a_i|, eps)` (with `eps = null`,
   * the bracket is 1 and the divisor is `|a_i|`).
   */
  normalizeRowsGrad?(g: T, unit: T, norms: T, eps: number | null): T;
  /** `[n, n]` the Gram matrix `A Aᵀ`. */
  gram(a: T): T;
  /** `[n, m]` the product `A B` of `[n, k]` and `[k, m]`. */
  matmul(a: T, b: T): T;
  /** `[n, m]` squared distances `sum_k (a_ik - b_jk)^2` by explicit differences (accurate for near-equal rows). */
  sqDist(a: T, b: T): T;
  /** Optional (composed as `rowSum(a * b)` when absent). `[n]` row-wise dot products of two `[n, d]` matrices. */
  rowDot?(a: T, b: T): T;

  // ---- selection ----------------------------------------------------------------------

  /** Row-wise max of a square matrix with its lowest-index argmax, treating the diagonal by `rule`. */
  rowMax(c: T, rule: DiagonalRule): RowMax<T>;
  /** `[n, d]` rows `a[index[i]]` of `a` (`[m, d]`). */
  gatherRows(a: T, index: T): T;
  /** `[rows, d]` zeros with `a[i]` added into row `index[i]` for every `i`. */
  scatterAddRows(a: T, index: T, rows: number): T;
  /** Optional (composed from `gatherRows` of a row-number column when absent). `[n]` 1 where `index[i] == i`, else 0. */
  selfMask?(index: T): T;

  // ---- elementwise and reductions ------------------------------------------------------

  /** Elementwise named function. */
  unary(op: UnaryOp, a: T): T;
  /**
   * Elementwise named function of two arguments. `b` is a tensor of the same shape as
   * `a`, a `[n]` vector broadcast along the rows of an `[n, d]` matrix `a`
   * (`out_ij = f(a_ij, b_i)`), a `[]` scalar tensor, or a JS number.
   */
  binary(op: BinaryOp, a: T, b: T | number): T;
  /** `[n]` sum of each row of an `[n, d]` matrix. */
  rowSum(a: T): T;
  /** `[]` sum of all elements. */
  sum(a: T): T;
  /** Optional (composed from `fillDiagonal` when absent). A square matrix with `value` added to its diagonal. */
  addDiagonal?(a: T, value: number): T;
  /** A square matrix with its diagonal replaced by `value`. */
  fillDiagonal(a: T, value: number): T;

  // ---- fused hot paths (optional) ------------------------------------------------------

  /**
   * Fused: the same result as `rowMax(gram(unit), rule)` without materializing the
   * `n x n` matrix (tiled row max). When absent, core composes it: the Gram product while
   * one block holds all rows (`n^2 <= 2^20`), else in row blocks of `angleBlockRows(n)`
   * rows read back with `readSync` (`evaluateLoss` reads them with `read` on a backend
   * without `readSync`), so no `n x n` tensor is asked for.
   */
  nearestNeighbors?(unit: T, rule: DiagonalRule): RowMax<T>;
  /** Fused: the angle of each row to its partner row and the gradient of their sum. */
  pairAngles?(unit: T, index: T): PairAngles<T>;
  /** Fused: a pairwise Riesz / log energy and its gradient, without an `n x n` matrix. */
  pairEnergy?(unit: T, kernel: PairKernel): PairEnergy<T>;
  /**
   * Fused: the nearest other row of each unit row and the per-row count of rows above a
   * cosine `threshold` (`|cos|` when `absolute`), in one tiled pass without an `n x n`
   * matrix ({@link AngleStats}). Core composes it in row blocks when absent.
   */
  angleStats?(unit: T, threshold: number, absolute: boolean): AngleStats<T>;
  /**
   * Fused: the whole exact-mode MMA loss and gradient of raw rows `w` (`[n, d]`,
   * `n >= 2`, no zero row) in one call: what core composes as `normalizeRows(w, null)`,
   * `nearestNeighbors(unit, "exclude")` (skipped when `index`, an `[n]` partner index, is
   * given), `pairAngles`, the mean of the angles and `normalizeRowsGrad` of the scaled
   * angle gradient. For backends whose per-op cost matters at small shapes (one call
   * instead of about ten); the results agree with the composed path to the conformance
   * suite's tolerance, and ties go to the lowest index as in `nearestNeighbors`.
   */
  mmaExact?(w: T, index: T | null): MmaExact<T>;
}

/** The names of the optional fused operations, for `fused: false` style switches. */
export type FusedOp = "nearestNeighbors" | "pairAngles" | "pairEnergy" | "angleStats" | "mmaExact";

/** All optional fused operation names. */
export const FUSED_OPS: readonly FusedOp[] = ["nearestNeighbors", "pairAngles", "pairEnergy", "angleStats", "mmaExact"];

/**
 * The optional operations that are not hot paths but plain conveniences: a backend may
 * implement them (usually one kernel instead of several), and core composes them from the
 * required primitives when it does not.
 */
export type ComposableOp = "normalizeRows" | "normalizeRowsGrad" | "rowDot" | "selfMask" | "addDiagonal";

/** All {@link ComposableOp} names. */
export const COMPOSABLE_OPS: readonly ComposableOp[] = ["normalizeRows", "normalizeRowsGrad", "rowDot", "selfMask", "addDiagonal"];

/** Every optional operation of the contract: fused hot paths and composable conveniences. */
export type OptionalOp = FusedOp | ComposableOp;

/**
 * Every optional operation name ({@link FUSED_OPS} then {@link COMPOSABLE_OPS}): what
 * {@link withoutFused} hides by default, so the conformance suite's "fused vs composed"
 * run covers every fallback core has.
 */
export const OPTIONAL_OPS: readonly OptionalOp[] = [...FUSED_OPS, ...COMPOSABLE_OPS];

/**
 * Run `fn` inside the backend's scope when it has one (so intermediates are freed),
 * otherwise just call it.
 */
export function withScope<T, R>(backend: Backend<T>, fn: () => R): R {
  return backend.scope ? backend.scope(fn) : fn();
}

/**
 * Upload a matrix the caller keeps unchanged for the duration of one call: the backend's
 * {@link Backend.borrow} where it has one (no copy), else {@link Backend.tensor}.
 */
export function borrowTensor<T>(backend: Backend<T>, data: ArrayLike<number>, shape: readonly number[]): T {
  return backend.borrow ? backend.borrow(data, shape) : backend.tensor(data, shape);
}

/** Dispose tensors the backend can dispose; a no-op on garbage-collected backends. */
export function release<T>(backend: Backend<T>, ...xs: (T | undefined)[]): void {
  if (!backend.dispose) return;
  for (const x of xs) if (x !== undefined) backend.dispose(x);
}

/**
 * A view of `backend` with the named optional operations hidden (default: all of them,
 * {@link OPTIONAL_OPS}), so core composes them from the required primitives. Used by the
 * conformance suite to test both paths, and by users to debug. Pass {@link FUSED_OPS} to
 * hide only the fused hot paths.
 *
 * @example
 * ```ts
 * const composed = withoutFused(createCpuBackend());
 * const unfusedOnly = withoutFused(createCpuBackend(), FUSED_OPS);
 * ```
 */
export function withoutFused<T>(backend: Backend<T>, ops: readonly OptionalOp[] = OPTIONAL_OPS): Backend<T> {
  const hidden = new Set<string>(ops);
  return new Proxy(backend, {
    get(target, prop, receiver) {
      if (typeof prop === "string" && hidden.has(prop)) return undefined;
      const v = Reflect.get(target, prop, receiver) as unknown;
      return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
    has(target, prop) {
      if (typeof prop === "string" && hidden.has(prop)) return false;
      return Reflect.has(target, prop);
    },
  });
}
