#!/usr/bin/env node
// Writes the sample weights used by the README's first command and by the CLI tests:
//   examples/data/sample-conv.json  a [16, 3, 3, 3] conv weight (PyTorch layout), with
//                                   filters 5 and 11 nearly parallel (0.6 degrees apart)
//   examples/data/sample-conv.npy   the same weight as float32 .npy
// Deterministic: mulberry32 + normal12 from @mmareg/core, seed 2024.
import { writeFileSync } from "node:fs";
import { normal12Matrix } from "@mmareg/core/internal";
import { encodeNpy } from "@mmareg/cli";

const [out, inC, kh, kw] = [16, 3, 3, 3];
const d = inC * kh * kw;
const w = normal12Matrix(out, d, 2024);
for (let k = 0; k < d; k++) w[11 * d + k] = w[5 * d + k] + 0.01 * w[0 * d + k];
const round = (x) => Math.round(x * 1e6) / 1e6;
writeFileSync(
  "examples/data/sample-conv.json",
  JSON.stringify({ shape: [out, inC, kh, kw], data: Array.from(w, round) }) + "\n",
);
writeFileSync("examples/data/sample-conv.npy", encodeNpy(Float32Array.from(w, round), [out, inC, kh, kw]));
console.log("wrote examples/data/sample-conv.json and .npy");
