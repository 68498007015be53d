import type { GPU, IKernelRunShortcut, Kernel } from "gpu.js";
import { kernelMode } from "./kernelMode.js";
import { kernelText, type KernelSource, type RegisteredKernel } from "./kernelRegistry.js";

export type { KernelSource } from "./kernelRegistry.js";

/**
 * A helper function a kernel calls, typed up front so gpu.js infers nothing (a
 * comparison's `1 : 0` must stay a float on GLSL backends) and named explicitly (bundlers
 * may strip the name off a function expression).
 */
export interface KernelHelper {
  name: string;
  source: string;
  argumentTypes: string[];
  returnType: string;
}

/**
 * A float helper of `arity` float arguments, for {@link KernelSpec.functions}, called
 * `name` in kernels; its source is the helper's generated text (see {@link kernelText}).
 */
export function floatHelper(name: string, helper: RegisteredKernel, arity: number): KernelHelper {
  return { name, source: kernelText(helper), argumentTypes: Array.from({ length: arity }, () => "Number"), returnType: "Number" };
}

/** Everything that decides a compiled kernel: one cache entry each. */
export interface KernelSpec {
  /** Kernel name, `<op>` or `<op>.<part>` (for example `nearestNeighbors.index`). */
  name: string;
  /** What else changes the code: an elementwise op, a diagonal rule, an eps mode. */
  variant?: string;
  /** The shapes of the tensor arguments, in order. */
  shapes: readonly (readonly number[])[];
  /** gpu.js output size: `[x]` for vectors, `[columns, rows]` for matrices. */
  output: readonly number[];
  /**
   * The kernel: a {@link RegisteredKernel} (compiled from its generated text, safe when
   * this package has been minified), or a function or source string of your own (a
   * function is compiled from `toString()`, so keep it out of minification).
   */
  source: RegisteredKernel | KernelSource | string;
  /** Sizes baked into the kernel (loop bounds). */
  constants?: Record<string, number>;
  /** Helper functions the kernel calls. */
  functions?: readonly KernelHelper[];
}

/** A compiled kernel, called with gpu.js arguments. */
export type KernelRun = (...args: unknown[]) => unknown;

/** Counters of a {@link KernelCache}. */
export interface KernelStats {
  /** Compiled kernels held now. */
  kernels: number;
  /** Compilations so far: first builds plus any rebuild gpu.js did for new argument types. */
  compiles: number;
  /** Calls that found their kernel in the cache. */
  hits: number;
  /** Kernels destroyed to stay under the size limit. */
  evictions: number;
  /** How many held kernels run on each gpu.js backend (`cpu`, `webasm`, `webgl2`, ...). */
  modes: Record<string, number>;
}

interface Entry {
  shortcut: IKernelRunShortcut;
  /** Every gpu.js kernel object this shortcut has run (it swaps in a new one on a rebuild). */
  kernels: Set<Kernel>;
  /** The gpu.js kernel object seen after the last call: a different one means a rebuild. */
  seen: Kernel | undefined;
  run: KernelRun;
}

/**
 * Compiled gpu.js kernels keyed by (name, variant, shapes): each is built once per shape
 * and reused, so a training loop compiles on its first step only. It counts real
 * compilations (a kernel gpu.js swapped for another, say for a new argument type, counts
 * again), holds at most `limit` kernels (least recently used ones are destroyed), and
 * destroys every kernel on {@link KernelCache.destroy}.
 *
 * @example
 * ```ts
 * const cache = new KernelCache(new GPU({ mode: "cpu" }), {}, 256);
 * const run = cache.get({ name: "double", shapes: [[4]], output: [4], source: function (this: any, a: number[]) { return 2 * a[this.thread.x]; } });
 * run(new Float32Array([1, 2, 3, 4])); // Float32Array [2, 4, 6, 8]
 * cache.stats().compiles; // 1
 * ```
 */
export class KernelCache {
  private readonly entries = new Map<string, Entry>();
  private compiles = 0;
  private hits = 0;
  private evictions = 0;
  /** The mode the GPU was asked for (names GL kernels in {@link KernelCache.stats}). */
  private readonly requested: string | undefined;

