import { createCpuBackend } from "@mmareg/cpu";
import { describe, expect, it } from "vitest";
import { COMPOSABLE_OPS, OPTIONAL_OPS, withoutFused, type Backend } from "../backend.js";
import { defineBackend, REQUIRED_OPS } from "../defineBackend.js";
import { isMMARegError } from "../errors.js";
import { computeLoss } from "../losses/index.js";
import { LOSS_NAMES } from "../types.js";
import { gaussianMatrix } from "../random.js";
import { createScopeTracker } from "../scopeTracker.js";

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error("expected a throw");
}

/** A backend over plain arrays built from the CPU backend's ops, with only the required ones. */
function minimal(name = "mini-float64"): Backend<unknown> {
  const cpu = createCpuBackend() as unknown as Record<string, unknown>;
  const ops = Object.fromEntries(REQUIRED_OPS.map((op) => [op, (cpu[op] as (...a: unknown[]) => unknown).bind(cpu)]));
  const c = createCpuBackend();
  return defineBackend({
    name,
    dtype: "float64",
    ops: ops as never,
    tensor: (data, shape, kind) => c.tensor(data, shape, kind),
    shape: (x: unknown) => c.shape(x as never),
    read: (x) => c.read(x as never),
    readSync: (x) => c.readSync(x as never),
  }) as Backend<unknown>;
}

