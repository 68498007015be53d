import { num, svgDocument, text } from "./svgDocument.js";

/** Options of {@link sphereSvg}. */
export interface SphereSvgOptions {
  /** The heading; default "n points on the unit sphere in R^3". */
  title?: string;
  /** A second line under the title. */
  subtitle?: string;
  /** Row indices of a pair to draw in red (the closest pair). */
  highlight?: readonly [number, number] | null;
  /**
   * Draw every point's spherical cap of this angular radius in degrees (half the minimal
   * angle shows the packing: caps touch but never overlap). Default: none.
   */
  capRadiusDeg?: number;
}

const R = 200;
const CENTERS = [
  [240, 300],
  [680, 300],
] as const;

/**
 * Points on the unit sphere in R^3 as an SVG: orthographic views of both hemispheres side
 * by side, the upper one (z >= 0) seen from +z and the lower one (z < 0) seen from -z
 * (so its x axis is mirrored, as when you turn the globe over). Each point is drawn in the
 * hemisphere that holds it; optional caps of a given angular radius show the packing.
 *
 * @param points - `[n, 3]` row-major unit vectors.
 * @example
 * ```ts
 * writeFileSync("sphere.svg", sphereSvg(r.points, r.n, { highlight: r.closestPair, capRadiusDeg: r.minAngleDeg / 2 }));
 * ```
 */
export function sphereSvg(points: ArrayLike<number>, n: number, options: SphereSvgOptions = {}): string {
  const title = options.title ?? `${n} points on the unit sphere in R^3`;
  const hi = new Set(options.highlight ?? []);
  const body: string[] = [
    text(460, 32, title, { size: 20, anchor: "middle", weight: "bold" }),
    ...(options.subtitle ? [text(460, 56, options.subtitle, { size: 13, anchor: "middle", fill: "#555555" })] : []),
    `<defs>${CENTERS.map(([cx, cy], h) => `<clipPath id="disk${h}"><circle cx="${cx}" cy="${cy}" r="${R}"/></clipPath>`).join("")}</defs>`,
  ];
  const screen: [number, number, number][] = [];
  for (let i = 0; i < n; i++) {
    const x = points[3 * i] as number;
    const y = points[3 * i + 1] as number;
    const z = points[3 * i + 2] as number;
    const h = z >= 0 ? 0 : 1;
    screen.push([h, h === 0 ? x : -x, -y]);
  }
  for (let h = 0; h < 2; h++) {
    const [cx, cy] = CENTERS[h] as readonly [number, number];
    body.push(`<circle cx="${cx}" cy="${cy}" r="${R}" fill="#f4f7fb" stroke="#333333" stroke-width="1.5"/>`);
    for (const lat of [30, 60]) {
      body.push(`<circle cx="${cx}" cy="${cy}" r="${num(R * Math.cos((lat * Math.PI) / 180))}" fill="none" stroke="#cccccc" stroke-dasharray="4 4"/>`);
    }
    const label = h === 0 ? "upper hemisphere (z \u2265 0), seen from +z" : "lower hemisphere (z < 0), seen from \u2212z";
    body.push(text(cx, cy + R + 28, label, { size: 13, anchor: "middle", fill: "#444444" }));
    const caps: string[] = [];
    const dots: string[] = [];
    for (let i = 0; i < n; i++) {
      const [hi_, sx, sy] = screen[i] as [number, number, number];
      if (hi_ !== h) continue;
      if (options.capRadiusDeg !== undefined) caps.push(capEllipse(cx, cy, sx, sy, (options.capRadiusDeg * Math.PI) / 180));
      const red = hi.has(i);
      dots.push(`<circle cx="${num(cx + R * sx)}" cy="${num(cy + R * sy)}" r="${red ? 4.5 : 2.8}" fill="${red ? "#d62728" : "#1f4e79"}"><title>point ${i}</title></circle>`);
    }
    if (caps.length > 0) body.push(`<g clip-path="url(#disk${h})" fill="#9ecae1" fill-opacity="0.35" stroke="#4a90c2" stroke-width="0.8">${caps.join("")}</g>`);
    const pair = options.highlight;
    if (pair && (screen[pair[0]]?.[0] ?? -1) === h && (screen[pair[1]]?.[0] ?? -1) === h) {
      const [, ax, ay] = screen[pair[0]] as [number, number, number];
      const [, bx, by] = screen[pair[1]] as [number, number, number];
      body.push(`<line x1="${num(cx + R * ax)}" y1="${num(cy + R * ay)}" x2="${num(cx + R * bx)}" y2="${num(cy + R * by)}" stroke="#d62728" stroke-width="2"/>`);
    }
    body.push(...dots);
  }
  if (options.highlight) {
    body.push(text(460, 2 * R + 160, `red: the closest pair (points ${options.highlight[0]} and ${options.highlight[1]})`, { size: 13, anchor: "middle", fill: "#d62728" }));
  }
  return svgDocument(920, 2 * R + 180, body, title);
}

/**
 * The orthographic image of the cap of angular radius `r` around the unit vector whose
 * view-plane coordinates are `(sx, sy)`: an ellipse centred at `cos(r) (sx, sy)` with
 * semi-axes `sin r` across and `sin r |p_z|` along the radial direction.
 */
function capEllipse(cx: number, cy: number, sx: number, sy: number, r: number): string {
  const pz = Math.sqrt(Math.max(0, 1 - sx * sx - sy * sy));
  const ex = cx + R * Math.cos(r) * sx;
  const ey = cy + R * Math.cos(r) * sy;
  const angle = (Math.atan2(sy, sx) * 180) / Math.PI;
  return `<ellipse cx="${num(ex)}" cy="${num(ey)}" rx="${num(R * Math.sin(r) * pz)}" ry="${num(R * Math.sin(r))}" transform="rotate(${num(angle)} ${num(ex)} ${num(ey)})"/>`;
}
