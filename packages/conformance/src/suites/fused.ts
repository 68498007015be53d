import { computeLoss, FUSED_OPS, lossForPairs, lossWithPairs, release, withoutFused, type Backend } from "@mmareg/core";
import { expectRelClose } from "../compare.js";
import { CheckNotApplicable, type CheckDefinition, type SuiteContext } from "../context.js";
import { randomMatrix } from "../matrices.js";
import { LOSS_CONFIGS } from "./losses.js";
import { statisticsSuite } from "./statistics.js";

/**
 * Each loss through the backend's fused ops against the composition from primitives, on the
 * same backend. Tolerance, relatively (per array, no floor): both paths compute the same
 * quantities with different roundings (a tiled dot product against a Gram matrix, `atan2`
 * of chord lengths formed in one kernel or in several), each within about the base
 * tolerance of the exact value. float32: the base tolerance (1e-5; measured below 2e-6 on
 * cpu, tfjs, gpu.js and onnx in Node), so an angle scaled by 1 + 1e-4 on one path fails.
 * float64: 10x (1e-11), for sums of up to 70 terms in different orders (measured 4e-15).
 */
export function fusedSuite(ctx: SuiteContext): CheckDefinition[] {
  return [...lossChecks(), ...pairChecks(), ...statisticsSuite(ctx)];
}

/**
 * The MMA loss with given partners (the path of `lossWithPairs` / `lossForPairs`, which a
 * fused whole-loss op such as `mmaExact` serves too): the searched index equal to the
 * composed path's, and loss and gradient within the base tolerance, for the searched
 * pairs and for a given pairing that is not the nearest one (row i with row i + 1).
 */
function pairChecks(): CheckDefinition[] {
  const m = randomMatrix(70, 9, 43);
  return [
    {
      path: ["fused ops agree with their composition"],
      title: `MMA with given pairs (lossWithPairs, lossForPairs) on ${m.label}`,
      run: async (cx) => {
        const b = cx.backend() as Backend<unknown>;
        if (!FUSED_OPS.some((op) => typeof b[op] === "function")) throw new CheckNotApplicable(`${b.name} has no fused ops: only the composed path exists`);
        const composed = withoutFused(b);
        const n = m.shape[0];
        const w = b.tensor(m.data, m.shape);
        const next = b.tensor(Array.from({ length: n }, (_, i) => (i + 1) % n), [n], "index");
        const a = lossWithPairs(b, w, { loss: "mma" });
        const c = lossWithPairs(composed, w, { loss: "mma" });
        const ga = lossForPairs(b, w, next, { loss: "mma" });
        const gc = lossForPairs(composed, w, next, { loss: "mma" });
        const tensors = [a.loss, a.grad, a.index, c.loss, c.grad, c.index, ga.loss, ga.grad, gc.loss, gc.grad];
        const [la, gra, ia, lc, grc, ic, lga, gga, lgc, ggc] = await Promise.all(tensors.map((t) => b.read(t)));
        release(b, w, next, ...tensors);
        const tol = cx.tol * (cx.dtype === "float64" ? 10 : 1);
        expectRelClose(ia!, ic!, 0, "searched partner index fused vs composed");
        expectRelClose(la![0]!, lc![0]!, tol, "searched pairs: loss fused vs composed");
        expectRelClose(gra!, grc!, tol, "searched pairs: grad fused vs composed");
        expectRelClose(lga![0]!, lgc![0]!, tol, "given pairs (i, i + 1): loss fused vs composed");
        expectRelClose(gga!, ggc!, tol, "given pairs (i, i + 1): grad fused vs composed");
      },
    },
  ];
}

function lossChecks(): CheckDefinition[] {
  const shapes = [randomMatrix(7, 5, 41), randomMatrix(70, 9, 42)];
  const out: CheckDefinition[] = [];
  for (const { label, options } of LOSS_CONFIGS) {
    for (const m of shapes) {
      out.push({
        path: ["fused ops agree with their composition"],
        title: `${label} on ${m.label}`,
        run: async (cx) => {
          const b = cx.backend() as Backend<unknown>;
          const fusedOps = FUSED_OPS.filter((op) => typeof b[op] === "function");
          if (fusedOps.length === 0) throw new CheckNotApplicable(`${b.name} has no fused ops: only the composed path exists`);
          const composed = withoutFused(b);
          const w = b.tensor(m.data, m.shape);
          const a = computeLoss(b, w, options);
          const c = computeLoss(composed, w, options);
          const [la, ga, lc, gc] = await Promise.all([b.read(a.loss), b.read(a.grad), b.read(c.loss), b.read(c.grad)]);
          release(b, w, a.loss, a.grad, c.loss, c.grad);
          const tol = cx.tol * (cx.dtype === "float64" ? 10 : 1);
          expectRelClose(la[0]!, lc[0]!, tol, `${label} loss fused vs composed`);
          expectRelClose(ga, gc, tol, `${label} grad fused vs composed`);
        },
      });
    }
  }
  return out;
}
