import { diagonalMask, firstArgMax, floatReduce, square, type OpDef } from "./opDef.js";

/**
 * Row-wise max of a square matrix and its argmax. `ArgMax` with `select_last_index = 0`
 * returns the first (lowest) index among equal maxima, as the contract requires.
 * `exclude` puts -Infinity on the diagonal (a 1 x 1 matrix gives -Infinity at index 0);
 * `negate` puts `-c_ii` there (the published code's `C - 2 diag(diag C)`). (WebGPU forms:
 * see {@link firstArgMax} and {@link floatReduce}.)
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
    const max = floatReduce(g, "ReduceMax", masked, [1], 0, "max");
    return [max, firstArgMax(g, masked, max)];
  },
};
