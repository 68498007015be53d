import type { Backend, Dtype } from "@mmareg/core";
import { describe, it } from "vitest";
import { check } from "./compare.js";
import type { ConformanceOptions, ConformanceSkip } from "./context.js";
import { MUTANTS, type Mutant } from "./mutants.js";
import { CONFORMANCE_GROUPS, runConformanceChecks } from "./runConformance.js";

/** What each mutant was caught by, per {@link findMutantCatchers}. */
export interface MutantCatch {
  mutant: string;
  dtype: Dtype;
  /** The first failing check of the loss-level groups (all but `ops`), or `null` if none failed. */
  lossLevel: string | null;
  /** The first failing per-op case, or `null` if none failed. */
  ops: string | null;
  /** Why the mutant does not apply to this backend (it lacks the mutated fused op). */
  notApplicable?: string;
}

/**
 * The loss-level groups, cheapest first (a mutant is usually caught by its first failing
 * check, and only a mutant that passes runs them all): fused and agreement compare whole
 * losses on a few shapes, finite differences evaluate the loss hundreds of times.
 */
const LOSS_GROUPS: readonly ConformanceSkip[] = (["fused", "agreement", "golden", "edge-cases", "invariances", "finite-differences"] as const).filter((g) =>
  CONFORMANCE_GROUPS.includes(g),
);

/**
 * Run the suite on a mutant of the backend (stopping at the first failure) and report the
 * first check that caught it, once with the loss-level groups and once with the per-op cases.
 *
 * @example
 * ```ts
 * const caught = await findMutantCatchers(MUTANTS[0], { name: "cpu", createBackend: (d) => createCpuBackend({ dtype: d }), reference: () => createCpuBackend() }, "float64");
 * caught.lossLevel; // "golden > golden vectors (PyTorch, reference mode) > mma > random_6x4 (full)"
 * ```
 */
export async function findMutantCatchers<T>(mutant: Mutant, options: ConformanceOptions<T>, dtype: Dtype): Promise<MutantCatch> {
  if (mutant.requires) {
    const probe = await options.createBackend(dtype);
    const has = typeof probe[mutant.requires] === "function";
    if (options.dispose) await options.dispose(probe);
    if (!has) return { mutant: mutant.name, dtype, lossLevel: null, ops: null, notApplicable: `the backend has no ${String(mutant.requires)}` };
  }
  const mutated: ConformanceOptions<T> = {
    ...options,
    name: `${options.name} (mutant ${mutant.name})`,
    createBackend: async (d) => mutant.wrap((await options.createBackend(d)) as Backend<T>),
  };
  const first = async (groups: readonly ConformanceSkip[]): Promise<string | null> => {
    const report = await runConformanceChecks(mutated, { dtype, groups, stopAtFirstFailure: true });
    return report.failures[0]?.id ?? null;
  };
  return { mutant: mutant.name, dtype, lossLevel: await first(LOSS_GROUPS), ops: options.skip?.ops ? null : await first(["ops"]) };
}

/**
 * Register the mutation test with vitest: for every mutant (default {@link MUTANTS}) and
 * dtype, the suite's loss-level groups must fail, and so must the per-op cases (unless the
 * adapter skips the `ops` group). A mutant whose fused op the backend lacks is a skipped
 * test with that reason. Use the same options as the adapter's `runConformance` call; a
 * reference backend is required.
 *
 * @example
 * ```ts
 * runMutationTest({ name: "cpu", createBackend: (dtype) => createCpuBackend({ dtype }), reference: () => createCpuBackend() });
 * ```
 */
export function runMutationTest<T>(options: ConformanceOptions<T> & { mutants?: readonly Mutant[] }): void {
  const dtypes = options.dtypes ?? (["float64", "float32"] as const);
  const mutants = options.mutants ?? MUTANTS;
  for (const dtype of dtypes) {
    describe(`mutation test: every wrong ${options.name} (${dtype}) fails the conformance suite`, { timeout: options.timeout ?? 120_000 }, () => {
      for (const mutant of mutants) {
        it(`${mutant.name}: ${mutant.description}`, async (t) => {
          check(options.reference !== undefined, "the mutation test needs a reference backend");
          const caught = await findMutantCatchers(mutant, options, dtype);
          if (caught.notApplicable) {
            t.skip(caught.notApplicable);
            return;
          }
          check(caught.lossLevel !== null, `mutant ${mutant.name} passed every loss-level check on ${options.name} (${dtype})`);
          check(options.skip?.ops !== undefined || caught.ops !== null, `mutant ${mutant.name} passed every per-op case on ${options.name} (${dtype})`);
        });
      }
    });
  }
}
