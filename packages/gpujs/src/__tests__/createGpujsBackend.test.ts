import { thrownCode as codeOf } from "@mmareg/conformance";
import { evaluateLoss, evaluateLossSync, MMARegError } from "@mmareg/core";
import { GPU } from "gpu.js";
import { describe, expect, it } from "vitest";
import { createGpujsBackend, GPUJS_MODES, type GpujsBackendOptions } from "../index.js";


describe("createGpujsBackend options", () => {
  it("names the backend after the gpu.js backend that runs the kernels", async () => {
    for (const mode of ["cpu", "webasm"] as const) {
      const b = createGpujsBackend({ mode });
      expect(b.name).toBe(`gpujs-${mode}`);
      expect(b.mode).toBe(mode);
      expect(b.dtype).toBe("float32");
      await b.destroy();
    }
    const auto = createGpujsBackend(); // "gpu": in Node without headless-gl, webasm
    expect(auto.name).toBe("gpujs-webasm");
    await auto.destroy();
  });

  it("rejects unknown modes, float64, bad limits and mixed options with typed errors", () => {
    expect(GPUJS_MODES).toContain("webgpu");
    expect(codeOf(() => createGpujsBackend({ mode: "opengl" } as unknown as GpujsBackendOptions))).toBe("BAD_OPTION");
    expect(codeOf(() => createGpujsBackend({ dtype: "float64" } as unknown as GpujsBackendOptions))).toBe("BAD_OPTION");
    expect(codeOf(() => createGpujsBackend({ mode: "cpu", maxKernels: 0 }))).toBe("BAD_OPTION");
    expect(codeOf(() => createGpujsBackend({ gpu: new GPU({ mode: "cpu" }), mode: "cpu" }))).toBe("BAD_OPTION");
    expect(codeOf(() => createGpujsBackend({ gpu: new GPU({ mode: "dev" }) }))).toBe("BAD_OPTION");
  });

  it("says what to do when a browser mode is asked for in Node", () => {
    for (const mode of ["webgl", "webgl2", "webgpu"] as const) {
      let err: unknown;
      try {
        createGpujsBackend({ mode });
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(MMARegError);
      expect((err as MMARegError).code).toBe("BACKEND");
      expect((err as MMARegError).message).toMatch(/use mode "webasm" or "cpu" in Node/);
    }
  });

  it("runs on a GPU instance it is given, and leaves it alive on destroy()", async () => {
    const gpu = new GPU({ mode: "cpu" });
    const b = createGpujsBackend({ gpu });
    expect(b.gpu).toBe(gpu);
    const r = await evaluateLoss(b, [[1, 0], [0, 1]], { loss: "mma" });
    expect(r.loss).toBeCloseTo(-Math.PI / 2, 6);
    await b.destroy();
    const k = gpu.createKernel(function (this: { thread: { x: number } }) {
      return this.thread.x;
    }).setOutput([3]);
    expect(Array.from(k() as Float32Array)).toEqual([0, 1, 2]);
  });

  it("instantiates the GPU class it is given (for example a script-tag global)", async () => {
    let made = 0;
    class CountingGPU extends GPU {
      constructor(settings?: ConstructorParameters<typeof GPU>[0]) {
        super(settings);
        made++;
      }
    }
    const b = createGpujsBackend({ GPU: CountingGPU, mode: "cpu" });
    expect(made).toBe(1);
    expect(b.gpu).toBeInstanceOf(CountingGPU);
    await b.destroy();
  });

  it("reads synchronously on synchronous modes", async () => {
    const b = createGpujsBackend({ mode: "webasm" });
    const r = evaluateLossSync(b, [[3, 4], [4, 3]], { loss: "cosine" });
    expect(r.loss).toBeCloseTo(24 / 25, 6);
    await b.destroy();
  });

  it("runs under gpu.js's async contract (promises everywhere, as on webgpu) with the same numbers", async () => {
    const gpu = new GPU({ mode: "async" });
    const b = createGpujsBackend({ gpu });
    const s = createGpujsBackend({ mode: "webasm" });
    expect(b.readSync).toBeUndefined();
    const w = [[1, 2, 0.5], [0.3, -1, 2], [2, 2, 1], [-1, 0.2, 0.1]];
    for (const options of [{ loss: "mma" }, { loss: "mhe", s: 1, halfSpace: true }, { loss: "orthogonal" }] as const) {
      const got = await evaluateLoss(b, w, options);
      const want = await evaluateLoss(s, w, options);
      expect(got.loss).toBe(want.loss);
      expect(Array.from(got.grad)).toEqual(Array.from(want.grad));
    }
    await b.destroy();
    await s.destroy();
    await gpu.destroy();
  });
});

describe("tensors", () => {
  const b = createGpujsBackend({ mode: "cpu" });

  it("round-trips data in float32", async () => {
    const t = b.tensor([0.1, 2, 3, 4, 5, 6], [3, 2]);
    expect(b.shape(t)).toEqual([3, 2]);
    expect(Array.from(await b.read(t))).toEqual(Array.from(Float32Array.from([0.1, 2, 3, 4, 5, 6])));
    expect(Array.from(b.readSync!(b.tensor([7], [])))).toEqual([7]);
  });

  it("rejects bad shapes and row numbers float32 cannot hold", () => {
    expect(codeOf(() => b.tensor([1, 2, 3], [2, 2]))).toBe("BAD_SHAPE");
    expect(codeOf(() => b.tensor([1], [1, 1, 1]))).toBe("BAD_SHAPE");
    expect(codeOf(() => b.tensor([], [0, 3]))).toBe("EMPTY");
    expect(codeOf(() => b.tensor([2 ** 24], [1], "index"))).toBe("BAD_SHAPE");
    expect(codeOf(() => b.tensor([1.5], [1], "index"))).toBe("BAD_SHAPE");
  });

  it("refuses a disposed tensor", () => {
    const t = b.tensor([1, 2], [2]);
    b.dispose(t);
    expect(codeOf(() => b.binary("add", t, 1))).toBe("BACKEND");
  });

  it("scope() keeps what it returns and releases the rest", () => {
    const t = b.tensor([1, 2, 3, 4], [2, 2]);
    let inner: unknown;
    const out = b.scope(() => {
      inner = b.unary("square", t);
      return { sum: b.sum(inner as typeof t) };
    });
    expect((inner as { disposed: boolean }).disposed).toBe(true);
    expect(out.sum.disposed).toBe(false);
    expect(Array.from(b.readSync!(out.sum))).toEqual([30]);
    expect(t.disposed).toBe(false);
  });

  it("scope() refuses an async function (it could not tell what the promise keeps)", () => {
    expect(codeOf(() => b.scope(async () => b.tensor([1], [1])))).toBe("BAD_OPTION");
  });
});
