import type { Backend, Dtype } from "@mmareg/core";

/** Named groups of the suite a backend may skip, each with a reason. */
export type ConformanceSkip =
  /** Per-op cases: every Backend op on small data against a float64 implementation. */
  | "ops"
  /** PyTorch golden vectors in reference mode. */
  | "golden"
  /** Golden cases whose PyTorch result is NaN or Infinity (non-finite propagation). */
  | "golden-nonfinite"
  /** The 512 x 64 golden case and the larger random shapes. */
  | "large"
  /** Finite-difference gradient checks. */
  | "finite-differences"
  /** Scaling, rotation and permutation invariances. */
  | "invariances"
  /** Edge cases and bad-input errors. */
  | "edge-cases"
  /** Fused ops against their composition from primitives. */
  | "fused"
  /** Agreement with the float64 reference backend. */
  | "agreement";

/**
 * Skip single checks by name: `match` is tested against the check's id,
 * `"<group> > <describe> > <title>"` (for example
 * `"ops > unary exp"` or `"agreement > mma on 130x64#53"`): a string matches when the id
 * contains it, a RegExp when it matches. The reason is printed in the skipped test's title.
 */
export interface CaseSkip {
  match: string | RegExp;
  reason: string;
}

/**
 * A different base tolerance for the checks whose id `match`es (as in {@link CaseSkip}),
 * for a backend that genuinely cannot reach the default there (say, GPU float32 math in a
 * software renderer). The checks scale it as they scale the dtype's default. Say why.
 */
export interface CaseTolerance {
  match: string | RegExp;
  /** The base tolerance, per dtype, for the matching checks. */
  tolerance: Partial<Record<Dtype, number>>;
  reason: string;
}

/** What an adapter passes to {@link runConformance}. */
export interface ConformanceOptions<T = unknown> {
  /** Backend name used in test titles, for example `cpu` or `tfjs-wasm`. */
  name: string;
  /** Create (or return a shared) backend of the given precision; may be async. */
  createBackend: (dtype: Dtype) => Backend<T> | Promise<Backend<T>>;
  /** Precisions to test (default both). */
  dtypes?: readonly Dtype[];
  /**
   * A float64 backend every result is compared with (for example the CPU backend). Without
   * one, agreement and the float32 reference finite differences are skipped (visibly, and
   * with a warning).
   */
  reference?: () => Backend<unknown> | Promise<Backend<unknown>>;
  /** Base relative tolerance per dtype (defaults: float64 1e-12, float32 1e-5). */
  tolerance?: Partial<Record<Dtype, number>>;
  /** Groups to skip, each with the reason printed in the test title. */
  skip?: Partial<Record<ConformanceSkip, string>>;
  /** Single checks to skip, each with a reason (see {@link CaseSkip}). */
  skipCases?: readonly CaseSkip[];
  /** Base tolerances for single checks (see {@link CaseTolerance}). */
  caseTolerance?: readonly CaseTolerance[];
  /** Per-test timeout in ms (default 60 000). */
  timeout?: number;
  /** Release a backend after its dtype's tests. */
  dispose?: (backend: Backend<T>) => void | Promise<void>;
}

/** The state a suite group reads while its tests run. */
export interface SuiteContext<T = unknown> {
  readonly options: ConformanceOptions<T>;
  readonly dtype: Dtype;
  /** Base relative tolerance of this dtype (for the check being run: after {@link CaseTolerance}). */
  readonly tol: number;
  /** The backend under test (set in `beforeAll`). */
  backend(): Backend<T>;
  /** The float64 reference backend, if any. */
  reference(): Backend<unknown> | undefined;
}

/** Default relative tolerances. */
export const DEFAULT_TOLERANCE: Record<Dtype, number> = { float64: 1e-12, float32: 1e-5 };

/**
 * One check of the suite: a plain function that throws on failure. Groups return lists of
 * them; {@link runConformance} wraps each in a vitest `it`, {@link runConformanceChecks}
 * runs them directly and collects the failures.
 */
export interface CheckDefinition {
  /** Describe-block titles inside the group (may be empty). */
  path?: readonly string[];
  /** The test title. */
  title: string;
  /** Run the check; throws ({@link ConformanceFailure} or any error) on failure. */
  run(ctx: SuiteContext): void | Promise<void>;
  /** Skip this check, with the reason. */
  skip?: string;
}

/** Thrown by a check that does not apply to the backend (for example no fused ops): a skip, not a failure. */
export class CheckNotApplicable extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "CheckNotApplicable";
  }
}
