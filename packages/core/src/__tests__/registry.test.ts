import { createCpuBackend } from "@mmareg/cpu";
import { cpuBackends } from "@mmareg/cpu/backends";
import { describe, expect, it } from "vitest";
import type { Backend } from "../backend.js";
import { isMMARegError } from "../errors.js";
import { backendFailureError, findBackend, probeBackends, startBackends, startDescriptor, type BackendDescriptor } from "../registry.js";

const broken = (name: string, message: string): BackendDescriptor => ({
  name,
  package: "@example/broken",
  description: "always fails",
  dtypes: ["float32"],
  environments: ["node"],
  install: ["@example/broken", "some-runtime"],
  start: () => Promise.reject(new Error(message)),
});
const absent: BackendDescriptor = { ...broken("absent", "never called"), available: () => false };

describe("the backend registry helpers", () => {
  const registry = [...cpuBackends, broken("no-runtime", "Cannot find module 'some-runtime'"), broken("no-gpu", "no adapter"), absent];

  it("start a descriptor at its default or a requested dtype, and refuse a dtype it lacks", async () => {
    const cpu = findBackend(registry, "cpu");
    expect((await startDescriptor(cpu)).name).toBe("cpu");
    expect((await startDescriptor(cpu, { dtype: "float32" })).name).toBe("cpu-float32");
    await expect(startDescriptor(findBackend(registry, "no-gpu"), { dtype: "float64" })).rejects.toSatisfy((e) => isMMARegError(e, "BAD_OPTION"));
    expect(isMMARegError((() => { try { findBackend(registry, "tpu"); } catch (e) { return e; } })(), "BAD_OPTION")).toBe(true);
  });

  it("report every backend that did not start, with its reason and what to install, at once", async () => {
    const { started, failures } = await startBackends(registry, ["cpu", "no-runtime", "tpu", "no-gpu", "absent"]);
    expect(started.map((s) => s.backend.name)).toEqual(["cpu"]);
    expect(failures.map((f) => f.name)).toEqual(["no-runtime", "tpu", "no-gpu", "absent"]);
    expect(failures[0]!.reason).toMatch(/no-runtime could not start \(Cannot find module 'some-runtime'\): install @example\/broken, some-runtime/);
    expect(failures[1]!.reason).toMatch(/unknown backend "tpu"/);
    expect(failures[3]!.reason).toMatch(/not available in this environment/);
    const e = backendFailureError(failures);
    expect(isMMARegError(e, "BACKEND")).toBe(true);
    for (const name of ["no-runtime", "tpu", "no-gpu", "absent"]) expect(e.message).toContain(`  ${name}: `);
  });

  it("probe every backend, closing the ones that start", async () => {
    let closed = 0;
    const closing: BackendDescriptor = {
      ...cpuBackends[0]!,
      name: "closing",
      async start() {
        const b = createCpuBackend() as Backend<unknown>;
        return Object.assign(Object.create(b) as Backend<unknown>, { close: () => void closed++ });
      },
    };
    const probe = await probeBackends([...registry, closing]);
    expect(probe.map((p) => [p.name, p.ok])).toEqual([
      ["cpu", true],
      ["no-runtime", false],
      ["no-gpu", false],
      ["absent", false],
      ["closing", true],
    ]);
    expect(closed).toBe(1);
  });
});
