/**
 * Hand-written SVG for the suite's figures (no plotting dependency): a row of histogram
 * panels (Fig. 1) and a categorical line chart with error bars (Figs. 3 and 4).
 */

/** Escape text for XML. */
export function esc(text) {
  return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const fmt = (v) => (Math.round(v * 100) / 100).toString();
const FONT = 'font-family="Helvetica, Arial, sans-serif"';
const COLORS = ["#4c72b0", "#dd8452", "#55a868", "#c44e52", "#8172b3", "#937860"];

function svg(width, height, title, body) {
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">`,
    `<title>${esc(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${width / 2}" y="22" text-anchor="middle" font-size="15" ${FONT}>${esc(title)}</text>`,
    ...body,
    `</svg>`,
    "",
  ].join("\n");
}

/** "Nice" axis ticks covering [lo, hi]. */
export function ticks(lo, hi, count = 5) {
  const span = hi - lo || 1;
  const raw = span / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => span / s <= count) ?? 10 * mag;
  const out = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9 * span; v += step) out.push(Math.round(v / step) * step);
  return out;
}

/**
 * Histogram panels side by side, sharing the y axis. Each panel: `{ title, counts, note }`
 * over the common `[min, max]`; a dashed line marks `threshold`.
 */
export function histogramPanels({ title, panels, min, max, threshold, xLabel, yLabel }) {
  const pw = 230;
  const ph = 170;
  const left = 50;
  const top = 60;
  const gap = 30;
  const width = left + panels.length * (pw + gap) + 10;
  const height = top + ph + 70;
  const yMax = Math.max(1, ...panels.flatMap((p) => p.counts));
  const yTicks = ticks(0, yMax, 4);
  const yTop = Math.max(yMax, yTicks[yTicks.length - 1]);
  const body = [];
  panels.forEach((p, k) => {
    const x0 = left + k * (pw + gap);
    const sx = (v) => x0 + ((v - min) / (max - min)) * pw;
    const sy = (v) => top + ph - (v / yTop) * ph;
    body.push(`<g class="panel">`);
    body.push(`<text x="${x0 + pw / 2}" y="${top - 22}" text-anchor="middle" font-size="13" font-weight="bold" ${FONT}>${esc(p.title)}</text>`);
    body.push(`<text x="${x0 + pw / 2}" y="${top - 7}" text-anchor="middle" font-size="11" fill="#c44e52" ${FONT}>${esc(p.note)}</text>`);
    const bw = pw / p.counts.length;
    p.counts.forEach((c, i) => {
      if (c <= 0) return;
      const lo = min + ((max - min) * i) / p.counts.length;
      const fill = lo >= threshold - 1e-12 ? "#c44e52" : COLORS[0];
      body.push(`<rect class="bar" x="${fmt(x0 + i * bw + 0.5)}" y="${fmt(sy(c))}" width="${fmt(bw - 1)}" height="${fmt(sy(0) - sy(c))}" fill="${fill}"><title>[${fmt(lo)}, ${fmt(lo + (max - min) / p.counts.length)}): ${fmt(c)}</title></rect>`);
    });
    body.push(`<line x1="${x0}" y1="${top + ph}" x2="${x0 + pw}" y2="${top + ph}" stroke="#333"/>`);
    body.push(`<line x1="${x0}" y1="${top}" x2="${x0}" y2="${top + ph}" stroke="#333"/>`);
    body.push(`<line x1="${fmt(sx(threshold))}" y1="${top}" x2="${fmt(sx(threshold))}" y2="${top + ph}" stroke="#c44e52" stroke-dasharray="4 3"/>`);
    for (const v of ticks(min, max, 4)) {
      body.push(`<text x="${fmt(sx(v))}" y="${top + ph + 15}" text-anchor="middle" font-size="10" ${FONT}>${fmt(v)}</text>`);
    }
    for (const v of yTicks) {
      body.push(`<text x="${x0 - 4}" y="${fmt(sy(v) + 3)}" text-anchor="end" font-size="10" ${FONT}>${fmt(v)}</text>`);
    }
    body.push(`</g>`);
  });
  body.push(`<text x="${width / 2}" y="${top + ph + 35}" text-anchor="middle" font-size="12" ${FONT}>${esc(xLabel)}</text>`);
  body.push(`<text x="14" y="${top + ph / 2}" text-anchor="middle" font-size="12" transform="rotate(-90 14 ${top + ph / 2})" ${FONT}>${esc(yLabel)}</text>`);
  return svg(width, height, title, body);
}

