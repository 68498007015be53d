import { expect } from "vitest";

/** Largest `|a_i - b_i|`, with matching non-finite entries counting as equal. */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length, "array lengths").toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
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
  for (let i = 0; i < a.length; i++) if (Number.isFinite(a[i])) m = Math.max(m, Math.abs(a[i]));
  return m;
}

/** Assert `|actual - expected| <= tol`, with non-finite values compared exactly. */
export function expectClose(actual: number, expected: number, tol: number, what: string): void {
  if (!Number.isFinite(expected)) {
    expect(Number.isNaN(expected) ? Number.isNaN(actual) : actual === expected, `${what}: expected ${expected}, got ${actual}`).toBe(true);
    return;
  }
  const err = Math.abs(actual - expected);
  expect(err <= tol, `${what}: |${actual} - ${expected}| = ${err.toExponential(3)} > ${tol.toExponential(3)}`).toBe(true);
}

/** Assert two arrays agree entrywise within `tol` (non-finite entries exactly). */
export function expectAllClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tol: number, what: string): void {
  const err = maxAbsDiff(actual, expected);
  expect(err <= tol, `${what}: max |diff| = ${err.toExponential(3)} > ${tol.toExponential(3)}`).toBe(true);
}