  /**
   * @param gpu - the gpu.js instance that compiles.
   * @param settings - kernel settings shared by every kernel (pipeline, precision, ...).
   * @param limit - most kernels held at once.
   */
  constructor(
    private readonly gpu: GPU,
    private readonly settings: Record<string, unknown>,
    private readonly limit: number,
  ) {
    this.requested = (gpu as unknown as { mode?: string }).mode;
  }

  /** The cache key of a spec. */
  static key(spec: KernelSpec): string {
    const shapes = spec.shapes.map((s) => `[${s.join("x")}]`).join("");
    const constants = spec.constants ? JSON.stringify(spec.constants) : "";
    return `${spec.name}|${spec.variant ?? ""}|${shapes}|${spec.output.join("x")}|${constants}`;
  }

  /** The compiled kernel for `spec`, compiled now if it is not held. */
  get(spec: KernelSpec): KernelRun {
    const key = KernelCache.key(spec);
    const hit = this.entries.get(key);
    if (hit) {
      this.hits++;
      this.entries.delete(key); // Map order is the LRU order
      this.entries.set(key, hit);
      return hit.run;
    }
    const dims = [...spec.output, ...spec.shapes.flat()];
    const source = typeof spec.source === "object" ? kernelText(spec.source) : spec.source;
    const shortcut = this.gpu.createKernel(source as never, {
      ...this.settings,
      output: [...spec.output],
      constants: spec.constants ?? {},
      functions: spec.functions ? [...spec.functions] : [],
      // our loops are bounded by constants; this only caps gpu.js's guarded loops
      loopMaxIterations: Math.max(1000, ...dims) + 1,
    } as never) as IKernelRunShortcut;
    const entry: Entry = {
      shortcut,
      kernels: new Set(shortcut.kernel ? [shortcut.kernel] : []),
      seen: undefined,
      run: (...args: unknown[]) => {
        const out = (shortcut as unknown as (...a: unknown[]) => unknown)(...args);
        if (shortcut.kernel !== entry.seen) {
          entry.seen = shortcut.kernel;
          entry.kernels.add(shortcut.kernel);
          this.compiles++;
        }
        return out;
      },
    };
    this.entries.set(key, entry);
    while (this.entries.size > this.limit) {
      const [oldKey, old] = this.entries.entries().next().value as [string, Entry];
      this.entries.delete(oldKey);
      this.release(old);
      this.evictions++;
    }
    return entry.run;
  }

  /** Counters: kernels held, compilations, hits, evictions, backends in use. */
  stats(): KernelStats {
    const modes: Record<string, number> = {};
    for (const e of this.entries.values()) {
      const mode = kernelMode(e.shortcut.kernel?.constructor, this.requested) ?? "unbuilt";
      modes[mode] = (modes[mode] ?? 0) + 1;
    }
    return { kernels: this.entries.size, compiles: this.compiles, hits: this.hits, evictions: this.evictions, modes };
  }

  /** Destroy every held kernel (its textures, buffers, wasm memories and programs). */
  destroy(): void {
    for (const e of this.entries.values()) this.release(e);
    this.entries.clear();
  }

  /**
   * Destroy an entry's kernel and drop every kernel object it used from `gpu.kernels`.
   * gpu.js 2.24.1's CPU (and dev) kernels do not remove themselves there on `destroy()`
   * (the GL, WebGPU and WebAssembly ones do), so without this a CPU-mode cache that
   * evicts a kernel per new shape keeps every compiled kernel alive: ~0.35 MB a call.
   */
  private release(e: Entry): void {
    e.shortcut.destroy();
    const list = (this.gpu as unknown as { kernels?: unknown[] }).kernels;
    if (!Array.isArray(list)) return;
    for (const k of e.kernels) {
      const i = list.indexOf(k);
      if (i >= 0) list.splice(i, 1);
    }
    e.kernels.clear();
  }
}
