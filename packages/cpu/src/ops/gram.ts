import { forEachGramBlock, BLOCK } from "../kernels/gramBlocks.js";
import { dims2, f64, type CpuContext, CpuTensor } from "../tensor.js";

/** `[n, n]` `A Aᵀ` by the tiled, exactly symmetric kernel. */
export function gram(ctx: CpuContext, a: CpuTensor): CpuTensor {
  const [n, d] = dims2(a, "gram");
  const out = ctx.alloc(n * n);
  forEachGramBlock(f64(a), n, d, (j0, j1, part) => {
    for (let i = 0; i < j1; i++) {
      for (let j = i > j0 ? i : j0; j < j1; j++) {
        const v = part[i * BLOCK + (j - j0)] as number;
        out[i * n + j] = v;
        out[j * n + i] = v;
      }
    }
  });
  return new CpuTensor(out, [n, n]);
}
