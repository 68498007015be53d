import type { Backend, Dtype } from "@mmareg/core";
import { afterAll, beforeAll, describe, it } from "vitest";
import { DEFAULT_TOLERANCE, type ConformanceOptions, type ConformanceSkip, type SuiteContext } from "./context.js";
import { agreementSuite } from "./suites/agreement.js";
import { edgeCaseSuite } from "./suites/edgeCases.js";
import { finiteDifferenceSuite } from "./suites/finiteDifferences.js";
import { fusedSuite } from "./suites/fused.js";
import { goldenSuite } from "./suites/golden.js";
import { invarianceSuite } from "./suites/invariances.js";

const GROUPS: readonly [ConformanceSkip, string, (ctx: SuiteContext) => void][] = [
  ["golden", "golden vectors", goldenSuite],
  ["finite-differences", "finite differences", finiteDifferenceSuite],
  ["invariances", "invariances", invarianceSuite],
  ["edge-cases", "edge cases", edgeCaseSuite],
  ["fused", "fused ops", fusedSuite],
  ["agreement", "agreement with the reference backend", agreementSuite],
];

/**
 * Register the conformance suite for a backend with vitest. Call it at the top level of a
 * test file; a backend is done when this passes.
 *
 * @example
 * ```ts
 * // packages/cpu/src/__tests__/conformance.test.ts
 * import { runConformance } from "@mmareg/conformance";
 * import { createCpuBackend } from "../index.js";
 *
 * runConformance({ name: "cpu", createBackend: (dtype) => createCpuBackend({ dtype }) });
 * ```
 */
export function runConformance<T>(options: ConformanceOptions<T>): void {
  const dtypes = options.dtypes ?? (["float64", "float32"] as const);
  const timeout = options.timeout ?? 60_000;
  for (const dtype of dtypes) {
    describe(`conformance: ${options.name} (${dtype})`, { timeout }, () => {
      let backend: Backend<T> | undefined;
      let reference: Backend<unknown> | undefined;
      beforeAll(async () => {
        backend = await options.createBackend(dtype);
        if (options.reference) reference = await options.reference();
      }, timeout);
      afterAll(async () => {
        if (backend && options.dispose) await options.dispose(backend);
      });
      const ctx: SuiteContext<T> = {
        options,
        dtype: dtype as Dtype,
        tol: options.tolerance?.[dtype as Dtype] ?? DEFAULT_TOLERANCE[dtype as Dtype],
        backend: () => {
          if (!backend) throw new Error(`backend ${options.name} (${dtype}) did not start`);
          return backend;
        },
        reference: () => reference,
      };
      for (const [flag, title, suite] of GROUPS) {
        const reason = options.skip?.[flag];
        if (reason !== undefined) {
          describe.skip(`${title} — skipped: ${reason}`, () => {
            it("skipped", () => {});
          });
        } else if (flag === "agreement" && !options.reference) {
          describe.skip(`${title} — skipped: no reference backend given`, () => {
            it("skipped", () => {});
          });
        } else {
          suite(ctx as SuiteContext);
        }
      }
    });
  }
}
