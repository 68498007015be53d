import { createCpuBackend } from "@mmareg/cpu";
import { describe, expect, it } from "vitest";
import type { Backend, BackendArray } from "../backend.js";
import { evaluateLoss, evaluateLossSync, evaluateLossView } from "../evaluate.js";
import { computeLoss } from "../losses/index.js";
import { gaussianMatrix } from "../random.js";

/** A cpu backend that remembers every array `read` / `readView` / `take` handed out. */
function watched(): { b: Backend<unknown>; reads: BackendArray[]; views: BackendArray[]; takes: BackendArray[] } {
  const cpu = createCpuBackend() as unknown as Backend<unknown>;
  const reads: BackendArray[] = [];
  const views: BackendArray[] = [];
  const takes: BackendArray[] = [];
  const b = new Proxy(cpu, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver) as unknown;
      if (prop === "take") return (x: unknown) => {
        const a = (v as (x: unknown) => BackendArray).call(target, x);
        takes.push(a);
        return a;
      };
      if (prop === "read") return async (x: unknown) => {
        const a = await (v as (x: unknown) => Promise<BackendArray>).call(target, x);
        reads.push(a);
        return a;
      };
      if (prop === "readSync") return (x: unknown) => {
        const a = (v as (x: unknown) => BackendArray).call(target, x);
        reads.push(a);
        return a;
      };
      if (prop === "readView") return (x: unknown) => {
        const a = (v as (x: unknown) => BackendArray).call(target, x);
        views.push(a);
        return a;
      };
      return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
  return { b, reads, views, takes };
}

