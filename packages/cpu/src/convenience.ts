import { angleReportSync, evaluateLossSync, type AngleReport, type AngleReportOptions, type EvaluateOptions, type LossResult, type MatrixInput } from "@mmareg/core";
import { createCpuBackend, type CpuBackend } from "./createCpuBackend.js";

/** {@link EvaluateOptions} plus the CPU backend's precision. */
export interface CpuEvaluateOptions extends EvaluateOptions {
  /** Storage precision of the default CPU backend (default `float64`). */
  dtype?: "float64" | "float32";
}

const backends = new Map<string, CpuBackend>();
function backendFor(dtype: "float64" | "float32" = "float64"): CpuBackend {
  let b = backends.get(dtype);
  if (!b) {
    b = createCpuBackend({ dtype });
    backends.set(dtype, b);
  }
  return b;
}

/**
 * Any loss and its gradient on the CPU, synchronously, from plain arrays.
 *
 * @example
 * ```ts
 * import { loss } from "@mmareg/cpu";
 * const r = loss([[1, 0], [0.8, 0.6], [0, 1]], { loss: "mhe", s: 0 });
 * console.log(r.loss, r.grad);
 * ```
 * @throws {@link MMARegError} on bad input (see `evaluateLoss`).
 */
export function loss(input: MatrixInput, options: CpuEvaluateOptions = {}): LossResult {
  // not an object: core's option check says so (a string in place of the options, null)
  if (options === null || typeof options !== "object") return evaluateLossSync(backendFor(), input, options);
  const { dtype, ...rest } = options;
  return evaluateLossSync(backendFor(dtype), input, rest);
}

/**
 * The MMA loss (paper eq. 6) and its gradient on the CPU, synchronously.
 *
 * @example
 * ```ts
 * import { mma } from "@mmareg/cpu";
 * const { loss, grad } = mma([[1, 0], [0.8, 0.6], [0, 1]]);
 * ```
 * @throws {@link MMARegError} on bad input (see `evaluateLoss`).
 */
export function mma(input: MatrixInput, options: Omit<CpuEvaluateOptions, "loss"> = {}): LossResult {
  return loss(input, { ...options, loss: "mma" });
}

/**
 * Angular diversity of a weight on the CPU: nearest angles, minimal angle, correlated pairs.
 *
 * @example
 * ```ts
 * import { angles } from "@mmareg/cpu";
 * angles([[1, 0], [0, 1], [-1, 0]]).minAngleDeg; // 90
 * ```
 */
export function angles(input: MatrixInput, options: AngleReportOptions = {}): AngleReport {
  return angleReportSync(backendFor(), input, options);
}