describe("defineBackend", () => {
  it("names the real backend in shape errors (cpu-float32, not cpu)", () => {
    const b = createCpuBackend({ dtype: "float32" });
    const e = thrown(() => b.gram(b.tensor([1, 2, 3], [3])));
    expect(isMMARegError(e, "BAD_SHAPE")).toBe(true);
    expect((e as Error).message).toMatch(/^\[backend cpu-float32\] gram: /);
    expect((thrown(() => b.tensor([1, 2, 3], [2, 2])) as Error).message).toMatch(/cpu-float32.*do not fill shape \[2, 2\]/);
  });

  it("checks every op's shapes against the contract before the adapter runs", () => {
    const b = createCpuBackend();
    const m = (r: number, c: number) => b.tensor(new Float64Array(r * c).fill(1), [r, c]);
    const v = (n: number) => b.tensor(new Float64Array(n), [n], "index");
    const bad: [string, () => unknown, string][] = [
      ["matmul inner sizes", () => b.matmul(m(2, 3), m(2, 3)), "BAD_SHAPE"],
      ["sqDist columns", () => b.sqDist(m(2, 3), m(2, 4)), "BAD_SHAPE"],
      ["rowMax square", () => b.rowMax(m(2, 3), "exclude"), "BAD_SHAPE"],
      ["rowMax rule", () => b.rowMax(m(2, 2), "include" as never), "BAD_OPTION"],
      ["normalizeRowsGrad norms", () => b.normalizeRowsGrad(m(3, 2), m(3, 2), v(2), null), "BAD_SHAPE"],
      ["normalizeRows eps", () => b.normalizeRows(m(3, 2), -1), "BAD_OPTION"],
      ["scatterAddRows index", () => b.scatterAddRows(m(3, 2), v(2), 3), "BAD_SHAPE"],
      ["pairAngles index", () => b.pairAngles(m(3, 2), v(2)), "BAD_SHAPE"],
      ["binary broadcast", () => b.binary("add", m(2, 2), b.tensor([1, 2, 3], [3])), "BAD_SHAPE"],
      ["binary op name", () => b.binary("hypot" as never, m(2, 2), 1), "BAD_OPTION"],
      ["unary op name", () => b.unary("cbrt" as never, m(2, 2)), "BAD_OPTION"],
      ["pairEnergy s", () => b.pairEnergy(m(3, 2), { s: -1, halfSpace: false }), "BAD_OPTION"],
      ["tensor rank 3", () => b.tensor([1, 2], [1, 1, 2]), "BAD_SHAPE"],
      ["tensor fractional size", () => b.tensor([1, 2], [1.5, 2] as never), "BAD_SHAPE"],
    ];
    for (const [what, fn, code] of bad) expect(isMMARegError(thrown(fn), code as never), what).toBe(true);
    // what the contract allows passes: [n] broadcast along rows, a [] scalar, a number
    expect(b.readSync(b.binary("mul", m(2, 2), b.tensor([2, 3], [2])))).toEqual(Float64Array.from([2, 2, 3, 3]));
    expect(b.readSync(b.binary("add", m(1, 2), b.tensor([1], [])))).toEqual(Float64Array.from([2, 2]));
  });

  it("refuses an op table without every required op, listing what is missing", () => {
    const e = thrown(() =>
      defineBackend({ name: "half", dtype: "float32", ops: { gram: () => 0 } as never, tensor: () => 0, shape: () => [], read: () => Promise.resolve(new Float32Array(0)) }),
    );
    expect(isMMARegError(e, "BACKEND")).toBe(true);
    expect((e as Error).message).toMatch(/half.*lacks matmul, sqDist, rowMax/);
  });

  it("close() is idempotent, frees once, and the backend refuses work afterwards", async () => {
    let freed = 0;
    const cpu = createCpuBackend();
    const b = defineBackend({
      name: "closing",
      dtype: "float64",
      ops: Object.fromEntries(REQUIRED_OPS.map((op) => [op, (cpu[op] as (...a: unknown[]) => unknown).bind(cpu)])) as never,
      tensor: (data, shape, kind) => cpu.tensor(data, shape, kind),
      shape: (x: unknown) => cpu.shape(x as never),
      read: (x) => cpu.read(x as never),
      close: async () => {
        freed++;
      },
    });
    const w = b.tensor([1, 0, 0, 1], [2, 2]);
    await Promise.all([b.close(), b.close()]);
    await b.close();
    expect(freed).toBe(1);
    expect(isMMARegError(thrown(() => b.tensor([1], [1])), "BACKEND")).toBe(true);
    expect(isMMARegError(thrown(() => b.gram(w)), "BACKEND")).toBe(true);
    const cpuBackend = createCpuBackend();
    cpuBackend.close();
    expect((thrown(() => cpuBackend.tensor([1], [1])) as Error).message).toMatch(/backend cpu\].*closed/);
  });

  it("trim() passes through while open, keeps the backend usable, and does nothing once closed; a backend without one has none", async () => {
    let trimmed = 0;
    const cpu = createCpuBackend();
    const def = {
      name: "trimming",
      dtype: "float64" as const,
      ops: Object.fromEntries(REQUIRED_OPS.map((op) => [op, (cpu[op] as (...a: unknown[]) => unknown).bind(cpu)])) as never,
      tensor: (data: ArrayLike<number>, shape: readonly number[], kind: "float" | "index") => cpu.tensor(data, shape, kind),
      shape: (x: unknown) => cpu.shape(x as never),
      read: (x: unknown) => cpu.read(x as never),
    };
    const b = defineBackend({ ...def, trim: () => void trimmed++ });
    await b.trim();
    expect(trimmed).toBe(1);
    expect(Array.from(await b.read(b.gram(b.tensor([1, 2, 3, 4], [2, 2]))))).toEqual([5, 11, 11, 25]);
    await b.close();
    await b.trim();
    expect(trimmed).toBe(1);
    expect("trim" in minimal()).toBe(false);
  });
});

