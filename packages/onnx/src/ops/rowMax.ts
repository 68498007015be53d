import { diagonalMask, square, type OpDef } from "./opDef.js";

/**
 * Row-wise max of a square matrix and its argmax. `ArgMax` with `select_last_index = 0`
 * returns the first (lowest) index among equal maxima, as the contract requires.
 * `exclude` puts -Infinity on the diagonal (a 1 x 1 matrix gives -Infinity at index 0);
 * `negate` puts `-c_ii` there (the published code's `C - 2 diag(diag C)`).
 */
export const rowMax: OpDef = {
  infer([c]) {
    const n = square(c!, "rowMax");
    return [
      { shape: [n], kind: "float" },
      { shape: [n], kind: "index" },
    ];
  },
  lower(g, [c], { rule }) {
    const diag = diagonalMask(g, c!.name);
    const replacement = rule === "exclude" ? g.f32(-Infinity) : g.op("Neg", [c!.name], {}, "negated");
    const masked = g.op("Where", [diag, replacement, c!.name], {}, "candidates");
    return [
      g.op("ReduceMax", [masked], { axes: [1], keepdims: 0 }, "max"),
      g.op("ArgMax", [masked], { axis: 1, keepdims: 0, select_last_index: 0 }, "argmax"),
    ];
  },
};
