import { COMPOSABLE_OPS, FUSED_OPS, type Backend, type BackendArray, type Dtype, type OptionalOp } from "./backend.js";
import { MMARegError, type MMARegErrorCode } from "./errors.js";

/** The compute operations every backend must have (the rest are {@link OptionalOp}s). */
export type RequiredOp =
  | "gram"
  | "matmul"
  | "sqDist"
  | "rowMax"
  | "gatherRows"
  | "scatterAddRows"
  | "unary"
  | "binary"
  | "rowSum"
  | "sum"
  | "fillDiagonal";

/** All {@link RequiredOp} names. */
export const REQUIRED_OPS: readonly RequiredOp[] = [
  "gram",
  "matmul",
  "sqDist",
  "rowMax",
  "gatherRows",
  "scatterAddRows",
  "unary",
  "binary",
  "rowSum",
  "sum",
  "fillDiagonal",
];

/** Every compute operation of the contract. */
export type OpName = RequiredOp | OptionalOp;

type OpFn<T, K extends OpName> = NonNullable<Backend<T>[K]>;

/** An op table of plain functions, each with the contract's signature. */
export type BackendOps<T> = { [K in RequiredOp]: OpFn<T, K> } & { [K in OptionalOp]?: OpFn<T, K> };

/**
 * An op table whose functions take the adapter's context first (`gram(ctx, a)`), the form
 * of an adapter's `src/ops/index.ts`: {@link defineBackend} binds the context.
 */
export type ContextOps<C, T> = { [K in RequiredOp]: (ctx: C, ...args: Parameters<OpFn<T, K>>) => ReturnType<OpFn<T, K>> } & {
  [K in OptionalOp]?: (ctx: C, ...args: Parameters<OpFn<T, K>>) => ReturnType<OpFn<T, K>>;
};

/** The data-in/out and lifecycle members of a backend (everything but the compute ops). */
export interface BackendIo<T> {
  /** Upload data; called after core checked that `data` fills `shape` (rank 0 to 2, integer sizes). */
  tensor(data: ArrayLike<number>, shape: readonly number[], kind: "float" | "index"): T;
  /** See {@link Backend.borrow}: checked like `tensor` (a float upload) before it is called. */
  borrow?(data: ArrayLike<number>, shape: readonly number[]): T;
  shape(x: T): readonly number[];
  read(x: T): Promise<BackendArray>;
  readSync?(x: T): BackendArray;
  readView?(x: T): BackendArray;
  take?(x: T): BackendArray;
  dispose?(x: T): void;
  settle?(xs: readonly T[]): Promise<void>;
  scope?<R>(fn: () => R): R;
  /** Free kernels, sessions, pools; {@link defineBackend} makes the backend's `close` idempotent around it. */
  close?(): void | Promise<void>;
  /** See {@link Backend.trim}: free what can be rebuilt, staying usable (does nothing once closed). */
  trim?(): void | Promise<void>;
}

/** What {@link defineBackend} takes: a name, a dtype, the data members and an op table. */
export interface BackendDefinition<T, C, O> extends BackendIo<T> {
  /** The backend's name (`cpu-float32`, `onnx-webgpu`, ...), or a function when it can change (tfjs). */
  name: string | (() => string);
  dtype: Dtype;
  /** When given, every function of `ops` is called with it first. */
  context?: C;
  /** The op table: every {@link RequiredOp}, any {@link OptionalOp}. */
  ops: O;
}

/** The optional data members a definition may give. */
type IoOptional = "borrow" | "readSync" | "readView" | "take" | "dispose" | "settle" | "scope" | "trim";

/**
 * The backend {@link defineBackend} returns: the contract, with `close` and the optional
 * ops and data members the definition has marked present.
 */
export type DefinedBackend<T, O, D = unknown> = Backend<T> &
  Required<Pick<Backend<T>, Extract<keyof O, OptionalOp> | Extract<keyof D, IoOptional> | "close">>;

type Fail = (code: MMARegErrorCode, message: string) => MMARegError;
type Shape = readonly number[];
type Check = (shapeOf: (x: unknown) => Shape, args: unknown[], fail: Fail) => void;