describe("the gradient of a large weight exists once (issue 12: 100,000 x 512 in 1 GB)", () => {
  const [n, d] = [40, 6];
  const data = gaussianMatrix(n, d, 7);

  it("evaluateLoss returns the read-back itself in the rows layout, not a copy of it", async () => {
    const { b: full, reads } = watched();
    // without take: the read-back copy is the result, not copied again
    const b = new Proxy(full, { get: (t, prop, r) => (prop === "take" ? undefined : (Reflect.get(t, prop, r) as unknown)) });
    const r = await evaluateLoss(b, { data, shape: [n, d] }, { loss: "mma" });
    expect(reads.some((a) => a === r.grad)).toBe(true);
    const s = evaluateLossSync(b, { data, shape: [n, d] }, { loss: "mma" });
    expect(reads.some((a) => a === s.grad)).toBe(true);
    expect(Array.from(s.grad)).toEqual(Array.from(r.grad));
  });

  it("with the backend's take (cpu), evaluateLoss hands over the gradient tensor's own array: no read-back copy", async () => {
    const { b, reads, takes } = watched();
    const r = await evaluateLoss(b, { data, shape: [n, d] }, { loss: "mma" });
    const s = evaluateLossSync(b, { data, shape: [n, d] }, { loss: "mma" });
    expect(takes).toHaveLength(2);
    expect(takes[0]).toBe(r.grad);
    expect(takes[1]).toBe(s.grad);
    expect(reads.some((a) => a === r.grad || a === s.grad)).toBe(false);
    // the same numbers as a plain read-back of the same loss
    const cpu = createCpuBackend();
    const w = cpu.tensor(data, [n, d]);
    expect(Array.from(r.grad)).toEqual(Array.from(cpu.readSync(computeLoss(cpu, w, { loss: "mma" }).grad)));
    // evaluateLossView still reads a view, never takes
    await evaluateLossView(b, { data, shape: [n, d] }, { loss: "mma" }, () => undefined);
    expect(takes).toHaveLength(2);
  });

  it("a layout that reorders still gets the gradient in the input's own layout", async () => {
    const { b } = watched();
    // [d, n] dense kernel: column j is row j
    const dense = new Float64Array(n * d);
    for (let i = 0; i < n; i++) for (let k = 0; k < d; k++) dense[k * n + i] = data[i * d + k] as number;
    const rows = await evaluateLoss(b, { data, shape: [n, d] }, { loss: "mma" });
    const cols = await evaluateLoss(b, { data: dense, shape: [d, n] }, { loss: "mma", layout: "dense" });
    for (let i = 0; i < n; i++) for (let k = 0; k < d; k++) expect(cols.grad[k * n + i]).toBe(rows.grad[i * d + k]);
  });

  it("a backend that hands back the input's own storage still gets a copy (the caller's data is never aliased)", async () => {
    const cpu = createCpuBackend() as unknown as Backend<unknown>;
    const input = Float64Array.from(data);
    // a degenerate backend whose read of any [n, d] tensor is the caller's array
    const b = new Proxy(cpu, {
      get(target, prop, receiver) {
        const v = Reflect.get(target, prop, receiver) as unknown;
        if (prop === "read") return async (x: unknown) => (cpu.shape(x).length === 2 ? input : (v as (x: unknown) => Promise<BackendArray>).call(target, x));
        if (prop === "take") return (x: unknown) => (cpu.shape(x).length === 2 ? input : (v as (x: unknown) => BackendArray).call(target, x));
        return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
    const r = await evaluateLoss(b, { data: input, shape: [n, d] }, { loss: "mma" });
    expect(r.grad).not.toBe(input);
    expect(r.grad.buffer).not.toBe(input.buffer);
    const noTake = new Proxy(b, { get: (t, prop, rc) => (prop === "take" ? undefined : (Reflect.get(t, prop, rc) as unknown)) });
    const s = await evaluateLoss(noTake, { data: input, shape: [n, d] }, { loss: "mma" });
    expect(s.grad.buffer).not.toBe(input.buffer);
    expect(Array.from(s.grad)).toEqual(Array.from(r.grad));
  });

  it("evaluateLossView hands use() a view of the backend's storage, equal to evaluateLoss's gradient", async () => {
    const { b, reads, views } = watched();
    const ref = await evaluateLoss(b, { data, shape: [n, d] }, { loss: "mma" });
    reads.length = 0;
    let seen: BackendArray | undefined;
    const out = await evaluateLossView(b, { data, shape: [n, d] }, { loss: "mma" }, (r) => {
      seen = r.grad;
      expect(r.loss).toBe(ref.loss);
      return Array.from(r.grad);
    });
    expect(views).toHaveLength(1);
    expect(seen).toBe(views[0]);
    // only the loss scalar was copied out
    expect(reads.every((a) => a.length === 1)).toBe(true);
    expect(out).toEqual(Array.from(ref.grad));
  });

  it("evaluateLossView falls back to a read-back copy for a reordering layout and on backends without readView", async () => {
    const { b, views } = watched();
    const dense = new Float64Array(n * d);
    for (let i = 0; i < n; i++) for (let k = 0; k < d; k++) dense[k * n + i] = data[i * d + k] as number;
    const ref = await evaluateLoss(b, { data: dense, shape: [d, n] }, { loss: "mma", layout: "dense" });
    const got = await evaluateLossView(b, { data: dense, shape: [d, n] }, { loss: "mma", layout: "dense" }, (r) => Array.from(r.grad));
    expect(views).toHaveLength(0);
    expect(got).toEqual(Array.from(ref.grad));
    const cpu = createCpuBackend() as unknown as Backend<unknown>;
    const noView = { ...cpu, readView: undefined, name: cpu.name } as Backend<unknown>;
    const plain = await evaluateLossView(noView, { data, shape: [n, d] }, { loss: "mma" }, (r) => Array.from(r.grad));
    expect(plain).toEqual(Array.from((await evaluateLoss(cpu, { data, shape: [n, d] }, { loss: "mma" })).grad));
  });

  it("evaluateLossView rejects with what use() throws, and with bad input before use() runs", async () => {
    const cpu = createCpuBackend();
    await expect(evaluateLossView(cpu, { data, shape: [n, d] }, { loss: "mma" }, () => {
      throw new Error("disk full");
    })).rejects.toThrow("disk full");
    let called = false;
    await expect(evaluateLossView(cpu, { data: [1, Number.NaN, 0, 1], shape: [2, 2] }, {}, () => (called = true))).rejects.toThrow(/is NaN/);
    expect(called).toBe(false);
  });
});
