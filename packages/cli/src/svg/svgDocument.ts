/**
 * The few pieces every hand-written SVG of the CLI shares: escaping, compact numbers, a
 * document wrapper with a white background and a readable font, and axis ticks.
 *
 * @module
 */

/** Escape text for SVG content and attribute values. */
export function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A coordinate with at most two decimals (small files, no exponent notation). */
export function num(x: number): string {
  const r = Math.round(x * 100) / 100;
  return Object.is(r, -0) ? "0" : String(r);
}

/** A complete SVG document of `width x height` pixels around `body`. */
export function svgDocument(width: number, height: number, body: string[], title: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif">`,
    `<title>${esc(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...body,
    "</svg>",
    "",
  ].join("\n");
}

/** A text element; `anchor` is the SVG `text-anchor`. */
export function text(x: number, y: number, content: string, options: { size?: number; anchor?: "start" | "middle" | "end"; fill?: string; weight?: string; rotate?: number } = {}): string {
  const { size = 12, anchor = "start", fill = "#222222", weight, rotate } = options;
  const extra = (weight ? ` font-weight="${weight}"` : "") + (rotate ? ` transform="rotate(${rotate} ${num(x)} ${num(y)})"` : "");
  return `<text x="${num(x)}" y="${num(y)}" font-size="${size}" text-anchor="${anchor}" fill="${fill}"${extra}>${esc(content)}</text>`;
}

/** About `count` round tick values covering `[lo, hi]` (steps of 1, 2 or 5 times a power of ten). */
export function niceTicks(lo: number, hi: number, count = 6): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / Math.max(1, count);
  const p = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw) ?? 10 * p;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Math.round(v / step) * step);
  return out;
}

/** A tick label with as many decimals as the tick spacing `step` needs. */
export function tickLabel(v: number, step = 1): string {
  const decimals = Math.max(0, Math.min(10, -Math.floor(Math.log10(step) + 1e-9)));
  return v.toFixed(decimals);
}

/** The spacing of evenly spaced ticks (1 for fewer than two). */
export function stepOf(ticks: readonly number[]): number {
  return ticks.length > 1 ? Math.abs((ticks[1] as number) - (ticks[0] as number)) : 1;
}
