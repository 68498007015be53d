import type { Backend } from "../backend.js";
import { MMARegError } from "../errors.js";
import { checkBooleanOption, describeValue } from "../validate.js";
import { LOSS_NAMES, type AnyLossOptions, type LossName, type LossTensors } from "../types.js";
import { cosineLoss } from "./cosine.js";
import { mheLoss } from "./mhe.js";
import { mmaLoss } from "./mma.js";
import { orthogonalLoss } from "./orthogonal.js";

export { cosineLoss, mheLoss, mmaLoss, orthogonalLoss };

/**
 * The type checks every loss applies to its options: an object (a string such as `"mhe"`
 * in its place is an error, not the default loss), boolean flags, a `batch` object.
 */
function checkLossOptions(options: unknown): void {
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new MMARegError("BAD_OPTION", `loss options must be an object such as { loss: "mhe", s: 0 }, got ${options === null ? "null" : Array.isArray(options) ? "an array" : typeof options}`);
  }
  checkBooleanOption(options, "fused");
  checkBooleanOption(options, "halfSpace", { loss: "mhe" });
  const batch = (options as { batch?: unknown }).batch;
  if (batch !== undefined && (batch === null || typeof batch !== "object" || Array.isArray(batch))) {
    throw new MMARegError("BAD_OPTION", "option batch must be an object such as { fraction: 0.3, seed: 1 }", { loss: "mhe" });
  }
}

/** Check a loss name, with a typed error listing the known ones. */
export function resolveLossName(name: unknown): LossName {
  if (name === undefined) return "mma";
  if (typeof name === "string" && (LOSS_NAMES as readonly string[]).includes(name)) return name as LossName;
  throw new MMARegError("UNKNOWN_LOSS", `unknown loss ${describeValue(name)}: use one of ${LOSS_NAMES.join(", ")}`);
}

/**
 * Any loss by name, as backend tensors (no read-back, no input checks: see
 * `evaluateLoss` for the checked, read-back version).
 *
 * @example
 * ```ts
 * const b = createCpuBackend();
 * const { loss, grad } = computeLoss(b, b.tensor(data, [n, d]), { loss: "mhe", s: 0 });
 * ```
 * @throws {@link MMARegError} `UNKNOWN_LOSS`, `BAD_OPTION`, `BAD_SHAPE`, `EMPTY`.
 */
export function computeLoss<T>(b: Backend<T>, w: T, options: AnyLossOptions = {}): LossTensors<T> {
  checkLossOptions(options);
  const name = resolveLossName(options.loss);
  try {
    switch (name) {
      case "mma":
        return mmaLoss(b, w, options);
      case "cosine":
        return cosineLoss(b, w, options);
      case "mhe":
        return mheLoss(b, w, options);
      case "orthogonal":
        return orthogonalLoss(b, w, options);
    }
  } catch (e) {
    throw e instanceof MMARegError ? e.withContext({ backend: b.name, loss: name }) : e;
  }
}
