import { basename } from "node:path";
import type { InspectReport, InspectRow } from "./inspectModel.js";

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const fmt = (v: number | null, digits = 2) => (v === null ? "n/a" : v > 0 && v < 0.01 ? v.toExponential(2) : v.toFixed(digits));

/** Heatmap cosines as bytes: 0..254 map [-1, 1], 255 marks a dead row. */
function heatmapBytes(cos: Float64Array): string {
  const b = new Uint8Array(cos.length);
  for (let i = 0; i < cos.length; i++) {
    const c = cos[i] as number;
    b[i] = Number.isNaN(c) ? 255 : Math.max(0, Math.min(254, Math.round(((c + 1) / 2) * 254)));
  }
  return Buffer.from(b).toString("base64");
}

/** The per-layer chart: minimal and mean nearest angle of each read layer against its optimum. */
function layerChart(rows: readonly InspectRow[]): string {
  const read = rows.filter((r) => r.status === "read" && r.minAngleDeg !== null);
  const W = 960;
  const H = 320;
  const left = 48;
  const bottom = 40;
  const top = 16;
  const top2 = Math.max(90, ...read.map((r) => Math.max(r.optimumDeg ?? 0, r.meanNearestDeg ?? 0)));
  const ymax = Math.ceil(top2 / 15) * 15;
  const step = read.length > 0 ? (W - left - 16) / read.length : 0;
  const y = (v: number) => top + (H - top - bottom) * (1 - v / ymax);
  const parts: string[] = [];
  for (let t = 0; t <= ymax; t += 15) {
    parts.push(`<line x1="${left}" x2="${W - 8}" y1="${y(t)}" y2="${y(t)}" stroke="#e5e5e5"/><text x="${left - 6}" y="${y(t) + 4}" text-anchor="end" font-size="11">${t}°</text>`);
  }
  read.forEach((r, k) => {
    const x = left + step * (k + 0.5);
    const w = Math.max(2, step * 0.7);
    if (r.optimumDeg !== null) {
      parts.push(`<rect class="optimum" x="${x - w / 2}" y="${y(r.optimumDeg)}" width="${w}" height="${H - bottom - y(r.optimumDeg)}" fill="#dbeafe"><title>${esc(r.name)}: optimum ${fmt(r.optimumDeg)}° (${r.optimumKind}, n=${r.live}${r.groups > 1 ? "/group" : ""}, d=${r.d})</title></rect>`);
    }
    parts.push(`<circle class="mean" cx="${x}" cy="${y(r.meanNearestDeg ?? 0)}" r="3.5" fill="#2563eb"><title>${esc(r.name)}: mean nearest ${fmt(r.meanNearestDeg)}°</title></circle>`);
    parts.push(`<circle class="min" cx="${x}" cy="${y(r.minAngleDeg ?? 0)}" r="3.5" fill="#dc2626"><title>${esc(r.name)}: minimal ${fmt(r.minAngleDeg)}°</title></circle>`);
    if (r.deadRows > 0) parts.push(`<text x="${x}" y="${H - bottom + 14}" text-anchor="middle" font-size="10" fill="#b45309">✕${r.deadRows}</text>`);
  });
  parts.push(`<text x="${left}" y="${H - 6}" font-size="11">layers in file order (${read.length}); ✕k: k dead rows</text>`);
  parts.push(
    `<g font-size="11"><rect x="${W - 330}" y="4" width="10" height="10" fill="#dbeafe"/><text x="${W - 316}" y="13">optimum for n, d</text><circle cx="${W - 205}" cy="9" r="4" fill="#2563eb"/><text x="${W - 197}" y="13">mean nearest</text><circle cx="${W - 110}" cy="9" r="4" fill="#dc2626"/><text x="${W - 102}" y="13">minimal angle</text></g>`,
  );
  return `<svg id="layer-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="minimal and mean nearest angle per layer">${parts.join("")}</svg>`;
}

function layerTable(rows: readonly InspectRow[], threshold: number): string {
  const head = ["layer", "kind", "shape", "n", "d", "min angle", "mean NN", "optimum", `|cos|>${threshold}`, "dead rows", "near pairs", "note"];
  const body = rows.map((r, k) => {
    const note =
      r.status !== "read"
        ? `${r.status}: ${r.reason}`
        : [r.groups > 1 ? `${r.groups} groups, ${r.comparison}` : "", r.optimumKind === "simplex bound" ? "optimum: simplex bound" : ""].filter(Boolean).join("; ");
    const cells =
      r.status === "read"
        ? [String(r.n), String(r.d), fmt(r.minAngleDeg), fmt(r.meanNearestDeg), fmt(r.optimumDeg), `${r.pairsAbove}/${r.pairs}`, String(r.deadRows), String(r.nearPairCount)]
        : ["-", "-", "-", "-", "-", "-", "-", "-"];
    return `<tr class="${r.status}" data-layer="${k}"><td>${esc(r.name)}</td><td>${esc(r.kind ?? "")}</td><td>[${r.shape.join(", ")}]</td>${cells.map((c) => `<td class="num">${c}</td>`).join("")}<td>${esc(note)}</td></tr>`;
  });
  return `<table id="layers"><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead><tbody>${body.join("")}</tbody></table>`;
}

