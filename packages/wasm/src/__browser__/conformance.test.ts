import { runConformance } from "@mmareg/conformance";
import { createCpuBackend } from "@mmareg/cpu";
import { computeLoss } from "@mmareg/core";
import { describe, expect, it } from "vitest";
import { createWasmBackend, type WasmBackend } from "../index.js";

// The whole suite in Chromium: on one thread (the binary a page without cross-origin
// isolation gets), and on two Web Workers over a SharedArrayBuffer (the test server sends
// COOP/COEP, so the page is isolated), every call sent to the pool.
for (const threads of [1, 2]) {
  runConformance({
    name: `wasm in Chromium (${threads} thread${threads > 1 ? "s" : ""})`,
    createBackend: () => createWasmBackend({ threads, minParallelWork: 0 }),
    dtypes: ["float32"],
    reference: () => createCpuBackend({ dtype: "float64" }),
    dispose: (b) => (b as WasmBackend).close(),
  });
}

describe("wasm in Chromium: threads", () => {
  it("the page is cross-origin isolated, so the pool really runs on Web Workers", async () => {
    expect(globalThis.crossOriginIsolated).toBe(true);
    const b = await createWasmBackend({ threads: 2 });
    try {
      expect(b.threads).toBe(2);
      expect(b.fallbackReason).toBeUndefined();
    } finally {
      await b.close();
    }
  });

  it("default threads is navigator.hardwareConcurrency", async () => {
    const b = await createWasmBackend();
    try {
      expect(b.threads).toBe(navigator.hardwareConcurrency);
    } finally {
      await b.close();
    }
  });

  it("1, 2 and 3 threads give the same bits (MMA loss and gradient, angleStats)", async () => {
    const n = 97;
    const d = 33;
    const data = Array.from({ length: n * d }, (_, i) => Math.sin(i * 1.3) + Math.cos(i * 0.11));
    const seen: number[][] = [];
    for (const threads of [1, 2, 3]) {
      const b = await createWasmBackend({ threads, minParallelWork: 0 });
      try {
        const w = b.tensor(data, [n, d]);
        const out = computeLoss(b, w, { loss: "mma" });
        const st = b.angleStats(b.normalizeRows(w, null).unit, 0.1, true);
        seen.push([...b.readSync(out.loss), ...b.readSync(out.grad), ...b.readSync(st.value), ...b.readSync(st.index), ...b.readSync(st.above)]);
      } finally {
        await b.close();
      }
    }
    expect(seen[1]).toEqual(seen[0]);
    expect(seen[2]).toEqual(seen[0]);
  });
});
