#!/usr/bin/env node
// Writes the site's generated pictures to public/generated/ (gitignored), from the
// repository's own code and committed data, nothing fetched:
//   hero-sphere.svg      the home page's picture: the Tammes problem for 40 points on the
//                        sphere, solved here by @mmareg/core on @mmareg/cpu (seed 1), drawn
//                        as a shaded globe with each point's cap of half the minimal angle
//   fig1/3/4-*.svg       the paper-experiments figures, rendered by that example's own
//                        report code from its committed results/summary.json (the data
//                        behind the tables the results page includes)
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { solveTammes } from "@mmareg/core";
import { createCpuBackend } from "@mmareg/cpu";
import { renderFigures } from "../../examples/paper-experiments/src/report.mjs";

const out = new URL("../public/generated/", import.meta.url);
mkdirSync(out, { recursive: true });

// --- the paper-experiments figures -----------------------------------------------------
const summary = JSON.parse(readFileSync(new URL("../../examples/paper-experiments/results/summary.json", import.meta.url), "utf8"));
const figures = renderFigures(summary);
for (const [name, svg] of Object.entries(figures)) writeFileSync(new URL(name, out), svg);

// --- the hero sphere -------------------------------------------------------------------
const N = 40;
const result = await solveTammes({ dim: 3, points: N, backend: createCpuBackend(), seed: 1, iterations: 3000, refine: true });
writeFileSync(new URL("hero-sphere.svg", out), heroSphere(result.points, N, result.minAngleDeg));
console.log(`wrote public/generated/ (${Object.keys(figures).length} result figures; hero: ${N} points, minimal angle ${result.minAngleDeg.toFixed(2)}°, best known ${result.bestKnownDeg}°)`);

/**
 * Unit vectors in R^3 as a globe seen from a tilted view: the near side's caps (angular
 * radius half the minimal angle, so neighbours' caps touch) in the brand colour, the far
 * side's faint, and the nearest-neighbour links of the near side as chords.
 */
function heroSphere(points, n, minAngleDeg) {
  const size = 400;
  const c = size / 2;
  const R = 180;
  // view: rotate about x by 25 degrees, then about y by 20 degrees
  const rot = (p) => {
    const [ax, ay] = [(25 * Math.PI) / 180, (20 * Math.PI) / 180];
    const y1 = p[1] * Math.cos(ax) - p[2] * Math.sin(ax);
    const z1 = p[1] * Math.sin(ax) + p[2] * Math.cos(ax);
    const x2 = p[0] * Math.cos(ay) + z1 * Math.sin(ay);
    const z2 = -p[0] * Math.sin(ay) + z1 * Math.cos(ay);
    return [x2, y1, z2];
  };
  const v = Array.from({ length: n }, (_, i) => rot([points[3 * i], points[3 * i + 1], points[3 * i + 2]]));
  const f = (x) => x.toFixed(2);
  const cap = (minAngleDeg * Math.PI) / 360;
  const parts = [];
  // far side first (faint), then the links and the near side
  const order = v.map((p, i) => i).sort((a, b) => v[a][2] - v[b][2]);
  const links = [];
  const limit = Math.cos(((minAngleDeg * 1.12) * Math.PI) / 180);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const dot = v[i][0] * v[j][0] + v[i][1] * v[j][1] + v[i][2] * v[j][2];
      if (dot >= limit && v[i][2] > 0 && v[j][2] > 0) links.push(`<line x1="${f(c + R * v[i][0])}" y1="${f(c - R * v[i][1])}" x2="${f(c + R * v[j][0])}" y2="${f(c - R * v[j][1])}"/>`);
    }
  for (const i of order) {
    const [x, y, z] = v[i];
    // the cap's outline projects to an ellipse: radius sin(cap) across, sin(cap)|z| along the radial direction
    const cx = c + R * Math.cos(cap) * x;
    const cy = c - R * Math.cos(cap) * y;
    const angle = (Math.atan2(-y, x) * 180) / Math.PI;
    const front = z >= 0;
    const rx = R * Math.sin(cap) * Math.max(Math.abs(z), 0.02);
    const ry = R * Math.sin(cap);
    parts.push(
      `<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(rx)}" ry="${f(ry)}" transform="rotate(${f(angle)} ${f(cx)} ${f(cy)})" class="${front ? "near" : "far"}"/>`,
      front ? `<circle cx="${f(c + R * x)}" cy="${f(c - R * y)}" r="3.2" class="dot"/>` : "",
    );
    if (front && i === order.find((k) => v[k][2] >= 0)) parts.push(`<g class="links">${links.join("")}</g>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}" role="img">
<title>${n} points on the sphere spread by MMA: minimal angle ${minAngleDeg.toFixed(2)}°</title>
<style>
.globe{fill:url(#shade);stroke:#3451b2;stroke-opacity:.35;stroke-width:1.5}
.far{fill:#5672cd;fill-opacity:.10;stroke:#5672cd;stroke-opacity:.25}
.near{fill:#5672cd;fill-opacity:.30;stroke:#3451b2;stroke-width:1.2}
.dot{fill:#213a8f}
.links line{stroke:#213a8f;stroke-opacity:.45;stroke-width:1}
</style>
<defs><radialGradient id="shade" cx="38%" cy="32%" r="75%"><stop offset="0" stop-color="#ffffff" stop-opacity=".9"/><stop offset="1" stop-color="#a8b8ec" stop-opacity=".55"/></radialGradient></defs>
<circle cx="${c}" cy="${c}" r="${R}" class="globe"/>
${parts.filter(Boolean).join("\n")}
</svg>
`;
}