const RULES = new Set(["exclude", "negate"]);
const UNARY = new Set(["neg", "abs", "sqrt", "square", "reciprocal", "acos", "log", "exp"]);
const BINARY = new Set(["add", "sub", "mul", "div", "pow", "atan2", "max", "min", "gt", "ge", "lt", "le", "eq"]);
const fmt = (s: Shape): string => `[${s.join(", ")}]`;

function matrix(op: string, s: Shape, what: string, fail: Fail): [number, number] {
  if (s.length !== 2) throw fail("BAD_SHAPE", `${op}: ${what} must be a 2-D [n, d] matrix, got ${fmt(s)}`);
  return s as [number, number];
}
function vector(op: string, s: Shape, what: string, n: number | null, fail: Fail): void {
  if (s.length !== 1 || (n !== null && s[0] !== n)) {
    throw fail("BAD_SHAPE", `${op}: ${what} must be a [${n ?? "n"}] vector, got ${fmt(s)}`);
  }
}
function square(op: string, s: Shape, fail: Fail): void {
  const [n, m] = matrix(op, s, "the matrix", fail);
  if (n !== m) throw fail("BAD_SHAPE", `${op}: expects a square matrix, got ${fmt(s)}`);
}
function rule(op: string, r: unknown, fail: Fail): void {
  if (!RULES.has(r as string)) throw fail("BAD_OPTION", `${op}: unknown diagonal rule ${JSON.stringify(r)}: use "exclude" or "negate"`);
}
function eps(op: string, e: unknown, fail: Fail): void {
  if (e !== null && !(typeof e === "number" && e > 0 && Number.isFinite(e))) {
    throw fail("BAD_OPTION", `${op}: eps must be null or a positive number, got ${String(e)}`);
  }
}
function same(op: string, a: Shape, b: Shape, fail: Fail): void {
  if (a.length !== b.length || a.some((v, i) => v !== b[i])) throw fail("BAD_SHAPE", `${op}: shapes ${fmt(a)} and ${fmt(b)} differ`);
}