function findings(rows: readonly InspectRow[], nearDeg: number): string {
  const items: string[] = [];
  for (const r of rows) {
    if (r.status !== "read") continue;
    if (r.deadRows > 0) {
      items.push(`<li class="dead"><b>${esc(r.name)}</b>: ${r.deadRows} of ${r.n} rows are all zeros: ${r.deadRowIndices.join(", ")}${r.deadRows > r.deadRowIndices.length ? ", …" : ""} (pruning candidates; statistics over the ${r.live} live rows)</li>`);
    }
    if (r.nearPairCount > 0) {
      const pairs = r.nearPairs.slice(0, 20).map((p) => `${p.i}–${p.j} (${fmt(p.angleDeg, 4)}°)`);
      items.push(`<li class="near"><b>${esc(r.name)}</b>: ${r.nearPairCount} pairs closer than ${nearDeg}° over ${r.rowsWithNear} rows: ${pairs.join(", ")}${r.nearPairCount > pairs.length ? ", …" : ""} (near-duplicates: a pruning hint)</li>`);
    }
  }
  return items.length > 0 ? `<ul id="findings">${items.join("")}</ul>` : `<p id="findings">No dead rows and no pairs closer than ${nearDeg}°.</p>`;
}

const SCRIPT = `
const data = JSON.parse(document.getElementById("report-data").textContent);
const NS = "http://www.w3.org/2000/svg";
const el = (name, attrs, parent) => { const e = document.createElementNS(NS, name); for (const k in attrs) e.setAttribute(k, attrs[k]); if (parent) parent.appendChild(e); return e; };
function color(b) {
  if (b === 255) return [160, 160, 160];
  const c = b / 127 - 1; // [-1, 1]
  return c >= 0 ? [255, Math.round(255 * (1 - c)), Math.round(255 * (1 - c))] : [Math.round(255 * (1 + c)), Math.round(255 * (1 + c)), 255];
}
function heatmap(k) {
  const svg = document.getElementById("heatmap");
  svg.replaceChildren();
  const p = data.pictures[k];
  const size = p.heatmapSize;
  const bytes = Uint8Array.from(atob(p.heatmap), (c) => c.charCodeAt(0));
  const canvas = document.createElement("canvas");
  canvas.width = size; canvas.height = size;
  const ctx = canvas.getContext("2d");
  const img = ctx.createImageData(size, size);
  for (let i = 0; i < bytes.length; i++) { const [r, g, b] = color(bytes[i]); img.data.set([r, g, b, 255], 4 * i); }
  ctx.putImageData(img, 0, 0);
  el("image", { href: canvas.toDataURL(), x: 30, y: 10, width: 300, height: 300, preserveAspectRatio: "none", style: "image-rendering: pixelated" }, svg);
  el("rect", { x: 30, y: 10, width: 300, height: 300, fill: "none", stroke: "#888" }, svg);
  const row = data.layers[k];
  el("text", { x: 30, y: 328, "font-size": 12 }, svg).textContent = "cos(θ) of rows 0.." + (size - 1) + (size < row.n ? " (first " + size + " of " + row.n + " rows)" : "") + "; grey: dead row";
  for (let i = 0; i <= 4; i++) { const c = 1 - i / 2; const [r, g, b] = color(Math.round((c + 1) * 127)); el("rect", { x: 340, y: 10 + 60 * i, width: 14, height: 60, fill: "rgb(" + r + "," + g + "," + b + ")" }, svg); el("text", { x: 358, y: 14 + 60 * i + 26, "font-size": 11 }, svg).textContent = (1 - i / 2).toFixed(1); }
}
function histogram(k) {
  const svg = document.getElementById("histogram");
  svg.replaceChildren();
  const counts = data.pictures[k].histogram;
  const max = Math.max(1, ...counts);
  const W = 400, H = 260, x0 = 40, y0 = 230;
  const bw = (W - x0 - 10) / counts.length;
  counts.forEach((c, i) => { const h = (c / max) * (y0 - 20); el("rect", { class: "bar", x: x0 + i * bw, y: y0 - h, width: Math.max(1, bw - 1), height: h, fill: "#2563eb" }, svg).appendChild(document.createElementNS(NS, "title")).textContent = c + " pairs"; });
  el("line", { x1: x0, x2: W - 10, y1: y0, y2: y0, stroke: "#333" }, svg);
  for (const t of [-1, -0.5, 0, 0.5, 1]) el("text", { x: x0 + ((t + 1) / 2) * (W - x0 - 10), y: y0 + 16, "font-size": 11, "text-anchor": "middle" }, svg).textContent = String(t);
  for (const s of [-1, 1]) { const x = x0 + ((s * data.threshold + 1) / 2) * (W - x0 - 10); el("line", { x1: x, x2: x, y1: 20, y2: y0, stroke: "#dc2626", "stroke-dasharray": "4 3" }, svg); }
  el("text", { x: x0, y: 12, "font-size": 12 }, svg).textContent = "cosine of all " + data.layers[k].pairs + " compared pairs (|cos| > " + data.threshold + " dashed)";
}
function show(k) {
  document.getElementById("layer-name").textContent = data.layers[k].name + " (" + (data.layers[k].kind || "") + ", n=" + data.layers[k].n + ", d=" + data.layers[k].d + ")";
  heatmap(k); histogram(k);
}
const select = document.getElementById("layer-select");
data.layers.forEach((l, k) => { if (data.pictures[k]) { const o = document.createElement("option"); o.value = String(k); o.textContent = l.name; select.appendChild(o); } });
select.addEventListener("change", () => show(Number(select.value)));
document.querySelectorAll("#layers tr.read").forEach((tr) => tr.addEventListener("click", () => { select.value = tr.dataset.layer; show(Number(select.value)); }));
// open on the first layer with dead or near-duplicate rows, if any
const first = data.layers.findIndex((l, k) => data.pictures[k] && l.findings > 0);
if (first >= 0) select.value = String(first);
if (select.options.length > 0) show(Number(select.value));
document.body.dataset.ready = "true";
`;

