import { niceTicks, num, stepOf, svgDocument, text, tickLabel } from "./svgDocument.js";

/** A vertical reference line drawn over a histogram. */
export interface HistogramMarker {
  /** Position on the x axis. */
  x: number;
  /** Legend text. */
  label: string;
  /** Stroke colour. */
  color: string;
}

/** Options of {@link histogramSvg}. */
export interface HistogramSvgOptions {
  /** The heading. */
  title: string;
  /** A second line under the title. */
  subtitle?: string;
  /** The x-axis label. */
  xLabel: string;
  /** Number of bins (default 30). */
  bins?: number;
  /** Vertical reference lines (for example the minimal and the best-known angle). */
  markers?: readonly HistogramMarker[];
}

const W = 760;
const H = 460;
const PAD = { left: 70, right: 30, top: 80, bottom: 60 };

/**
 * A histogram of `values` as an SVG bar chart, with optional vertical markers. The x range
 * covers the values and the markers.
 *
 * @example
 * ```ts
 * histogramSvg(nearestAnglesDeg(points, n, d), { title: "nearest-neighbour angles", xLabel: "angle (degrees)" });
 * ```
 */
export function histogramSvg(values: ArrayLike<number>, options: HistogramSvgOptions): string {
  const bins = options.bins ?? 30;
  const markers = options.markers ?? [];
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of [...Array.from(values), ...markers.map((m) => m.x)]) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (!Number.isFinite(lo)) {
    lo = 0;
    hi = 1;
  }
  const pad = Math.max((hi - lo) * 0.05, 0.05);
  lo -= pad;
  hi += pad;
  const counts = new Array<number>(bins).fill(0);
  for (const v of Array.from(values)) counts[Math.min(bins - 1, Math.floor(((v - lo) / (hi - lo)) * bins))]++;
  const top = Math.max(1, ...counts);
  const pw = W - PAD.left - PAD.right;
  const ph = H - PAD.top - PAD.bottom;
  const X = (v: number): number => PAD.left + ((v - lo) / (hi - lo)) * pw;
  const Y = (c: number): number => PAD.top + ph - (c / top) * ph;
  const body: string[] = [text(W / 2, 30, options.title, { size: 18, anchor: "middle", weight: "bold" })];
  if (options.subtitle) body.push(text(W / 2, 52, options.subtitle, { size: 12, anchor: "middle", fill: "#555555" }));
  const countTicks = niceTicks(0, top, 5);
  for (const t of countTicks) {
    body.push(`<line x1="${PAD.left}" y1="${num(Y(t))}" x2="${W - PAD.right}" y2="${num(Y(t))}" stroke="#eeeeee"/>`);
    body.push(text(PAD.left - 8, Y(t) + 4, tickLabel(t, stepOf(countTicks)), { size: 11, anchor: "end" }));
  }
  const bw = pw / bins;
  counts.forEach((c, i) => {
    if (c > 0) body.push(`<rect x="${num(PAD.left + i * bw + 0.5)}" y="${num(Y(c))}" width="${num(bw - 1)}" height="${num(Y(0) - Y(c))}" fill="#4a90c2"/>`);
  });
  body.push(`<line x1="${PAD.left}" y1="${PAD.top + ph}" x2="${W - PAD.right}" y2="${PAD.top + ph}" stroke="#333333"/>`);
  body.push(`<line x1="${PAD.left}" y1="${PAD.top}" x2="${PAD.left}" y2="${PAD.top + ph}" stroke="#333333"/>`);
  const xTicks = niceTicks(lo, hi, 8);
  for (const t of xTicks) {
    body.push(`<line x1="${num(X(t))}" y1="${PAD.top + ph}" x2="${num(X(t))}" y2="${PAD.top + ph + 5}" stroke="#333333"/>`);
    body.push(text(X(t), PAD.top + ph + 18, tickLabel(t, stepOf(xTicks)), { size: 11, anchor: "middle" }));
  }
  body.push(text(PAD.left + pw / 2, H - 14, options.xLabel, { size: 13, anchor: "middle" }));
  body.push(text(18, PAD.top + ph / 2, "count", { size: 13, anchor: "middle", rotate: -90 }));
  markers.forEach((m, k) => {
    body.push(`<line x1="${num(X(m.x))}" y1="${PAD.top}" x2="${num(X(m.x))}" y2="${PAD.top + ph}" stroke="${m.color}" stroke-width="2" stroke-dasharray="6 3"/>`);
    body.push(text(W - PAD.right - 6, PAD.top + 16 + 16 * k, m.label, { size: 12, anchor: "end", fill: m.color }));
  });
  return svgDocument(W, H, body, options.title);
}
