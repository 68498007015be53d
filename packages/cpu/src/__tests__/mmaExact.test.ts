import { describe, expect, it } from "vitest";
import { computeLoss, lossForPairs, withoutFused, type Backend, type Dtype } from "@mmareg/core";
import { normal12Matrix } from "@mmareg/core/internal";
import { createCpuBackend } from "../index.js";
import type { CpuTensor } from "../tensor.js";

/** The backend with every op's results counted when they hold `size` elements. */
function countResults(b: Backend<CpuTensor>, size: number): { backend: Backend<CpuTensor>; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const see = (op: string, x: unknown): void => {
    if (x instanceof Object && "shape" in x && "data" in x && (x as CpuTensor).size === size) calls.set(op, (calls.get(op) ?? 0) + 1);
  };
  const backend = new Proxy(b, {
    get(target, key, receiver) {
      const v = Reflect.get(target, key, receiver) as unknown;
      if (typeof v !== "function" || key === "tensor" || key === "shape" || typeof key !== "string") return v;
      return (...args: unknown[]) => {
        const r = (v as (...a: unknown[]) => unknown).apply(target, args);
        if (r instanceof Object && !("data" in r)) for (const t of Object.values(r)) see(key, t);
        else see(key, r);
        return r;
      };
    },
  });
  return { backend, calls };
}

describe("cpu mmaExact (fused exact MMA loss)", () => {
  for (const dtype of ["float64", "float32"] as Dtype[]) {
    it(`${dtype}: equals the composed path bit for bit (searched and given partners, a self pair, a tie)`, () => {
      const b = createCpuBackend({ dtype });
      const n = 75; // more than one 64-row block
      const d = 11;
      const data = normal12Matrix(n, d, 9);
      // rows 3 and 40 identical: a tie in the search and a zero-gradient pair
      for (let k = 0; k < d; k++) data[40 * d + k] = data[3 * d + k] as number;
      const w = b.tensor(data, [n, d]);
      // the path the loss took before the fused op (the other fused ops still on)
      const composed = withoutFused(b, ["mmaExact"]);
      const a = computeLoss(b, w, { loss: "mma" });
      const c = computeLoss(composed, w, { loss: "mma" });
      expect(b.readSync(a.loss)).toEqual(b.readSync(c.loss));
      expect(b.readSync(a.grad)).toEqual(b.readSync(c.grad));
      // given partners: i -> i + 2, several rows choosing the same one, and a pair (5, 5)
      const given = Array.from({ length: n }, (_, i) => (i % 7 === 0 ? 1 : (i + 2) % n));
      given[5] = 5;
      const idx = b.tensor(given, [n], "index");
      const ga = lossForPairs(b, w, idx, { loss: "mma" });
      const gc = lossForPairs(composed, w, idx, { loss: "mma" });
      expect(b.readSync(ga.loss)).toEqual(b.readSync(gc.loss));
      expect(b.readSync(ga.grad)).toEqual(b.readSync(gc.grad));
    });
  }
  it("the exact MMA loss asks for one [n, d] result (the gradient), where the composed path needs four", () => {
    const n = 40;
    const d = 6;
    const b = createCpuBackend({ dtype: "float32" });
    const w = b.tensor(normal12Matrix(n, d, 4), [n, d]);
    const fused = countResults(b, n * d);
    computeLoss(fused.backend, w, { loss: "mma" });
    expect(Object.fromEntries(fused.calls)).toEqual({ mmaExact: 1 });
    // the counter sees the composed path's [n, d] intermediates (what the fused op saves):
    // unit rows, the pair gradient, its scaled copy, the gradient
    const composed = countResults(withoutFused(b, ["mmaExact"]), n * d);
    computeLoss(composed.backend, w, { loss: "mma" });
    expect([...composed.calls.values()].reduce((s, v) => s + v, 0)).toBe(4);
  });
});
