// `mma loss` frees what the loss's run kept (Backend.trim: the ONNX backends' session and
// its arena) before the angle statistics run, so the two runs' memory does not add up.
import { createCpuBackend, evaluateLossSync, gaussianMatrix } from "@mmareg/cpu";
import { describe, expect, it, vi } from "vitest";
import { runMma, tempFile } from "./helpers.js";

/** What the backend under `mma loss` was asked, in order. */
const calls: string[] = [];

vi.mock("../backends/index.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../backends/index.js")>();
  return {
    ...original,
    async loadBackend(name: string, dtype?: string) {
      const started = await original.loadBackend(name, dtype);
      const b = started.backend as unknown as Record<string, unknown>;
      // record the loss's read, trim() and the statistics' first op
      const wrap = (key: string) => {
        const f = b[key] as ((...a: unknown[]) => unknown) | undefined;
        if (typeof f === "function") b[key] = (...a: unknown[]) => (calls.push(key), f.apply(b, a));
      };
      wrap("mmaExact");
      wrap("angleStats");
      const trim = b.trim as (() => unknown) | undefined;
      b.trim = () => (calls.push("trim"), trim?.call(b));
      return started;
    },
  };
});

describe("mma loss: trim() between the loss and the statistics", { timeout: 60_000 }, () => {
  const w = gaussianMatrix(10, 4, 17);
  const file = tempFile("w.json", JSON.stringify({ shape: [10, 4], data: Array.from(w) }));
  const want = evaluateLossSync(createCpuBackend(), { data: w, shape: [10, 4] });

  for (const backend of ["cpu", "onnx-node"]) {
    it(`${backend}: the loss, then trim() once, then the statistics; the same results`, async () => {
      calls.length = 0;
      const r = await runMma(["loss", file, "--backend", backend, "--json"]);
      expect(r.code, r.err).toBe(0);
      const first = (key: string) => calls.indexOf(key);
      expect(calls.filter((c) => c === "trim")).toHaveLength(1);
      expect(first("mmaExact")).toBeGreaterThanOrEqual(0);
      expect(first("mmaExact")).toBeLessThan(first("trim"));
      expect(first("trim")).toBeLessThan(first("angleStats"));
      const j = JSON.parse(r.out);
      expect(Math.abs(j.loss - want.loss)).toBeLessThan(backend === "cpu" ? 1e-12 : 1e-5);
      expect(j.n).toBe(10);
    });
  }
});