/**
 * A categorical line chart with ±std error bars: `series: [{ name, means, stds }]` over
 * the `xLabels`; `reference` (optional) draws a dashed horizontal line (the baseline).
 */
export function lineChart({ title, xLabels, series, xLabel, yLabel, reference }) {
  const left = 70;
  const top = 45;
  const pw = 520;
  const ph = 280;
  const width = left + pw + 170;
  const height = top + ph + 60;
  const all = series.flatMap((s) => s.means.flatMap((m, i) => [m - (s.stds[i] || 0), m + (s.stds[i] || 0)])).filter(Number.isFinite);
  if (reference !== undefined) all.push(reference.value);
  let lo = Math.min(...all);
  let hi = Math.max(...all);
  const pad = (hi - lo) * 0.1 || 0.5;
  lo -= pad;
  hi += pad;
  const sx = (i) => left + ((i + 0.5) / xLabels.length) * pw;
  const sy = (v) => top + ph - ((v - lo) / (hi - lo)) * ph;
  const body = [];
  body.push(`<line x1="${left}" y1="${top + ph}" x2="${left + pw}" y2="${top + ph}" stroke="#333"/>`);
  body.push(`<line x1="${left}" y1="${top}" x2="${left}" y2="${top + ph}" stroke="#333"/>`);
  for (const v of ticks(lo, hi, 6)) {
    body.push(`<line x1="${left}" y1="${fmt(sy(v))}" x2="${left + pw}" y2="${fmt(sy(v))}" stroke="#eee"/>`);
    body.push(`<text x="${left - 6}" y="${fmt(sy(v) + 4)}" text-anchor="end" font-size="11" ${FONT}>${fmt(v)}</text>`);
  }
  xLabels.forEach((l, i) => body.push(`<text x="${fmt(sx(i))}" y="${top + ph + 18}" text-anchor="middle" font-size="11" ${FONT}>${esc(l)}</text>`));
  if (reference !== undefined) {
    body.push(`<line class="reference" x1="${left}" y1="${fmt(sy(reference.value))}" x2="${left + pw}" y2="${fmt(sy(reference.value))}" stroke="#777" stroke-dasharray="5 4"/>`);
    body.push(`<text x="${left + pw + 8}" y="${fmt(sy(reference.value) + 4)}" font-size="11" fill="#777" ${FONT}>${esc(reference.name)}</text>`);
  }
  series.forEach((s, k) => {
    const color = COLORS[k % COLORS.length];
    const pts = s.means.map((m, i) => [sx(i), sy(m)]);
    body.push(`<g class="series">`);
    body.push(`<polyline fill="none" stroke="${color}" stroke-width="2" points="${pts.map(([x, y]) => `${fmt(x)},${fmt(y)}`).join(" ")}"/>`);
    s.means.forEach((m, i) => {
      const sd = s.stds[i] || 0;
      const x = sx(i);
      body.push(`<line class="errorbar" x1="${fmt(x)}" y1="${fmt(sy(m - sd))}" x2="${fmt(x)}" y2="${fmt(sy(m + sd))}" stroke="${color}"/>`);
      body.push(`<line x1="${fmt(x - 5)}" y1="${fmt(sy(m - sd))}" x2="${fmt(x + 5)}" y2="${fmt(sy(m - sd))}" stroke="${color}"/>`);
      body.push(`<line x1="${fmt(x - 5)}" y1="${fmt(sy(m + sd))}" x2="${fmt(x + 5)}" y2="${fmt(sy(m + sd))}" stroke="${color}"/>`);
      body.push(`<circle class="point" cx="${fmt(x)}" cy="${fmt(sy(m))}" r="4" fill="${color}"><title>${esc(`${s.name}, ${xLabels[i]}: ${fmt(m)} ± ${fmt(sd)}`)}</title></circle>`);
    });
    body.push(`<rect x="${left + pw + 10}" y="${top + 10 + k * 20}" width="12" height="12" fill="${color}"/>`);
    body.push(`<text x="${left + pw + 28}" y="${top + 20 + k * 20}" font-size="12" ${FONT}>${esc(s.name)}</text>`);
    body.push(`</g>`);
  });
  body.push(`<text x="${left + pw / 2}" y="${top + ph + 42}" text-anchor="middle" font-size="12" ${FONT}>${esc(xLabel)}</text>`);
  body.push(`<text x="18" y="${top + ph / 2}" text-anchor="middle" font-size="12" transform="rotate(-90 18 ${top + ph / 2})" ${FONT}>${esc(yLabel)}</text>`);
  return svg(width, height, title, body);
}
