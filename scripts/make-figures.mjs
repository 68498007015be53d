#!/usr/bin/env node
// Regenerates the pictures in docs/assets/ with the built `mma` command:
//   docs/assets/tammes-sphere-3x130.svg      130 points in R^3 after --refine (both hemispheres)
//   docs/assets/tammes-histogram-4x600.svg   nearest-neighbour angles of the paper's MMA run, 600 points in R^4
//   docs/assets/gradient-norms.svg           the paper's Fig. 2, from the losses' own gradients
// Build first: pnpm turbo run build --filter=@mmareg/cli...   Then: node scripts/make-figures.mjs
// Deterministic (fixed seeds); takes about a minute.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const mma = fileURLToPath(new URL("../packages/cli/bin/mma.mjs", import.meta.url));
mkdirSync(new URL("../docs/assets", import.meta.url), { recursive: true });

const figures = [
  ["tammes", "--dim", "3", "--points", "130", "--refine", "--seed", "0", "--svg", "docs/assets/tammes-sphere-3x130.svg"],
  ["tammes", "--dim", "4", "--points", "600", "--seed", "0", "--svg", "docs/assets/tammes-histogram-4x600.svg"],
  ["plot", "gradient-norms", "--svg", "docs/assets/gradient-norms.svg"],
];
for (const args of figures) {
  console.log(`mma ${args.join(" ")}`);
  execFileSync(process.execPath, [mma, ...args], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
}