/**
 * One self-contained HTML page (no network: inline CSS, SVG and script) for an inspect
 * report made with pictures: the per-layer chart (minimal and mean nearest angle against
 * the optimum for that n, d), the paper's Fig. 1 view (cosine heatmap of the first rows,
 * and the histogram of all pair cosines) for the layer picked in the page, the table, and
 * the dead and near-duplicate rows of every layer.
 *
 * @example
 * ```ts
 * const report = await inspectModel("model.onnx", { pictures: { bins: 60, heatmapRows: 256 } });
 * writeFileSync("report.html", renderInspectHtml(report));
 * ```
 */
export function renderInspectHtml(report: InspectReport, options: { heatmapRows?: number } = {}): string {
  const pictures = (report.pictures ?? []).map((p) => (p ? { histogram: p.histogram, heatmapSize: p.heatmapSize, heatmap: heatmapBytes(p.heatmap) } : null));
  const layers = report.layers.map((l) => ({ name: l.name, kind: l.kind, n: l.n, d: l.d, pairs: l.pairs, findings: l.deadRows + l.nearPairCount }));
  const json = JSON.stringify({ threshold: report.threshold, layers, pictures }).replace(/</g, "\\u003c");
  const read = report.layers.filter((l) => l.status === "read").length;
  const cap = options.heatmapRows ?? 256;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>mma inspect: ${esc(basename(report.file))}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#111;max-width:1200px}
h1{font-size:20px;margin:0 0 4px}h2{font-size:16px;margin:24px 0 8px}
table{border-collapse:collapse;font-size:12px}td,th{border-bottom:1px solid #ddd;padding:3px 8px;text-align:left}
td.num{text-align:right;font-variant-numeric:tabular-nums}tr.skipped,tr.error{color:#92400e;background:#fffbeb}tr.read{cursor:pointer}tr.read:hover{background:#f1f5f9}
.fig{display:flex;gap:24px;flex-wrap:wrap}li.dead b,li.near b{font-family:monospace}
</style></head><body>
<h1>Angular diversity of ${esc(basename(report.file))}</h1>
<p><code>${esc(report.file)}</code><br>${esc(report.format)}: ${report.layers.length} weights, ${read} measured, ${report.skipped} skipped or unreadable. Angles are exact; dead (all-zero) rows are left out of each layer's statistics.</p>
<h2>Per layer: minimal and mean nearest angle against the optimum for n, d</h2>
${layerChart(report.layers)}
<h2>Fig. 1 view of one layer</h2>
<p><label>Layer: <select id="layer-select"></select></label> <span id="layer-name"></span> — the heatmap shows at most the first ${cap} rows of a layer.</p>
<div class="fig"><svg id="heatmap" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 340" width="400" height="340"></svg><svg id="histogram" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 260" width="400" height="260"></svg></div>
<h2>Dead and near-duplicate rows (pairs closer than ${report.nearDeg}°)</h2>
${findings(report.layers, report.nearDeg)}
<h2>All weights</h2>
${layerTable(report.layers, report.threshold)}
<script type="application/json" id="report-data">${json}</script>
<script>${SCRIPT}</script>
</body></html>
`;
}
