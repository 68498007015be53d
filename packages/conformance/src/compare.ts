/**
 * Comparisons of the suite. Every check compares whole arrays RELATIVELY: the error of an
 * array is `max_i |got_i - want_i| / max_i |want_i|`, with no `max(1, |x|)` floor (a floor
 * makes the comparison absolute for the small gradients these losses have, entries about
 * 1e-3 to 0.3, so a gradient scaled by 1.001 would pass). Non-finite entries must match
 * exactly. An all-zero `want` has nothing to be relative to: then the error is the
 * absolute `max |got_i|` (a zero must come out as zero, to within the tolerance).
 *
 * Failures throw {@link ConformanceFailure}, so a check is a plain function that can be run
 * inside vitest or by {@link runConformanceChecks}.
 *
 * @module
 */

/** Thrown by a failed conformance comparison. */
export class ConformanceFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConformanceFailure";
  }
}

/** Throw a {@link ConformanceFailure} unless `ok`. */
export function check(ok: boolean, message: string | (() => string)): asserts ok {
  if (!ok) throw new ConformanceFailure(typeof message === "string" ? message : message());
}

/** One recorded comparison: what was compared, its relative error and the tolerance. */
export interface ComparisonRecord {
  what: string;
  error: number;
  tolerance: number;
}

let recorder: ((r: ComparisonRecord) => void) | undefined;

/**
 * Record every relative comparison made from now on (for measuring how close a backend is
 * to each tolerance); `undefined` stops recording.
 *
 * @example
 * ```ts
 * const seen: ComparisonRecord[] = [];
 * recordComparisons((r) => seen.push(r));
 * ```
 */
export function recordComparisons(fn: ((r: ComparisonRecord) => void) | undefined): void {
  recorder = fn;
}

/** Largest `|a_i - b_i|`, with matching non-finite entries counting as equal. */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new ConformanceFailure(`array lengths differ: ${a.length} vs ${b.length}`);
  let m = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      if (!(Object.is(x, y) || (Number.isNaN(x) && Number.isNaN(y)))) return Infinity;
      continue;
    }
    m = Math.max(m, Math.abs(x - y));
  }
  return m;
}

/** Largest `|x_i|` over finite entries (0 for none). */
export function maxAbs(a: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) if (Number.isFinite(a[i])) m = Math.max(m, Math.abs(a[i] as number));
  return m;
}

/**
 * The relative error of an array: `max |got - want| / max |want|` (the absolute
 * `max |got - want|` when `want` is all zeros); `Infinity` for a length mismatch or
 * non-finite entries that do not match.
 */
export function relativeError(got: ArrayLike<number>, want: ArrayLike<number>, scale?: number): number {
  if (got.length !== want.length) return Infinity;
  const diff = maxAbsDiff(got, want);
  const s = scale ?? maxAbs(want);
  return s > 0 ? diff / s : diff;
}

/**
 * Assert `relativeError(got, want) <= tol` (a number is an array of one). The message
 * names the worst entry. `scale` replaces `max |want|` as the denominator, for a check
 * that knows the natural scale better (say, an expected gradient that is zero up to
 * rounding).
 *
 * @example
 * ```ts
 * expectRelClose(got.grad, want.grad, 1e-5, "mma grad vs reference");
 * ```
 */
export function expectRelClose(got: ArrayLike<number> | number, want: ArrayLike<number> | number, tol: number, what: string, scale?: number): void {
  const g = typeof got === "number" ? [got] : got;
  const w = typeof want === "number" ? [want] : want;
  check(g.length === w.length, () => `${what}: ${g.length} values, expected ${w.length}`);
  const err = relativeError(g, w, scale);
  recorder?.({ what, error: err, tolerance: tol });
  check(err <= tol, () => {
    let worst = 0;
    let at = 0;
    for (let i = 0; i < w.length; i++) {
      const x = g[i] as number;
      const y = w[i] as number;
      const dd = Number.isFinite(x) && Number.isFinite(y) ? Math.abs(x - y) : Object.is(x, y) || (Number.isNaN(x) && Number.isNaN(y)) ? 0 : Infinity;
      if (dd > worst) {
        worst = dd;
        at = i;
      }
    }
    return `${what}: relative error ${err.toExponential(3)} > ${tol.toExponential(3)} (worst entry ${at}: got ${g[at]}, expected ${w[at]}; relative to ${(scale ?? maxAbs(w)).toExponential(3)})`;
  });
}

/**
 * Assert `|actual - expected| <= tol` (an absolute tolerance), with non-finite values
 * compared exactly. Kept for adapters' own tests; the suite compares relatively
 * ({@link expectRelClose}).
 */
export function expectClose(actual: number, expected: number, tol: number, what: string): void {
  if (!Number.isFinite(expected)) {
    check(Number.isNaN(expected) ? Number.isNaN(actual) : actual === expected, `${what}: expected ${expected}, got ${actual}`);
    return;
  }
  const err = Math.abs(actual - expected);
  check(err <= tol, () => `${what}: |${actual} - ${expected}| = ${err.toExponential(3)} > ${tol.toExponential(3)}`);
}

/**
 * Assert two arrays agree entrywise within the absolute `tol` (non-finite entries exactly).
 * Kept for adapters' own tests; the suite compares relatively ({@link expectRelClose}).
 */
export function expectAllClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tol: number, what: string): void {
  check(actual.length === expected.length, () => `${what}: ${actual.length} values, expected ${expected.length}`);
  const err = maxAbsDiff(actual, expected);
  check(err <= tol, () => `${what}: max |diff| = ${err.toExponential(3)} > ${tol.toExponential(3)}`);
}
