import { solveTammes } from "@mmareg/core";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createTfjsBackend } from "../index.js";
import { tf, useBackend } from "./helpers.js";

// On webgpu a synchronous read stalls the GPU queue and tfjs warns: the backend then offers
// no readSync, so core's callers (the Tammes solver's SGD loop) take the async read. Node has
// no webgpu: the namespace's active-backend name is faked, the kernels still run on cpu.
let active = "cpu";
const fakeTf = { ...tf, getBackend: () => active } as typeof tf;
describe("reading on webgpu", () => {
  beforeAll(() => useBackend("cpu"));
  afterEach(() => {
    vi.restoreAllMocks();
    active = "cpu";
  });

  it("readSync is there on cpu and absent while tfjs's active backend is webgpu (looked up per access)", () => {
    const b = createTfjsBackend({ tf: fakeTf });
    expect(typeof b.readSync).toBe("function");
    active = "webgpu";
    expect(b.readSync).toBeUndefined();
    expect(b.name).toBe("tfjs-webgpu");
    active = "cpu";
    expect(typeof b.readSync).toBe("function");
  });

  it("the Tammes solver then reads with data(), never dataSync(), and reaches the same points", async () => {
    const options = { dim: 3, points: 6, iterations: 30, seed: 3 } as const;
    const sync = await solveTammes({ ...options, backend: createTfjsBackend({ tf: fakeTf }) });
    active = "webgpu";
    const dataSync = vi.spyOn(tf.Tensor.prototype, "dataSync");
    const data = vi.spyOn(tf.Tensor.prototype, "data");
    const asyncRun = await solveTammes({ ...options, backend: createTfjsBackend({ tf: fakeTf }) });
    expect(dataSync).not.toHaveBeenCalled();
    expect(data.mock.calls.length).toBeGreaterThanOrEqual(30);
    expect(Array.from(asyncRun.points)).toEqual(Array.from(sync.points));
  });
});
