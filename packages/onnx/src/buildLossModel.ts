import { computeLoss, MMARegError, type AnyLossOptions, type NumericMode } from "@mmareg/core";
import { resolveLossName } from "@mmareg/core/internal";
import { emitGraph, planTrace } from "./graph/emitGraph.js";
import { encodeModel } from "./graph/encodeModel.js";
import { ROW_SENTINELS } from "./graph/symbolicRows.js";
import { lossDocString, lossLabel } from "./lossDoc.js";
import { OPSET } from "./proto.js";
import { createTracingBackend, placeholder } from "./trace/createTracingBackend.js";

/** Options of {@link buildLossModel}. */
export interface LossModelOptions extends Omit<AnyLossOptions, "batch"> {
  /**
   * Row count of `W`: a number (at least 2), or a dimension name such as `"N"` for a
   * model that takes any number of rows (every loss supports it; see the README).
   */
  rows: number | string;
  /** Row length of `W`. */
  cols: number;
  /**
   * Write the forms ONNX Runtime Web's WebGPU execution provider computes correctly
   * (README, "WebGPU"): no `ArgMax`, float reductions over a leading unit axis. The model
   * computes the same values on every runtime. Default `false`.
   */
  webgpu?: boolean;
  /**
   * Rows per block of the nearest-neighbour search (a `Loop` over blocks of rows, so the
   * model never holds the `n x n` cosine matrix). Default: one block without a `Loop` while
   * `rows^2 <= 2^22`, else `floor(2^22 / rows)` rows (16 MB of float32 cosines); with a
   * symbolic row count the model computes that from the runtime row count. Results do not
   * depend on it.
   */
  blockRows?: number;
}

function checkSize(options: LossModelOptions): { rows: number | null; param: string } {
  const { rows, cols, blockRows } = options;
  if (blockRows !== undefined && !(Number.isInteger(blockRows) && blockRows >= 1)) {
    throw new MMARegError("BAD_OPTION", `blockRows must be a positive integer (rows per block of the nearest-neighbour loop), got ${String(blockRows)}`);
  }
  if (!Number.isInteger(cols) || cols < 1) {
    throw new MMARegError("BAD_OPTION", `cols must be a positive integer (the row length of W), got ${String(cols)}`);
  }
  if (typeof rows === "string") {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(rows)) {
      throw new MMARegError("BAD_OPTION", `rows must be a number or a dimension name such as "N", got ${JSON.stringify(rows)}`);
    }
    return { rows: null, param: rows };
  }
  if (!Number.isInteger(rows) || rows < 2) {
    throw new MMARegError("BAD_OPTION", `rows must be an integer >= 2 (with fewer rows every loss is the constant 0), got ${String(rows)}`);
  }
  return { rows, param: String(rows) };
}

function trace(options: LossModelOptions, rows: number, symbolic: { param: string } | null, docString: string, graphName: string): Uint8Array {
  const b = createTracingBackend({
    name: "onnx-export",
    pairAngles: !(options.webgpu ?? false),
    read: () => Promise.reject(new MMARegError("BACKEND", "the export tracer has no runtime to read from")),
  });
  const w = placeholder("W", [rows, options.cols]);
  const { loss: lossName, webgpu: _forms, blockRows, ...lossOptions } = options;
  const { loss, grad } = computeLoss(b, w, { ...lossOptions, loss: lossName });
  const outputs = [
    { name: "loss", tensor: loss },
    { name: "grad", tensor: grad },
  ];
  const plan = planTrace(outputs);
  const extra = plan.leaves.filter((l) => l.op !== "placeholder");
  if (extra.length > 0 || plan.leaves.length !== 1) {
    throw new MMARegError("BAD_OPTION", "this loss configuration reads data besides W and cannot be exported as a model of W alone");
  }
  const graph = emitGraph(plan, outputs, {
    prefix: resolveLossName(lossName),
    graphName,
    docString,
    ...(symbolic ? { symbolic: { sentinel: rows, param: symbolic.param, input: "W" } } : {}),
    webgpu: options.webgpu ?? false,
    ...(blockRows !== undefined ? { blockRows } : {}),
  });
  return encodeModel(graph, {
    docString,
    metadata: { loss: resolveLossName(lossName), mode: options.mode ?? "exact", s: String(options.s ?? 2), half_space: String(options.halfSpace ?? false), opset: String(OPSET) },
  });
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * An ONNX model (opset 13) of a loss and its analytic gradient: input `W` (float32
 * `[rows, cols]`), outputs `loss` (float32 `[]`) and `grad` (float32 `[rows, cols]`, d loss
 * / d W). The graph is core's own loss code traced op by op, so it computes exactly what
 * every other backend computes; node names are readable (`mma/rowMax/argmax`) and the doc
 * string states the loss, its formula, the mode and the contract. Any ONNX Runtime (Python,
 * C++, C#, JS) can run it.
 *
 * `rows` may be a dimension name (`"N"`): the model then takes any row count `N >= 2`.
 * The loss is traced at two sentinel row counts and the two models must agree byte for
 * byte, so no constant that depends on the row count is ever baked in.
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * writeFileSync("mma.onnx", buildLossModel({ loss: "mma", rows: "N", cols: 576 }));
 * ```
 * @throws {@link MMARegError} `BAD_OPTION` for bad sizes or `blockRows`, a mini-batch (`batch`) request
 *   or a loss whose graph depends on the row count in a way that cannot be made symbolic;
 *   `UNKNOWN_LOSS` for an unknown loss.
 */
export function buildLossModel(options: LossModelOptions): Uint8Array {
  if ((options as AnyLossOptions).batch !== undefined) {
    throw new MMARegError("BAD_OPTION", "a mini-batch MHE model is not exported: slice the rows you want into W and export plain mhe", { loss: "mhe" });
  }
  const lossName = resolveLossName(options.loss);
  const { rows, param } = checkSize(options);
  const mode = (options.mode ?? "exact") as NumericMode;
  const s = options.s ?? 2;
  const halfSpace = options.halfSpace ?? false;
  const docString = lossDocString(lossName, mode, s, halfSpace, param, options.cols);
  const graphName = `mmareg ${lossLabel(lossName, mode, s, halfSpace)}`;
  const opts = { ...options, loss: lossName };
  if (rows !== null) return trace(opts, rows, null, docString, graphName);
  const [first, second] = ROW_SENTINELS.map((n) => trace(opts, n, { param }, docString, graphName)) as [Uint8Array, Uint8Array];
  if (!sameBytes(first, second)) {
    throw new MMARegError("BAD_OPTION", `the ${lossName} graph depends on the row count in a way that cannot be made symbolic: pass a number for rows`, { loss: lossName });
  }
  return first;
}
