import { MMARegError } from "@mmareg/core";
import { KERNEL_SOURCES } from "./kernelSources.generated.js";

/** A kernel function as gpu.js takes it (its source is what gets compiled). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type KernelSource = Function;

/**
 * A kernel body or helper function of this backend under a stable id. The function is
 * there for the type checker (and the tests); what gpu.js compiles is the text
 * `scripts/generateKernelSources.mjs` extracted from its TypeScript source
 * ({@link kernelText}), never `fn.toString()`, which a consumer's minifier would have
 * turned into code gpu.js cannot translate.
 */
export interface RegisteredKernel {
  /** Stable id, `<op>.<part>` (for example `pairAngles.stats`); the key of its generated text. */
  readonly id: string;
  /** `kernel`: a kernel body (`this.thread`, `this.constants`); `helper`: a function kernels call. */
  readonly kind: "kernel" | "helper";
  /** The TypeScript function, type-checked with the package. */
  readonly fn: KernelSource;
}

const registry: RegisteredKernel[] = [];

/**
 * Register a kernel body under a stable id. Call it once per kernel at module level with a
 * string literal id and a `function` expression (the generator finds these calls in the
 * source); after adding or editing one, run `pnpm --filter @mmareg/gpujs generate:kernels`
 * (the build does) so that `src/kernelSources.generated.ts` holds its text.
 *
 * @example
 * ```ts
 * const gramKernel = defineKernel("gram", function (this: KernelThis<{ d: number }>, a: Rows): number {
 *   let s = 0;
 *   for (let k = 0; k < this.constants.d; k++) s += a[this.thread.y][k] * a[this.thread.x][k];
 *   return s;
 * });
 * ```
 */
export function defineKernel(id: string, fn: KernelSource): RegisteredKernel {
  const k: RegisteredKernel = { id, kind: "kernel", fn };
  registry.push(k);
  return k;
}

/**
 * Register a helper function kernels call (see {@link defineKernel}): a `function`
 * expression, or the name of a function declaration (core's `polyAcos`, whose source the
 * generator reads from `@mmareg/core`). Helpers are given to gpu.js under the name the
 * kernel calls them by, whatever the function's own name.
 *
 * @example
 * ```ts
 * const add = defineHelper("binary.op.add", function (x: number, y: number) {
 *   return x + y;
 * });
 * ```
 */
export function defineHelper(id: string, fn: KernelSource): RegisteredKernel {
  const k: RegisteredKernel = { id, kind: "helper", fn };
  registry.push(k);
  return k;
}

/**
 * Every kernel and helper defined so far, in definition order (duplicates included, so
 * that the generator can refuse them). Complete once every op module is loaded.
 *
 * @example
 * ```ts
 * registeredKernels().map((k) => k.id); // ["upload.vector", "upload.matrix", ...]
 * ```
 */
export function registeredKernels(): readonly RegisteredKernel[] {
  return registry;
}

/**
 * The source text gpu.js compiles for `k`: the generated text of its id.
 *
 * @example
 * ```ts
 * kernelText(gramKernel); // "function(a) {\n    let s = 0; ..."
 * ```
 * @throws {@link MMARegError} `BACKEND` when the id has no generated text (the
 *   generator was not run after the kernel was added).
 */
export function kernelText(k: RegisteredKernel): string {
  const text = Object.prototype.hasOwnProperty.call(KERNEL_SOURCES, k.id) ? KERNEL_SOURCES[k.id] : undefined;
  if (text === undefined) {
    throw new MMARegError(
      "BACKEND",
      `gpu.js ${k.kind} ${JSON.stringify(k.id)} has no generated source: run "pnpm --filter @mmareg/gpujs generate:kernels" (the build runs it) and commit src/kernelSources.generated.ts`,
      { backend: "gpujs" },
    );
  }
  return text;
}
