import type { Backend, Dtype } from "@mmareg/core";

/** Named groups of the suite a backend may skip, each with a reason. */
export type ConformanceSkip =
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

/** What an adapter passes to {@link runConformance}. */
export interface ConformanceOptions<T = unknown> {
  /** Backend name used in test titles, for example `cpu` or `tfjs-wasm`. */
  name: string;
  /** Create (or return a shared) backend of the given precision; may be async. */
  createBackend: (dtype: Dtype) => Backend<T> | Promise<Backend<T>>;
  /** Precisions to test (default both). */
  dtypes?: readonly Dtype[];
  /** A float64 backend every result is compared with (for example the CPU backend). */
  reference?: () => Backend<unknown> | Promise<Backend<unknown>>;
  /** Relative tolerance per dtype (defaults: float64 1e-12, float32 1e-5). */
  tolerance?: Partial<Record<Dtype, number>>;
  /** Groups to skip, each with the reason printed in the test title. */
  skip?: Partial<Record<ConformanceSkip, string>>;
  /** Per-test timeout in ms (default 60 000). */
  timeout?: number;
  /** Release a backend after its dtype's tests. */
  dispose?: (backend: Backend<T>) => void | Promise<void>;
}

/** The state a suite group reads while its tests run. */
export interface SuiteContext<T = unknown> {
  readonly options: ConformanceOptions<T>;
  readonly dtype: Dtype;
  /** Relative tolerance of this dtype. */
  readonly tol: number;
  /** The backend under test (set in `beforeAll`). */
  backend(): Backend<T>;
  /** The float64 reference backend, if any. */
  reference(): Backend<unknown> | undefined;
}

/** Default relative tolerances. */
export const DEFAULT_TOLERANCE: Record<Dtype, number> = { float64: 1e-12, float32: 1e-5 };
