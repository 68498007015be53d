import { readFileSync } from "node:fs";
import { parseNpy } from "../io/npy.js";
import { torchLayout } from "./files.js";
import type { LayerWeight, ModelReader } from "./types.js";
import { readZip } from "./zip.js";

/**
 * NumPy `.npz` archives (`numpy.savez` / `savez_compressed`: a zip of `.npy` files), each
 * array named by its member. Arrays of rank >= 2 are weights in the PyTorch convention
 * (first axis = rows: `[out, in]`, `[out, in, kh, kw]`); pass `--layout` to `mma inspect`
 * for channels-last data. Arrays that are not float32/float64 get a skipped row.
 */
export const npzReader: ModelReader = {
  format: "NumPy archive (.npz)",
  matches: ({ file, head }) => file.toLowerCase().endsWith(".npz") || (head[0] === 0x50 && head[1] === 0x4b && head[2] === 3 && head[3] === 4),
  async read({ file }) {
    const out: LayerWeight[] = [];
    for (const entry of readZip(readFileSync(file), file)) {
      const name = entry.name.replace(/\.npy$/, "");
      let arr;
      try {
        arr = parseNpy(entry.read(), `${file}:${entry.name}`);
      } catch (e) {
        out.push({ name, data: new Float32Array(0), shape: [], layout: "rows", skipped: (e as Error).message.replace(`${file}:${entry.name}: `, "").replace(`${file}: `, "") });
        continue;
      }
      if (arr.shape.filter((s) => s > 1).length < 2 && arr.shape.length < 2) continue;
      const t = torchLayout(name, arr.shape);
      out.push({ name, data: arr.data, shape: arr.shape, layout: t.layout, kind: t.kind, ...(t.skipped ? { skipped: t.skipped } : {}) });
    }
    return out;
  },
};
