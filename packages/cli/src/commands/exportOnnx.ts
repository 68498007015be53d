import { writeFileSync } from "node:fs";
import { LOSS_NAMES, MMARegError, type LossName, type NumericMode } from "@mmareg/core";
import { choiceFlag, numberFlag, parse } from "../args.js";
import { CliError } from "../cliError.js";
import { withOptionalPackages } from "../optionalPackages.js";
import type { Command } from "./types.js";

const HELP = `Usage: mma export-onnx --cols <D> [--rows <N>] [options] -o <file.onnx>

Write an ONNX model (opset 13) of a loss and its analytic gradient, for any ONNX Runtime
(Python, C++, C#, JavaScript): input W float32 [rows, cols], one row per neuron or filter;
outputs loss float32 [] and grad float32 [rows, cols] = d loss / d W. The graph is the
same loss code every mmareg backend runs, traced op by op; node names are readable
(mma/nearestNeighbors/argmax) and the model's doc string states the formula and contract.

Options:
  --loss <name>        ${LOSS_NAMES.join(" | ")} (default mma)
  --mode <mode>        exact (default) | reference (the paper's PyTorch code)
  --s <number>         MHE exponent: s > 0 Riesz-Fisher, s = 0 logarithmic (default 2)
  --half-space         MHE: also repel each row from the other rows' antipodes
  --rows <N>           the row count: a number >= 2, or a dimension name for a model that
                       takes any number of rows >= 2 (default N)
  --cols <D>           the row length (required): in*kh*kw for a conv weight
  --block-rows <B>     rows per block of the nearest-neighbour search (mma): the model
                       works through blocks of rows (a Loop, or written out block by
                       block for a fixed row count in at most 8 blocks), never holding
                       the rows x rows cosine matrix (default: one block up to 2048 rows,
                       else 2^22 / rows; computed at run time for a symbolic row count)
  -o, --output <file>  where to write the model (required)
  --json               print a JSON summary (file, bytes, inputs, outputs, nodes)
  -h, --help           this text

Example:
  mma export-onnx --loss mma --rows N --cols 576 -o mma.onnx
  python -c "import numpy as np, onnxruntime as ort; s = ort.InferenceSession('mma.onnx'); \\
    loss, grad = s.run(None, {'W': np.random.randn(64, 576).astype(np.float32)}); print(loss)"
`;

function rowsFlag(value: string | undefined): number | string {
  if (value === undefined) return "N";
  if (/^\d+$/.test(value)) return Number(value);
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(value)) return value;
  throw new CliError(`--rows expects a row count (a number >= 2) or a dimension name such as N, got "${value}"`);
}

/** Protobuf's limit on one message: an .onnx file (without external data) is at most 2 GiB. */
const MAX_MODEL_BYTES = 2 ** 31 - 1;

/** The most a run may need: ONNX Runtime Web's WebAssembly memory is at most 4 GiB. */
const MAX_RUN_BYTES = 2 ** 32;

function mib(bytes: number): string {
  return bytes >= 2 ** 30 ? `${(bytes / 2 ** 30).toFixed(1)} GiB` : `${(bytes / 2 ** 20).toFixed(1)} MiB`;
}

/**
 * The size of the model for `cols` columns, estimated before building it: two small
 * models (64 and 128 columns) give the fixed part and the bytes per column (constants of
 * length `cols` in some graphs), extrapolated linearly.
 */
function estimateModelBytes(sizeFor: (cols: number) => number, cols: number): { bytes: number; perColumn: number } {
  if (cols <= 128) return { bytes: sizeFor(cols), perColumn: 0 };
  const a = sizeFor(64);
  const perColumn = Math.max(0, (sizeFor(128) - a) / 64);
  return { bytes: a + perColumn * (cols - 64), perColumn };
}

