import { GPU } from "gpu.js";

/** Counters of a {@link fakeDeviceGpu}. */
export interface FakeDevice {
  /** Textures alive now. */
  live: number;
  /** Textures ever created. */
  created: number;
  /** Kernels destroyed. */
  destroyedKernels: number;
}

/** A stand-in for a gpu.js `Texture`: data plus the lifecycle the real one has. */
export class FakeTexture {
  deleted = false;
  constructor(
    readonly data: unknown,
    private readonly device: FakeDevice,
    private readonly async: boolean,
  ) {
    device.live++;
    device.created++;
  }
  toArray(): unknown {
    if (this.deleted) throw new Error("fake device: texture read after delete()");
    return this.async ? Promise.resolve(this.data) : this.data;
  }
  delete(): void {
    if (this.deleted) throw new Error("fake device: texture deleted twice");
    this.deleted = true;
    this.device.live--;
  }
}

/**
 * A `GPU` look-alike whose kernels behave like the GPU modes' pipeline kernels (each
 * result a texture that must be deleted, textures as arguments, `toArray()` to read) but
 * compute with gpu.js's cpu kernels, so the backend's device path (uploads, texture
 * lifetimes, deferred deletes on asynchronous modes) runs in Node. With `async`, kernel
 * results arrive on a later macrotask, like webgpu's.
 */
export function fakeDeviceGpu(async: boolean): { gpu: GPU; device: FakeDevice } {
  const cpu = new GPU({ mode: "cpu" });
  const device: FakeDevice = { live: 0, created: 0, destroyedKernels: 0 };
  const fake = {
    mode: async ? "async" : "webgl2",
    Kernel: { mode: async ? "webgpu" : "webgl2" },
    createKernel(source: never, settings: Record<string, unknown>) {
      if (settings.pipeline !== true || settings.immutable !== true) throw new Error("fake device: kernels must be pipeline + immutable");
      const real = cpu.createKernel(source, { ...settings, pipeline: false } as never) as unknown as ((...a: unknown[]) => unknown) & {
        kernel: unknown;
        destroy(): void;
      };
      const run = (...args: unknown[]) => {
        const values = args.map((a) => {
          if (a instanceof FakeTexture) {
            if (a.deleted) throw new Error("fake device: kernel argument was deleted before the kernel ran");
            return a.data;
          }
          return a;
        });
        const out = new FakeTexture(real(...values), device, async);
        return async ? new Promise((resolve) => setImmediate(() => resolve(out))) : out;
      };
      return Object.assign(run, {
        get kernel() {
          return real.kernel;
        },
        destroy() {
          device.destroyedKernels++;
          real.destroy();
        },
      });
    },
    destroy: () => Promise.resolve(),
  };
  return { gpu: fake as unknown as GPU, device };
}
