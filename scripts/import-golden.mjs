#!/usr/bin/env node
// Split the PyTorch golden vectors (shared/data/golden-vectors.json) into the
// conformance package's per-loss files. Run again whenever the source file changes:
//   node scripts/import-golden.mjs [path/to/golden-vectors.json]
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const src = process.argv[2] ?? resolve(root, "../shared/data/golden-vectors.json");
const out = join(root, "packages/conformance/golden");
const g = JSON.parse(readFileSync(src, "utf8"));

// golden key -> [file name, options of our API that reproduce it]
const LOSSES = {
  mma: ["mma", { loss: "mma", mode: "reference" }],
  cos: ["cosine", { loss: "cosine", mode: "reference" }],
  rf: ["mhe-s2", { loss: "mhe", s: 2, mode: "reference" }],
  log: ["mhe-s0", { loss: "mhe", s: 0, mode: "reference" }],
  orth: ["orthogonal", { loss: "orthogonal", mode: "reference" }],
};

const cases = g.cases.map((c) => {
  const { results, ...rest } = c;
  return rest;
});
writeFileSync(
  join(out, "cases.json"),
  JSON.stringify({ format: g.format, generated_by: g.generated_by, generator: g.generator, conventions: g.conventions, cases }) + "\n",
);
for (const [key, [file, options]] of Object.entries(LOSSES)) {
  const results = {};
  for (const c of g.cases) {
    const r = c.results[key];
    results[c.name] = {
      conformance: r.conformance,
      loss: r.loss,
      grad: r.grad,
      grad_max_abs: r.grad_max_abs,
      float32: { loss: r.float32.loss, grad_max_abs_diff_vs_float64: r.float32.grad_max_abs_diff_vs_float64 },
    };
  }
  writeFileSync(join(out, `${file}.json`), JSON.stringify({ loss: file, golden_key: key, options, results }) + "\n");
}
console.log(`wrote ${Object.keys(LOSSES).length} loss files and cases.json (${cases.length} cases) to ${out}`);