describe("optional ops: core composes what a backend leaves out", () => {
  const data = gaussianMatrix(9, 4, 3);
  it("a backend with only the required ops computes every loss as the full CPU backend does", () => {
    const full = createCpuBackend();
    const mini = minimal();
    for (const loss of LOSS_NAMES) {
      for (const mode of ["exact", "reference"] as const) {
        const a = computeLoss(full, full.tensor(data, [9, 4]), { loss, mode });
        const c = computeLoss(mini, mini.tensor(data, [9, 4]), { loss, mode });
        const ga = full.readSync(a.grad);
        const gc = mini.readSync!(c.grad);
        const scale = Math.max(...Array.from(ga, Math.abs));
        expect(Math.abs(full.readSync(a.loss)[0]! - mini.readSync!(c.loss)[0]!), `${loss} ${mode} loss`).toBeLessThan(1e-13);
        for (let i = 0; i < ga.length; i++) expect(Math.abs(ga[i]! - gc[i]!) / scale, `${loss} ${mode} grad`).toBeLessThan(1e-12);
      }
    }
  });

  it("withoutFused hides every optional op by default, FUSED_OPS and COMPOSABLE_OPS on request", () => {
    const b = createCpuBackend();
    const all = withoutFused(b);
    for (const op of OPTIONAL_OPS) expect(op in all, op).toBe(false);
    const composableOnly = withoutFused(b, COMPOSABLE_OPS);
    expect("nearestNeighbors" in composableOnly).toBe(true);
    expect("normalizeRows" in composableOnly).toBe(false);
  });

  it("normalizeRowsGrad always receives the Euclidean norms normalizeRows returned (the contract core promises)", () => {
    const cpu = createCpuBackend();
    const seen: { norms: unknown; given: unknown[] } = { norms: new Set(), given: [] };
    const spy = new Proxy(cpu, {
      get(target, prop) {
        // hide the cpu backend's fused whole-loss op, so core composes the exact MMA from normalizeRows
        if (prop === "mmaExact") return undefined;
        if (prop === "normalizeRows") {
          return (a: never, eps: number | null) => {
            const r = target.normalizeRows(a, eps);
            (seen.norms as Set<unknown>).add(r.norms);
            return r;
          };
        }
        if (prop === "normalizeRowsGrad") {
          return (g: never, u: never, norms: never, eps: number | null) => {
            seen.given.push(norms);
            return target.normalizeRowsGrad(g, u, norms, eps);
          };
        }
        const v = Reflect.get(target, prop) as unknown;
        return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
    for (const loss of LOSS_NAMES) {
      for (const mode of ["exact", "reference"] as const) computeLoss(spy, cpu.tensor(data, [9, 4]), { loss, mode });
    }
    expect(seen.given.length).toBe(2 * LOSS_NAMES.length);
    for (const n of seen.given) expect((seen.norms as Set<unknown>).has(n)).toBe(true);
  });
});

describe("createScopeTracker", () => {
  class Box {
    freed = 0;
  }
  const make = () => {
    const tracker = createScopeTracker<Box>({ isTensor: (x): x is Box => x instanceof Box, free: (t) => void t.freed++, name: () => "boxes" });
    return { tracker, box: () => tracker.track(new Box()) };
  };

  it("frees what a scope made and did not return; returned tensors move to the enclosing scope", () => {
    const { tracker, box } = make();
    let inner: Box[] = [];
    let kept: { a: Box; list: Box[] } | undefined;
    const outer = tracker.scope(() => {
      kept = tracker.scope(() => {
        inner = [box(), box(), box()];
        return { a: inner[0]!, list: [inner[1]!] };
      });
      expect(inner.map((b) => b.freed)).toEqual([0, 0, 1]);
      return kept.a;
    });
    expect(outer).toBe(kept!.a);
    expect(inner.map((b) => b.freed)).toEqual([0, 1, 1]);
    expect(tracker.depth).toBe(0);
    const loose = box(); // outside any scope: not tracked, never freed
    tracker.scope(() => 1);
    expect(loose.freed).toBe(0);
  });

  it("frees everything when the function throws, and refuses an async function", () => {
    const { tracker, box } = make();
    let made: Box[] = [];
    expect(() =>
      tracker.scope(() => {
        made = [box(), box()];
        throw new Error("boom");
      }),
    ).toThrow("boom");
    expect(made.map((b) => b.freed)).toEqual([1, 1]);
    let later: Box | undefined;
    const e = thrown(() =>
      tracker.scope(() => {
        later = box();
        return Promise.resolve(later);
      }),
    );
    expect(isMMARegError(e, "BAD_OPTION")).toBe(true);
    expect((e as Error).message).toMatch(/boxes.*synchronous/);
    expect(later!.freed).toBe(1);
  });
});
