import { niceTicks, num, stepOf, svgDocument, text, tickLabel } from "./svgDocument.js";

/** One line of a {@link lineChartSvg}. */
export interface LineSeries {
  /** Legend text. */
  label: string;
  /** Stroke colour. */
  color: string;
  /** The y value at each x (same length as the chart's `x`); non-finite or, on a log axis, non-positive values break the line. */
  y: ArrayLike<number>;
  /** Dash pattern, for example "6 3". */
  dash?: string;
}

/** Options of {@link lineChartSvg}. */
export interface LineChartOptions {
  /** The heading. */
  title: string;
  /** A second line under the title. */
  subtitle?: string;
  /** Axis labels. */
  xLabel: string;
  yLabel: string;
  /** Logarithmic y axis (default `false`). */
  logY?: boolean;
  /** The y range shown; values outside are clipped (default: the data's range). */
  yRange?: readonly [number, number];
  /** Tick positions of the x axis (default: round numbers). */
  xTicks?: readonly number[];
}

const W = 820;
const H = 520;
const PAD = { left: 80, right: 200, top: 80, bottom: 60 };

/**
 * Several lines over a shared x axis as an SVG, with a legend on the right and an optional
 * log y axis (decades labelled 10^k).
 *
 * @example
 * ```ts
 * lineChartSvg(thetaDeg, [{ label: "MMA", color: "#d62728", y: mmaNorms }], { title: "Fig. 2", xLabel: "angle", yLabel: "|grad|", logY: true });
 * ```
 */
export function lineChartSvg(x: ArrayLike<number>, series: readonly LineSeries[], options: LineChartOptions): string {
  const logY = options.logY ?? false;
  const f = (v: number): number => (logY ? Math.log10(v) : v);
  const ok = (v: number): boolean => Number.isFinite(v) && (!logY || v > 0);
  let [y0, y1] = options.yRange ? [f(options.yRange[0]), f(options.yRange[1])] : [Infinity, -Infinity];
  if (!options.yRange) {
    for (const s of series) for (const v of Array.from(s.y)) if (ok(v)) [y0, y1] = [Math.min(y0, f(v)), Math.max(y1, f(v))];
    if (logY) [y0, y1] = [Math.floor(y0), Math.ceil(y1)];
  }
  if (!(y1 > y0)) [y0, y1] = [y0 - 1, y0 + 1];
  const xs = Array.from(x);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const pw = W - PAD.left - PAD.right;
  const ph = H - PAD.top - PAD.bottom;
  const X = (v: number): number => PAD.left + ((v - x0) / (x1 - x0 || 1)) * pw;
  const Y = (v: number): number => PAD.top + ph - ((f(v) - y0) / (y1 - y0)) * ph;
  const body: string[] = [text((W - PAD.right + PAD.left) / 2, 30, options.title, { size: 18, anchor: "middle", weight: "bold" })];
  if (options.subtitle) body.push(text((W - PAD.right + PAD.left) / 2, 52, options.subtitle, { size: 12, anchor: "middle", fill: "#555555" }));
  const yTicks = logY ? rangeInt(Math.ceil(y0), Math.floor(y1)).map((k) => 10 ** k) : niceTicks(y0, y1, 6);
  for (const t of yTicks) {
    body.push(`<line x1="${PAD.left}" y1="${num(Y(t))}" x2="${W - PAD.right}" y2="${num(Y(t))}" stroke="#eeeeee"/>`);
    body.push(text(PAD.left - 8, Y(t) + 4, logY ? `1e${Math.round(Math.log10(t))}` : tickLabel(t, stepOf(yTicks)), { size: 11, anchor: "end" }));
  }
  const xTicks = options.xTicks ?? niceTicks(x0, x1, 8);
  for (const t of xTicks) {
    body.push(`<line x1="${num(X(t))}" y1="${PAD.top + ph}" x2="${num(X(t))}" y2="${PAD.top + ph + 5}" stroke="#333333"/>`);
    body.push(text(X(t), PAD.top + ph + 18, tickLabel(t, stepOf(xTicks)), { size: 11, anchor: "middle" }));
  }
  body.push(`<rect x="${PAD.left}" y="${PAD.top}" width="${pw}" height="${ph}" fill="none" stroke="#333333"/>`);
  body.push(`<defs><clipPath id="plot"><rect x="${PAD.left}" y="${PAD.top}" width="${pw}" height="${ph}"/></clipPath></defs>`);
  for (const s of series) {
    const parts: string[] = [];
    let open = false;
    xs.forEach((xv, i) => {
      const v = s.y[i] as number;
      if (!ok(v)) {
        open = false;
        return;
      }
      parts.push(`${open ? "L" : "M"}${num(X(xv))} ${num(Y(v))}`);
      open = true;
    });
    const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : "";
    body.push(`<path d="${parts.join(" ")}" fill="none" stroke="${s.color}" stroke-width="2.2"${dash} clip-path="url(#plot)"/>`);
  }
  series.forEach((s, k) => {
    const ly = PAD.top + 14 + 24 * k;
    const lx = W - PAD.right + 16;
    const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : "";
    body.push(`<line x1="${lx}" y1="${ly}" x2="${lx + 28}" y2="${ly}" stroke="${s.color}" stroke-width="2.5"${dash}/>`);
    body.push(text(lx + 36, ly + 4, s.label, { size: 12 }));
  });
  body.push(text(PAD.left + pw / 2, H - 14, options.xLabel, { size: 13, anchor: "middle" }));
  body.push(text(20, PAD.top + ph / 2, options.yLabel, { size: 13, anchor: "middle", rotate: -90 }));
  return svgDocument(W, H, body, options.title);
}

function rangeInt(a: number, b: number): number[] {
  const out: number[] = [];
  for (let k = a; k <= b; k++) out.push(k);
  return out;
}
