import { basename } from "node:path";
import { readNpyFile } from "../io/npy.js";
import { torchLayout } from "./files.js";
import type { ModelReader } from "./types.js";

/**
 * A single NumPy `.npy` array (float32/float64, C order) as one weight, first axis = rows
 * (`[out, in]`, `[out, in, kh, kw]`); `--layout` overrides.
 */
export const npyReader: ModelReader = {
  format: "NumPy array (.npy)",
  matches: ({ file, head }) => file.toLowerCase().endsWith(".npy") || (head[0] === 0x93 && head[1] === 0x4e && head[2] === 0x55),
  async read({ file }) {
    const arr = readNpyFile(file);
    const name = basename(file).replace(/\.npy$/i, "");
    const t = torchLayout(name, arr.shape);
    return [{ name, data: arr.data, shape: arr.shape, layout: arr.shape.length < 2 ? "rows" : t.layout, kind: t.kind }];
  },
};