export const exportOnnxCommand: Command = {
  name: "export-onnx",
  summary: "write a loss and its gradient as an .onnx model for any ONNX Runtime",
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parse(argv, {
      loss: { type: "string" },
      mode: { type: "string" },
      s: { type: "string" },
      "half-space": { type: "boolean" },
      rows: { type: "string" },
      cols: { type: "string" },
      "block-rows": { type: "string" },
      output: { type: "string", short: "o" },
      json: { type: "boolean" },
    });
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    if (positionals.length > 0) throw new CliError(`mma export-onnx takes no positional arguments, got "${positionals[0]}" (see mma export-onnx --help)`);
    if (values.cols === undefined) throw new CliError("mma export-onnx needs --cols, the row length of W (see mma export-onnx --help)");
    if (values.output === undefined) throw new CliError("mma export-onnx needs -o <file.onnx>, where to write the model");
    const loss = choiceFlag(values.loss, "loss", LOSS_NAMES, "mma" as LossName);
    const mode = choiceFlag(values.mode, "mode", ["exact", "reference"] as const, "exact" as NumericMode);
    const cols = numberFlag(values.cols, "cols", 0);
    if (!Number.isInteger(cols) || cols < 1) throw new CliError(`--cols expects a row length, an integer >= 1, got "${values.cols}"`);
    const rows = rowsFlag(values.rows);
    const s = numberFlag(values.s, "s", 2);
    const halfSpace = values["half-space"] ?? false;
    const blockRows = values["block-rows"] === undefined ? undefined : numberFlag(values["block-rows"], "block-rows", 0);
    if (blockRows !== undefined && !(Number.isInteger(blockRows) && blockRows >= 1)) {
      throw new CliError(`--block-rows expects a number of rows, an integer >= 1, got "${values["block-rows"]}"`);
    }
    const blocks = blockRows === undefined ? {} : { blockRows };
    const { buildLossModel, summarizeModel } = await withOptionalPackages("exporting an ONNX model", ["@mmareg/onnx"], () => import("@mmareg/onnx"));
    const estimate = estimateModelBytes((c) => buildLossModel({ loss, mode, s, halfSpace, rows, cols: c }).length, cols);
    if (estimate.bytes > MAX_MODEL_BYTES) {
      throw new CliError(
        `--cols ${values.cols} would make a model of about ${mib(estimate.bytes)} (${estimate.perColumn.toFixed(0)} bytes per column for the ${loss} loss); an .onnx file holds at most 2 GiB: use a smaller --cols`,
      );
    }
    // What a run of the model costs: W and its gradient in float32 (8 bytes per entry), for
    // the fixed row count or, with a symbolic one, the smallest useful input (two rows).
    const runRows = typeof rows === "number" ? rows : 2;
    const runBytes = 8 * runRows * cols;
    if (runBytes > MAX_RUN_BYTES) {
      throw new CliError(
        `--cols ${values.cols} would need about ${mib(runBytes)} to run (W and its gradient in float32 for ${typeof rows === "number" ? rows : "even 2"} rows); ONNX Runtime Web's memory holds at most 4 GiB: use a smaller --cols`,
      );
    }
    if (estimate.bytes > 16 * 2 ** 20) io.err(`mma export-onnx: note: --cols ${values.cols} makes a model of about ${mib(estimate.bytes)} (${estimate.perColumn.toFixed(0)} bytes per column)\n`);
    const bytes = buildLossModel({ loss, mode, s, halfSpace, rows, cols, ...blocks });
    try {
      writeFileSync(values.output, bytes);
    } catch (e) {
      throw new MMARegError("BAD_OPTION", `cannot write ${values.output}: ${(e as Error).message}`);
    }
    const summary = summarizeModel(bytes);
    if (values.json) {
      io.out(JSON.stringify({ file: values.output, bytes: bytes.length, loss, mode, ...(loss === "mhe" ? { s, halfSpace } : {}), opset: summary.opset, nodes: summary.nodeCount, inputs: summary.inputs, outputs: summary.outputs }) + "\n");
      return 0;
    }
    const sig = (v: { name: string; type: string; shape: (number | string)[] }) => `${v.name} ${v.type} [${v.shape.join(", ")}]`;
    const label = loss === "mhe" ? `mhe s=${s}${halfSpace ? " half-space" : ""}` : loss;
    io.out(
      `wrote ${values.output} (${(bytes.length / 1024).toFixed(1)} KiB): ${label}, ${mode} mode, opset ${summary.opset}, ${summary.nodeCount} nodes\n` +
        `  input   ${summary.inputs.map(sig).join(", ")}\n  outputs ${summary.outputs.map(sig).join(", ")}\n`,
    );
    return 0;
  },
};
