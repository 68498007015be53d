import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { DEFAULT_TOLERANCE, expectRelClose, LOSS_CONFIGS, OP_CASES, readOpOutputs, type AnyBackend } from "@mmareg/conformance";
import { createCpuBackend } from "@mmareg/cpu";
import { gaussianMatrix } from "@mmareg/core";
import type { GPU } from "gpu.js";
import { build } from "tsup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as source from "../index.js";
import { KERNEL_SOURCES } from "../kernelSources.generated.js";
import { fakeGlGpu, gpuValidation } from "./fakeWebGL.js";

// A consumer's bundler minifies this package and core (the docs site's `vite build` does):
// functions get renamed, their bodies rewritten (`a > 0 && (r = b)`, `const x = .., y = ..`).
// gpu.js compiles kernels from their source text, so the backend must never compile
// `fn.toString()`: here the package is bundled with esbuild's minifier, core included,
// and the bundle must compute what the unminified package computes, in every mode Node has.

type Api = typeof source;
type Internal = typeof import("@mmareg/core/internal");
const PKG = fileURLToPath(new URL("../..", import.meta.url));
const SHAPES = [
  [9, 5],
  [4, 12],
] as const;
let outDir = "";
let minified: Api;
let minifiedInternal: Internal;

beforeAll(async () => {
  const cache = join(PKG, "node_modules/.cache");
  await mkdir(cache, { recursive: true });
  // inside the package, so that the bundle's `import "gpu.js"` resolves
  outDir = await mkdtemp(join(cache, "gpujs-minified-"));
  await build({
    // core's internal subpath too, for a look at its minified accurate-math helpers
    entry: { index: join(PKG, "src/index.ts"), internal: join(PKG, "../core/src/internal.ts") },
    outDir,
    format: ["esm"],
    outExtension: () => ({ js: ".mjs" }), // ESM whatever package.json the run starts from
    platform: "node",
    target: "es2022",
    minify: true,
    splitting: false,
    sourcemap: false,
    dts: false,
    clean: false,
    config: false,
    silent: true,
    tsconfig: join(PKG, "tsconfig.json"),
    noExternal: [/^@mmareg\//], // core minified into the bundle too
    external: ["gpu.js"],
    esbuildOptions(options) {
      options.conditions = ["@mmareg/source"];
    },
  });
  minified = (await import(pathToFileURL(join(outDir, "index.mjs")).href)) as Api;
  minifiedInternal = (await import(pathToFileURL(join(outDir, "internal.mjs")).href)) as Internal;
}, 120_000);

afterAll(() => rm(outDir, { recursive: true, force: true }));

describe("the package minified by a consumer's bundler", () => {
  it("is really minified, core included", () => {
    expect(minifiedInternal.polyAcos.toString()).not.toMatch(/polyAcos|asinS/);
    expect(minifiedInternal.polyAtan2.toString()).not.toMatch(/polyAtan2|base/);
    expect(minified.createGpujsBackend.name).not.toBe("createGpujsBackend");
    expect(minifiedInternal.polyAcos(0)).toBe(Math.PI / 2);
  });

  for (const mode of ["cpu", "webasm"] as const) {
    describe(`on gpujs-${mode}`, () => {
      let min: source.GpujsBackend;
      let src: source.GpujsBackend;
      const ref = createCpuBackend({ dtype: "float64" });
      beforeAll(() => {
        min = minified.createGpujsBackend({ mode });
        src = source.createGpujsBackend({ mode });
      });
      afterAll(async () => {
        await min?.destroy();
        await src?.destroy();
      });

      for (const { label, options } of LOSS_CONFIGS) {
        it(`${label}: agrees with @mmareg/cpu (float64) and bit for bit with the unminified package`, async () => {
          const tol = DEFAULT_TOLERANCE.float32;
          for (const [n, d] of SHAPES) {
            const input = { data: gaussianMatrix(n, d, n * d), shape: [n, d] };
            const want = await source.evaluateLoss(ref, input, options);
            const got = await minified.evaluateLoss(min, input, options);
            const same = await source.evaluateLoss(src, input, options);
            expectRelClose(got.loss, want.loss, tol, `${label} ${n}x${d} loss`);
            expectRelClose(got.grad, want.grad, tol, `${label} ${n}x${d} grad`);
            expect(got.loss).toBe(same.loss);
            expect(Array.from(got.grad)).toEqual(Array.from(same.grad));
          }
        });
      }

      it("every op gives bit for bit what the unminified package gives", async () => {
        for (const c of OP_CASES) {
          const got = await readOpOutputs(min as unknown as AnyBackend, c.run(min as unknown as AnyBackend));
          const want = await readOpOutputs(src as unknown as AnyBackend, c.run(src as unknown as AnyBackend));
          expect(Object.fromEntries(Object.entries(got).map(([k, a]) => [k, Array.from(a)])), c.name).toEqual(
            Object.fromEntries(Object.entries(want).map(([k, a]) => [k, Array.from(a)])),
          );
        }
      });
    });
  }

  describe("on webgl and webgl2 (shaders assembled against a stand-in WebGL context)", () => {
    beforeAll(() => gpuValidation.disableValidation());
    afterAll(() => gpuValidation.enableValidation());

    /** Run every loss and op on `api`'s backend over a fake GL context; what was compiled. */
    async function compileAll(api: Api, mode: "webgl" | "webgl2") {
      const gpu = fakeGlGpu(mode);
      const compiled: { source: string; helpers: string[]; kernel: { built: boolean; translatedSource: unknown } }[] = [];
      const create = gpu.createKernel.bind(gpu);
      gpu.createKernel = ((kernelSource: unknown, settings: { functions?: { source: string }[] }) => {
        const k = create(kernelSource as never, settings as never);
        compiled.push({ source: String(kernelSource), helpers: (settings.functions ?? []).map((f) => f.source), kernel: k as never });
        return k;
      }) as unknown as GPU["createKernel"];
      const b = api.createGpujsBackend({ gpu });
      for (const [n, d] of SHAPES) {
        const w = b.tensor(gaussianMatrix(n, d, 1), [n, d]);
        for (const { options } of LOSS_CONFIGS) api.computeLoss(b, w, options);
      }
      for (const c of OP_CASES) c.run(b as unknown as AnyBackend);
      const shaders = compiled.map((c) => String(c.kernel.translatedSource));
      const built = compiled.every((c) => c.kernel.built);
      await b.destroy();
      return { compiled, shaders, built };
    }

    for (const mode of ["webgl", "webgl2"] as const) {
      it(`${mode}: every kernel and helper is compiled from its generated text, into the unminified package's shaders`, async () => {
        const got = await compileAll(minified, mode);
        const want = await compileAll(source, mode);
        expect(got.built).toBe(true);
        expect(got.shaders.length).toBe(want.shaders.length);
        got.shaders.forEach((shader, i) => expect(shader, `kernel ${i}: ${want.compiled[i]!.source.slice(0, 80)}`).toBe(want.shaders[i]));
        // between them the losses and ops compile every kernel and helper there is
        const used = new Set(got.compiled.flatMap((c) => [c.source, ...c.helpers]));
        const unused = Object.entries(KERNEL_SOURCES)
          .filter(([, text]) => !used.has(text))
          .map(([id]) => id);
        expect(unused, "kernels never compiled here: add a case to OP_CASES in @mmareg/conformance (src/opCases.ts)").toEqual([]);
      });
    }
  });
});
