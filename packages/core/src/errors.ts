/**
 * Machine-readable reason carried by every {@link MMARegError}.
 *
 * - `NON_FINITE`: an input weight is NaN or ±Infinity.
 * - `ZERO_ROW`: a row has norm 0, so its direction (and every angle to it) is undefined.
 * - `COINCIDENT_ROWS`: two rows point the same way (or, for half-space MHE, opposite
 *   ways), so an MHE energy is infinite.
 * - `NON_FINITE_RESULT`: a loss or gradient came out non-finite (reference mode on degenerate input).
 * - `BAD_SHAPE`: the weight is not a 2-D matrix after its layout is applied, or sizes disagree.
 * - `EMPTY`: the matrix has no rows or no columns.
 * - `UNKNOWN_LOSS`, `BAD_OPTION`: an option is not one this library knows (an unknown
 *   key, a value of the wrong type, a string in place of the options object).
 * - `PARSE`: a file is not valid `.npy` / JSON / model data.
 * - `BACKEND`: a backend could not start or does not support what was asked.
 */
export type MMARegErrorCode =
  | "NON_FINITE"
  | "ZERO_ROW"
  | "COINCIDENT_ROWS"
  | "NON_FINITE_RESULT"
  | "BAD_SHAPE"
  | "EMPTY"
  | "UNKNOWN_LOSS"
  | "BAD_OPTION"
  | "PARSE"
  | "BACKEND";

/** Where an error happened; every field is optional and printed when present. */
export interface MMARegErrorContext {
  /** Backend name, for example `cpu` or `tfjs-wasm`. */
  backend?: string;
  /** Loss name, for example `mma`. */
  loss?: string;
  /** Layer or file name the matrix came from. */
  layer?: string;
  /** Row index (0-based) in the `[n, d]` row matrix. */
  row?: number;
  /** Second row index, for pair errors. */
  otherRow?: number;
  /** Column index (0-based) in the `[n, d]` row matrix. */
  column?: number;
  /** Byte offset in a file, for parse errors. */
  offset?: number;
}

/**
 * The one error class of the library. Its `code` says what went wrong, its context says
 * where (backend, loss, layer, row), and its message ends with what to do about it.
 *
 * @example
 * ```ts
 * try {
 *   mma([[1, 0], [0, 0]]);
 * } catch (e) {
 *   if (e instanceof MMARegError && e.code === "ZERO_ROW") console.log(e.context.row); // 1
 * }
 * ```
 *
 * An app that loads both the ESM and the CommonJS build of core (one package imports it,
 * another requires it) has two copies of this class. Each error carries a brand registered
 * with `Symbol.for`, so {@link isMMARegError} and `instanceof MMARegError` recognize an
 * error of either copy.
 */
export class MMARegError extends Error {
  override readonly name = "MMARegError";
  readonly code: MMARegErrorCode;
  readonly context: MMARegErrorContext;

  constructor(code: MMARegErrorCode, message: string, context: MMARegErrorContext = {}) {
    super(formatMessage(message, context));
    this.code = code;
    this.context = { ...context };
    Object.defineProperty(this, MMAREG_ERROR_BRAND, { value: true });
  }

  /**
   * `x instanceof MMARegError` is true for an error of any copy of core (ESM and CJS
   * builds, two installed versions): the check is the `Symbol.for` brand. A subclass keeps
   * the ordinary prototype check.
   */
  static override [Symbol.hasInstance](x: unknown): boolean {
    if (this !== MMARegError) return Function.prototype[Symbol.hasInstance].call(this, x);
    return hasBrand(x);
  }

  /** A copy of this error with more context (fields already set are kept). */
  withContext(extra: MMARegErrorContext): MMARegError {
    const merged = { ...extra, ...this.context };
    const err = new MMARegError(this.code, this.rawMessage(), merged);
    return err;
  }

  private rawMessage(): string {
    const i = this.message.indexOf("] ");
    return this.message.startsWith("[") && i >= 0 ? this.message.slice(i + 2) : this.message;
  }
}

/** The brand every {@link MMARegError} carries, shared by every copy of core through the global symbol registry. */
const MMAREG_ERROR_BRAND: unique symbol = Symbol.for("@mmareg/core/MMARegError");

function hasBrand(x: unknown): boolean {
  return typeof x === "object" && x !== null && (x as Record<symbol, unknown>)[MMAREG_ERROR_BRAND] === true;
}

function formatMessage(message: string, ctx: MMARegErrorContext): string {
  const where: string[] = [];
  if (ctx.backend !== undefined) where.push(`backend ${ctx.backend}`);
  if (ctx.loss !== undefined) where.push(`loss ${ctx.loss}`);
  if (ctx.layer !== undefined) where.push(`layer ${ctx.layer}`);
  return where.length > 0 ? `[${where.join(", ")}] ${message}` : message;
}

/**
 * True when `e` is an {@link MMARegError}, optionally with the given code. It checks the
 * `Symbol.for` brand, so it also recognizes errors thrown by another copy of core (the
 * CommonJS build when you imported the ESM one, or the other way round).
 *
 * @example
 * ```ts
 * try {
 *   evaluateLossSync(backend, [[1, 0], [0, 0]]);
 * } catch (e) {
 *   if (isMMARegError(e, "ZERO_ROW")) console.log(e.context.row); // 1
 * }
 * ```
 */
export function isMMARegError(e: unknown, code?: MMARegErrorCode): e is MMARegError {
  return hasBrand(e) && (code === undefined || (e as MMARegError).code === code);
}

/**
 * The `code` of the `MMARegError` a call throws, for tests of an adapter's input
 * checks: `undefined` when the call returns, and `not an MMARegError: <message>` when it
 * throws something else (so an expectation of a code fails and shows what was thrown).
 *
 * @example
 * ```ts
 * expect(thrownCode(() => backend.tensor([1, 2, 3], [2, 2]))).toBe("BAD_SHAPE");
 * ```
 */
export function thrownCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isMMARegError(e) ? e.code : `not an MMARegError: ${String(e)}`;
  }
  return undefined;
}
