import type { Backend, Dtype } from "@mmareg/core";
import { afterAll, beforeAll, describe, it } from "vitest";
import {
  CheckNotApplicable,
  DEFAULT_TOLERANCE,
  type CheckDefinition,
  type ConformanceOptions,
  type ConformanceSkip,
  type SuiteContext,
} from "./context.js";
import { agreementSuite } from "./suites/agreement.js";
import { edgeCaseSuite } from "./suites/edgeCases.js";
import { finiteDifferenceSuite } from "./suites/finiteDifferences.js";
import { fusedSuite } from "./suites/fused.js";
import { goldenSuite } from "./suites/golden.js";
import { invarianceSuite } from "./suites/invariances.js";
import { opsSuite } from "./suites/ops.js";

/** The groups of the suite in the order they run: flag, title, checks. */
const GROUPS: readonly [ConformanceSkip, string, (ctx: SuiteContext) => CheckDefinition[]][] = [
  ["ops", "ops", opsSuite],
  ["golden", "golden vectors", goldenSuite],
  ["finite-differences", "finite differences", finiteDifferenceSuite],
  ["invariances", "invariances", invarianceSuite],
  ["edge-cases", "edge cases", edgeCaseSuite],
  ["fused", "fused ops", fusedSuite],
  ["agreement", "agreement with the reference backend", agreementSuite],
];

/** The names of the suite's groups, in the order they run. */
export const CONFORMANCE_GROUPS: readonly ConformanceSkip[] = GROUPS.map(([flag]) => flag);

/** A check of the suite, ready to run: its id, and why it is skipped if it is. */
export interface ConformanceCheck {
  /** `"<group> > <describe> > ... > <title>"`, what {@link CaseSkip} and {@link CaseTolerance} match. */
  id: string;
  group: ConformanceSkip;
  /** Describe titles below the group, then the test title. */
  path: readonly string[];
  title: string;
  /** The reason it is skipped (a group skip, a case skip, a missing reference); absent when it runs. */
  skip?: string;
  /** Run it against the context's backends (throws on failure). */
  run(): Promise<void>;
}

function matches(pattern: string | RegExp, id: string): boolean {
  return typeof pattern === "string" ? id.includes(pattern) : pattern.test(id);
}

/**
 * Every check of the suite for one dtype, with the skips of `options` applied. `state`
 * supplies the backends when a check runs (they are created later, in `beforeAll`).
 */
function collectChecks<T>(options: ConformanceOptions<T>, dtype: Dtype, state: { backend(): Backend<T>; reference(): Backend<unknown> | undefined }): ConformanceCheck[] {
  const baseTol = options.tolerance?.[dtype] ?? DEFAULT_TOLERANCE[dtype];
  const staticCtx: SuiteContext = {
    options: options as ConformanceOptions,
    dtype,
    tol: baseTol,
    backend: () => state.backend() as Backend<unknown>,
    reference: () => state.reference(),
  };
  const out: ConformanceCheck[] = [];
  for (const [flag, , suite] of GROUPS) {
    const groupReason = options.skip?.[flag] ?? (flag === "agreement" && !options.reference ? NO_REFERENCE : undefined);
    for (const def of suite(staticCtx)) {
      const path = def.path ?? [];
      const id = [flag, ...path, def.title].join(" > ");
      const caseSkip = options.skipCases?.find((s) => matches(s.match, id));
      const override = options.caseTolerance?.find((t) => matches(t.match, id))?.tolerance[dtype];
      const ctx: SuiteContext = override === undefined ? staticCtx : { ...staticCtx, tol: override };
      const skip = groupReason ?? caseSkip?.reason ?? def.skip;
      out.push({ id, group: flag, path, title: def.title, ...(skip !== undefined ? { skip } : {}), run: async () => def.run(ctx) });
    }
  }
  return out;
}

const NO_REFERENCE = "no reference backend given (pass `reference: () => createCpuBackend({ dtype: \"float64\" })`)";

/**
 * Register the conformance suite for a backend with vitest. Call it at the top level of a
 * test file; a backend is done when this passes. Each check is a vitest test named by its
 * group and case, so a failure says which op or loss is wrong; skipped groups and cases
 * show up as skipped tests with their reasons.
 *
 * @example
 * ```ts
 * // packages/cpu/src/__tests__/conformance.test.ts
 * import { runConformance } from "@mmareg/conformance";
 * import { createCpuBackend } from "../index.js";
 *
 * runConformance({
 *   name: "cpu",
 *   createBackend: (dtype) => createCpuBackend({ dtype }),
 *   reference: () => createCpuBackend({ dtype: "float64" }),
 * });
 * ```
 */