/** The contract's shape rules, one per op (see `backend.ts`), checked before the adapter runs. */
const CHECKS: Record<OpName, Check> = {
  normalizeRows: (s, [a, e], fail) => {
    matrix("normalizeRows", s(a), "the input", fail);
    eps("normalizeRows", e, fail);
  },
  normalizeRowsGrad: (s, [g, unit, norms, e], fail) => {
    const [n] = matrix("normalizeRowsGrad", s(g), "the gradient", fail);
    same("normalizeRowsGrad", s(g), s(unit), fail);
    vector("normalizeRowsGrad", s(norms), "norms", n, fail);
    eps("normalizeRowsGrad", e, fail);
  },
  gram: (s, [a], fail) => void matrix("gram", s(a), "the input", fail),
  matmul: (s, [a, b], fail) => {
    const [, k] = matrix("matmul", s(a), "the left factor", fail);
    const [k2] = matrix("matmul", s(b), "the right factor", fail);
    if (k !== k2) throw fail("BAD_SHAPE", `matmul: inner sizes differ: ${fmt(s(a))} x ${fmt(s(b))}`);
  },
  sqDist: (s, [a, b], fail) => {
    const [, d] = matrix("sqDist", s(a), "the first input", fail);
    const [, d2] = matrix("sqDist", s(b), "the second input", fail);
    if (d !== d2) throw fail("BAD_SHAPE", `sqDist: rows of ${d} and ${d2} columns cannot be compared`);
  },
  rowDot: (s, [a, b], fail) => {
    matrix("rowDot", s(a), "the first input", fail);
    same("rowDot", s(a), s(b), fail);
  },
  rowMax: (s, [c, r], fail) => {
    square("rowMax", s(c), fail);
    rule("rowMax", r, fail);
  },
  gatherRows: (s, [a, index], fail) => {
    matrix("gatherRows", s(a), "the source", fail);
    vector("gatherRows", s(index), "the index", null, fail);
  },
  scatterAddRows: (s, [a, index, rows], fail) => {
    const [k] = matrix("scatterAddRows", s(a), "the rows added", fail);
    vector("scatterAddRows", s(index), "the index", k, fail);
    if (!Number.isInteger(rows) || (rows as number) < 0) throw fail("BAD_SHAPE", `scatterAddRows: rows must be an integer >= 0, got ${String(rows)}`);
  },
  selfMask: (s, [index], fail) => vector("selfMask", s(index), "the index", null, fail),
  unary: (s, [op, a], fail) => {
    if (!UNARY.has(op as string)) throw fail("BAD_OPTION", `unary: unknown unary op ${JSON.stringify(op)}: use one of ${[...UNARY].join(", ")}`);
    s(a);
  },
  binary: (s, [op, a, b], fail) => {
    if (!BINARY.has(op as string)) throw fail("BAD_OPTION", `binary: unknown binary op ${JSON.stringify(op)}: use one of ${[...BINARY].join(", ")}`);
    const sa = s(a);
    if (typeof b === "number") return;
    const sb = s(b);
    const ok = sb.length === 0 || (sb.length === sa.length && sb.every((v, i) => v === sa[i])) || (sa.length === 2 && sb.length === 1 && sb[0] === sa[0]);
    if (!ok) throw fail("BAD_SHAPE", `binary ${String(op)}: cannot broadcast ${fmt(sb)} to ${fmt(sa)}: use the same shape, an [n] vector for an [n, d] matrix, or a scalar`);
  },
  rowSum: (s, [a], fail) => void matrix("rowSum", s(a), "the input", fail),
  sum: (s, [a]) => void s(a),
  addDiagonal: (s, [a], fail) => square("addDiagonal", s(a), fail),
  fillDiagonal: (s, [a], fail) => square("fillDiagonal", s(a), fail),
  nearestNeighbors: (s, [unit, r], fail) => {
    matrix("nearestNeighbors", s(unit), "the unit rows", fail);
    rule("nearestNeighbors", r, fail);
  },
  pairAngles: (s, [unit, index], fail) => {
    const [n] = matrix("pairAngles", s(unit), "the unit rows", fail);
    vector("pairAngles", s(index), "the index", n, fail);
  },
  angleStats: (s, [unit, threshold, absolute], fail) => {
    matrix("angleStats", s(unit), "the unit rows", fail);
    if (typeof threshold !== "number" || !Number.isFinite(threshold)) {
      throw fail("BAD_OPTION", `angleStats: threshold must be a finite number, got ${String(threshold)}`);
    }
    if (typeof absolute !== "boolean") throw fail("BAD_OPTION", `angleStats: absolute must be true or false, got ${String(absolute)}`);
  },
  mmaExact: (s, [w, index], fail) => {
    const [n] = matrix("mmaExact", s(w), "the rows", fail);
    if (index !== null) vector("mmaExact", s(index), "the index", n, fail);
  },
  pairEnergy: (s, [unit, kernel], fail) => {
    matrix("pairEnergy", s(unit), "the unit rows", fail);
    const k = kernel as { s?: unknown } | undefined;
    if (!k || typeof k.s !== "number" || !(k.s >= 0) || !Number.isFinite(k.s)) {
      throw fail("BAD_OPTION", `pairEnergy: kernel.s must be a finite number >= 0, got ${String(k?.s)}`);
    }
  },
};

/** Every op name, required ones first. */
const ALL_OPS: readonly OpName[] = [...REQUIRED_OPS, ...FUSED_OPS, ...COMPOSABLE_OPS];

/**
 * Build a {@link Backend} from an adapter's op table: binds the ops (to `context`, when
 * given), checks every call's shapes once against the contract (errors name the backend,
 * for example `cpu-float32` or `onnx-webgpu`, and the op), checks uploads (`data` fills
 * `shape`, rank 0 to 2), and gives the backend an idempotent `close()` after which
 * `tensor` and every op throw `BACKEND`. Optional ops left out of the table are composed
 * by core. A new adapter is one op table and one call.
 *
 * @example
 * ```ts
 * import * as ops from "./ops/index.js"; // gram(ctx, a), binary(ctx, op, a, b), ...
 * const backend = defineBackend({
 *   name: "mine-float32",
 *   dtype: "float32",
 *   context: ctx,
 *   ops,
 *   tensor: (data, shape) => upload(ctx, data, shape),
 *   shape: (x) => x.shape,
 *   read: async (x) => download(ctx, x),
 *   close: () => ctx.destroy(),
 * });
 * ```
 * @throws {@link MMARegError} `BACKEND` when the table lacks a required op (the message
 *   lists them); the returned backend's ops throw `BAD_SHAPE` / `BAD_OPTION` for inputs
 *   outside the contract.
 */
