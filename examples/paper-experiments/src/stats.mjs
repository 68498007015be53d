/**
 * The statistics of the suite, as pure functions (unit-tested in src/__tests__):
 * mean and sample standard deviation, the LFW 10-fold verification protocol, the cosine
 * similarities of a layer's filters and their histogram.
 */
import { random } from "./data.mjs";

/** Arithmetic mean (NaN for an empty list). */
export function mean(values) {
  if (values.length === 0) return Number.NaN;
  return values.reduce((a, v) => a + v, 0) / values.length;
}

/** Sample standard deviation (n - 1 in the denominator; 0 for a single value, NaN for none). */
export function std(values) {
  if (values.length === 0) return Number.NaN;
  if (values.length === 1) return 0;
  const m = mean(values);
  return Math.sqrt(values.reduce((a, v) => a + (v - m) ** 2, 0) / (values.length - 1));
}

/** `{ mean, std, n, values }` of a list. */
export function summarize(values) {
  return { mean: mean(values), std: std(values), n: values.length, values: [...values] };
}

/**
 * Balanced verification pairs over labelled samples, LFW-style: `folds` folds, each with
 * `perFold / 2` same-label pairs and `perFold / 2` different-label pairs of distinct
 * samples, drawn with a seeded generator (so every run is evaluated on the same pairs).
 * Returns `{ a, b, same, fold }` arrays.
 */
export function makePairs(labels, { folds = 10, perFold = 600, seed = 7 } = {}) {
  if (perFold % 2 !== 0) throw new Error(`perFold must be even, got ${perFold}`);
  const u = random(seed);
  const byLabel = new Map();
  labels.forEach((l, i) => byLabel.set(l, [...(byLabel.get(l) ?? []), i]));
  const classes = [...byLabel.keys()].filter((l) => byLabel.get(l).length >= 2).sort((x, y) => x - y);
  if (classes.length < 2) throw new Error("verification pairs need at least two labels with two samples each");
  const pick = (list) => list[Math.floor(u() * list.length)];
  const a = [];
  const b = [];
  const same = [];
  const fold = [];
  for (let f = 0; f < folds; f++) {
    for (let k = 0; k < perFold; k++) {
      const isSame = k < perFold / 2;
      const ca = pick(classes);
      let i;
      let j;
      if (isSame) {
        const list = byLabel.get(ca);
        i = pick(list);
        do j = pick(list);
        while (j === i);
      } else {
        let cb;
        do cb = pick(classes);
        while (cb === ca);
        i = pick(byLabel.get(ca));
        j = pick(byLabel.get(cb));
      }
      a.push(i);
      b.push(j);
      same.push(isSame);
      fold.push(f);
    }
  }
  return { a, b, same, fold };
}

/**
 * The threshold with the best accuracy on scored pairs (`same` iff `score > threshold`),
 * scanning every cut between consecutive distinct scores (and below / above all of them).
 * Ties go to the lowest threshold. Returns `{ threshold, accuracy }`.
 */
export function bestThreshold(scores, same) {
  const order = scores.map((s, i) => i).sort((i, j) => scores[i] - scores[j]);
  const positives = same.filter(Boolean).length;
  // threshold below everything: every pair is called "same"
  let correct = positives;
  let best = { threshold: scores[order[0]] - 1, accuracy: correct / scores.length };
  for (let k = 0; k < order.length; k++) {
    // move pair order[k] to the "different" side
    correct += same[order[k]] ? -1 : 1;
    const next = k + 1 < order.length ? scores[order[k + 1]] : undefined;
    if (next !== undefined && next === scores[order[k]]) continue; // not a cut between distinct scores
    const threshold = next === undefined ? scores[order[k]] + 1 : (scores[order[k]] + next) / 2;
    if (correct / scores.length > best.accuracy) best = { threshold, accuracy: correct / scores.length };
  }
  return best;
}

/**
 * The LFW protocol: for each fold, the threshold is chosen on the other folds (best
 * accuracy) and the accuracy measured on the fold. Returns `{ folds: [{ threshold,
 * accuracy }], mean, std }` (mean and sample std over the folds).
 */
export function tenFoldAccuracy(scores, same, fold) {
  const ids = [...new Set(fold)].sort((x, y) => x - y);
  const folds = ids.map((f) => {
    const train = scores.map((_, i) => i).filter((i) => fold[i] !== f);
    const test = scores.map((_, i) => i).filter((i) => fold[i] === f);
    const { threshold } = bestThreshold(
      train.map((i) => scores[i]),
      train.map((i) => same[i]),
    );
    const correct = test.filter((i) => scores[i] > threshold === same[i]).length;
    return { threshold, accuracy: correct / test.length };
  });
  const acc = folds.map((f) => f.accuracy);
  return { folds, mean: mean(acc), std: std(acc) };
}

/** Cosine similarity of two rows of a row-major `[n, d]` matrix. */
function cosine(m, d, i, j) {
  let dot = 0;
  let ni = 0;
  let nj = 0;
  for (let k = 0; k < d; k++) {
    const x = m[i * d + k];
    const y = m[j * d + k];
    dot += x * y;
    ni += x * x;
    nj += y * y;
  }
  return dot / Math.sqrt(ni * nj);
}

/** The cosine similarities of all pairs `i < j` of the rows of a row-major `[n, d]` matrix. */
export function pairCosines(rows, n, d) {
  const out = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) out.push(cosine(rows, d, i, j));
  return out;
}

/** The rows (one per filter) of a channels-last conv kernel `[kh, kw, in, out]` given flat. */
export function convRows(kernel, shape) {
  const out = shape[shape.length - 1];
  const d = kernel.length / out;
  const rows = new Float64Array(out * d);
  for (let k = 0; k < d; k++) for (let f = 0; f < out; f++) rows[f * d + k] = kernel[k * out + f];
  return { rows, n: out, d };
}

/** How many values are strictly above `threshold` (the paper's Fig. 1 statistic, at 0.2). */
export function countAbove(values, threshold = 0.2) {
  return values.reduce((c, v) => c + (v > threshold ? 1 : 0), 0);
}

/** Counts of `values` in `bins` equal bins over `[min, max]` (the last bin closed). */
export function histogram(values, { bins = 20, min = -1, max = 1 } = {}) {
  const counts = new Array(bins).fill(0);
  for (const v of values) {
    if (!(v >= min && v <= max)) continue;
    counts[Math.min(bins - 1, Math.floor(((v - min) / (max - min)) * bins))] += 1;
  }
  return { min, max, counts };
}