export function runConformance<T>(options: ConformanceOptions<T>): void {
  const dtypes = options.dtypes ?? (["float64", "float32"] as const);
  const timeout = options.timeout ?? 60_000;
  if (!options.reference) {
    console.warn(`conformance: ${options.name}: ${NO_REFERENCE}; agreement and the float32 reference finite differences are skipped`);
  }
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
      const checks = collectChecks(options, dtype, {
        backend: () => {
          if (!backend) throw new Error(`backend ${options.name} (${dtype}) did not start`);
          return backend;
        },
        reference: () => reference,
      });
      registerTree(checks, GROUPS.map(([flag, title]) => [flag, title]), options);
    });
  }
}

/** Register checks as nested describe blocks (group, then each path title) and tests. */
function registerTree<T>(checks: ConformanceCheck[], groups: [ConformanceSkip, string][], options: ConformanceOptions<T>): void {
  for (const [flag, title] of groups) {
    const mine = checks.filter((c) => c.group === flag);
    const groupReason = options.skip?.[flag] ?? (flag === "agreement" && !options.reference ? NO_REFERENCE : undefined);
    if (groupReason !== undefined) {
      // one visible skipped test per skipped group, its reason in the title
      describe.skip(`${title} — skipped: ${groupReason}`, () => {
        it(`${mine.length} checks skipped`, () => {});
      });
      continue;
    }
    describe(title, () => registerLevel(mine, 0));
  }
}

function registerLevel(checks: ConformanceCheck[], depth: number): void {
  const seen = new Set<string>();
  for (const c of checks) {
    if (c.path.length > depth) {
      const name = c.path[depth] as string;
      if (seen.has(name)) continue;
      seen.add(name);
      describe(name, () => registerLevel(checks.filter((x) => x.path.length > depth && x.path[depth] === name), depth + 1));
    } else if (c.skip !== undefined) {
      it.skip(`${c.title} — skipped: ${c.skip}`, () => {});
    } else {
      it(c.title, async (t) => {
        try {
          await c.run();
        } catch (e) {
          if (e instanceof CheckNotApplicable) {
            t.skip(e.message);
            return;
          }
          throw e;
        }
      });
    }
  }
}

/** The outcome of one check in {@link runConformanceChecks}. */
export interface ConformanceResult {
  id: string;
  status: "passed" | "failed" | "skipped";
  /** The failure message, or the reason for a skip. */
  message?: string;
}

/** What {@link runConformanceChecks} found. */
export interface ConformanceReport {
  name: string;
  dtype: Dtype;
  results: ConformanceResult[];
  /** The failed checks (empty when the backend conforms). */
  failures: ConformanceResult[];
}

/** Options of {@link runConformanceChecks}. */
export interface RunChecksOptions {
  dtype: Dtype;
  /** Only these groups, in this order (default all, in the suite's order). */
  groups?: readonly ConformanceSkip[];
  /** Stop at the first failed check (enough to know the backend does not conform). */
  stopAtFirstFailure?: boolean;
}

/**
 * Run the suite's checks for one dtype as plain functions, outside vitest's test
 * registration, and collect the failures. Used by the mutation test (every deliberately
 * wrong backend must fail), and handy to see every failure of a new backend at once.
 *
 * @example
 * ```ts
 * const report = await runConformanceChecks(
 *   { name: "cpu", createBackend: (dtype) => createCpuBackend({ dtype }), reference: () => createCpuBackend() },
 *   { dtype: "float32" },
 * );
 * report.failures; // [] when it conforms
 * ```
 */
export async function runConformanceChecks<T>(options: ConformanceOptions<T>, run: RunChecksOptions): Promise<ConformanceReport> {
  const backend = await options.createBackend(run.dtype);
  const reference = options.reference ? await options.reference() : undefined;
  const checks = collectChecks(options, run.dtype, { backend: () => backend, reference: () => reference });
  const results: ConformanceResult[] = [];
  // in the order of `run.groups` when given (the suite's order otherwise)
  const order = run.groups ? run.groups.flatMap((g) => checks.filter((c) => c.group === g)) : checks;
  try {
    for (const c of order) {
      if (c.skip !== undefined) {
        results.push({ id: c.id, status: "skipped", message: c.skip });
        continue;
      }
      try {
        await c.run();
        results.push({ id: c.id, status: "passed" });
      } catch (e) {
        if (e instanceof CheckNotApplicable) {
          results.push({ id: c.id, status: "skipped", message: e.message });
          continue;
        }
        results.push({ id: c.id, status: "failed", message: e instanceof Error ? e.message : String(e) });
        if (run.stopAtFirstFailure) break;
      }
    }
  } finally {
    if (options.dispose) await options.dispose(backend);
  }
  return { name: options.name, dtype: run.dtype, results, failures: results.filter((r) => r.status === "failed") };
}