export function defineBackend<T, O extends BackendOps<T>, D extends BackendDefinition<T, undefined, O>>(
  definition: D & BackendDefinition<T, undefined, O>,
): DefinedBackend<T, O, D>;
export function defineBackend<T, C, O extends ContextOps<C, T>, D extends BackendDefinition<T, C, O>>(
  definition: D & BackendDefinition<T, C, O> & { context: C },
): DefinedBackend<T, O, D>;
export function defineBackend<T, C, O>(definition: BackendDefinition<T, C, O>): DefinedBackend<T, O> {
  const def = definition;
  const nameOf = typeof def.name === "function" ? def.name : ((n: string) => () => n)(def.name);
  const fail: Fail = (code, message) => new MMARegError(code, message, { backend: nameOf() });
  const table = def.ops as Record<string, ((...a: unknown[]) => unknown) | undefined>;
  const missing = REQUIRED_OPS.filter((op) => typeof table[op] !== "function");
  if (missing.length > 0) {
    throw fail("BACKEND", `defineBackend: the op table lacks ${missing.join(", ")}: every backend implements ${REQUIRED_OPS.join(", ")}`);
  }
  const shapeOf = def.shape as (x: unknown) => Shape;
  const bound = "context" in def;
  const ctx = def.context;
  let closed = false;
  let closing: void | Promise<void> | undefined;
  const open = (): void => {
    if (closed) throw fail("BACKEND", "this backend was closed (close() or destroy()): create a new one");
  };

  const checkUpload = (data: ArrayLike<number>, shape: Shape, kind: "float" | "index"): void => {
    open();
    if (!Array.isArray(shape) || shape.length > 2 || shape.some((v) => !Number.isInteger(v) || v < 0)) {
      throw fail("BAD_SHAPE", `tensor: shape ${Array.isArray(shape) ? fmt(shape) : String(shape)} is not [], [n] or [n, d] with integer sizes`);
    }
    const size = shape.reduce((p, v) => p * v, 1);
    if (!data || data.length !== size) throw fail("BAD_SHAPE", `tensor: ${data?.length} values do not fill shape ${fmt(shape)}`);
    if (kind !== "float" && kind !== "index") throw fail("BAD_OPTION", `tensor: kind must be "float" or "index", got ${JSON.stringify(kind)}`);
  };

  const backend: Record<string, unknown> = {
    get name() {
      return nameOf();
    },
    dtype: def.dtype,
    tensor(data: ArrayLike<number>, shape: Shape, kind: "float" | "index" = "float") {
      checkUpload(data, shape, kind);
      return def.tensor(data, shape, kind);
    },
    shape: def.shape,
    read: def.read,
    close() {
      if (!closed) {
        closed = true;
        closing = def.close?.();
      }
      return closing;
    },
  };
  for (const key of ["readSync", "readView", "take", "dispose", "settle", "scope"] as const) if (def[key]) backend[key] = def[key];
  const trim = def.trim;
  if (trim) backend.trim = () => (closed ? undefined : trim());
  const borrow = def.borrow;
  if (borrow) {
    backend.borrow = (data: ArrayLike<number>, shape: Shape) => {
      checkUpload(data, shape, "float");
      return borrow(data, shape);
    };
  }
  for (const op of ALL_OPS) {
    const impl = table[op];
    if (typeof impl !== "function") continue;
    const check = CHECKS[op];
    backend[op] = bound
      ? (...args: unknown[]) => {
          open();
          check(shapeOf, args, fail);
          return impl(ctx, ...args);
        }
      : (...args: unknown[]) => {
          open();
          check(shapeOf, args, fail);
          return impl(...args);
        };
  }
  return backend as unknown as DefinedBackend<T, O>;
}
