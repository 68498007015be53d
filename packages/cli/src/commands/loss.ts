import { angleReport, evaluateLossView, LAYOUTS, LOSS_NAMES, MMARegError, type Layout, type LossName, type NumericMode } from "@mmareg/core";
import { flatIndexOf } from "@mmareg/core/internal";
import { basename, extname } from "node:path";
import { choiceFlag, numberFlag, parse } from "../args.js";
import { BACKENDS, loadBackend } from "../backends/index.js";
import { CliError } from "../cliError.js";
import { readModel } from "../inspect/readModel.js";
import { writeNpyFile } from "../io/npy.js";
import { readMatrixFile, type MatrixFile } from "../io/readMatrix.js";
import { checkWritable } from "../io/writeOutput.js";
import { applyLowMemory, LOW_MEMORY_BACKENDS } from "../lowMemory.js";
import { commandProgress } from "../progress.js";
import type { Command } from "./types.js";

/**
 * The most gradient numbers `mma loss --json` prints; a larger gradient is left out of the
 * JSON (`"grad": null` and a `"gradNote"`) and belongs in a file: `--grad-out g.npy`.
 */
export const JSON_GRAD_LIMIT = 100_000;

/**
 * Above this many numbers (2^24) a float32 input runs on the cpu backend in float32 unless
 * `--dtype` says otherwise: in float64 each of the backend's `[n, d]` arrays would be twice
 * the input (at 100,000 x 512, 410 MB each instead of 205 MB).
 */
export const CPU_FLOAT32_ABOVE = 2 ** 24;

/** Whether `mma loss` runs the cpu backend in float32 by the rule of {@link CPU_FLOAT32_ABOVE} (no `--dtype`, a float32 input above 2^24 numbers). */
export function largeFloat32OnCpu(backend: string, dtypeFlag: string | undefined, data: ArrayLike<number>): boolean {
  return backend === "cpu" && dtypeFlag === undefined && data instanceof Float32Array && data.length > CPU_FLOAT32_ABOVE;
}

const HELP = `Usage: mma loss <file.json|file.npy> [options]
       mma loss <model> --weight <name> [options]
       mma loss <model> --list

Evaluate an angular-diversity loss and its gradient for one weight matrix.

Input: a .npy file (float32/float64, C order) or JSON: {"shape": [...], "data": [flat
row-major]} or nested arrays; or one weight of a model in any format mma inspect reads
(tfjs model.json / weights manifest, .onnx, .safetensors, .npz), chosen with --weight
(its layout comes from the model unless --layout is given).

Options:
  --loss <name>      ${LOSS_NAMES.join(" | ")} (default mma)
  --s <number>       MHE exponent: s > 0 Riesz-Fisher, s = 0 logarithmic (default 2)
  --half-space       MHE: also repel each row from the other rows' antipodes
  --mode <mode>      exact (default) | reference (the paper's PyTorch code to the digit)
  --backend <name>   ${BACKENDS.map((b) => b.name).join(" | ")} (default cpu)
  --dtype <type>     float64 | float32 (default: the backend's native precision; on
                     cpu a float32 input of more than 2^24 numbers runs in float32)
  --layout <layout>  how the weight maps to rows, one row per neuron/filter:
                       rows            already [n, d] (default)
                       dense           [in, out] dense kernel (tfjs/Keras)
                       conv-hwio       [..., in, out] channels-last conv kernel (tfjs)
                       conv-oihw       [out, in, ...] conv weight (PyTorch/ONNX)
                       depthwise-hwcm  [kh, kw, in, multiplier] depthwise kernel
  --weight <name>    take this weight out of a model file
  --list             list the model's weights (name, shape, layout) and exit
  --grad-out <file>  write the gradient to this .npy file (float32 or float64 as the
                     backend computes, little-endian, C order, the input's shape)
                     instead of printing it; numpy.load reads it
  --json             print one JSON object: loss, grad (flat, input order), shape,
                     minAngleDeg, meanNearestDeg, pairsAbove, gradMaxAbs, gradNorm,
                     backend, dtype, loss_name, mode, n, d. Above ${JSON_GRAD_LIMIT.toLocaleString("en-US")} numbers
                     (or with --grad-out) "grad" is null and "gradNote" says why:
                     write large gradients with --grad-out
  --low-memory       trade speed for memory where it pays: on ${LOW_MEMORY_BACKENDS.join(", ")} V8
                     compiles WebAssembly with its baseline compiler only (10575 x 512:
                     angle statistics 481 -> 315 MB peak; long runs about 1.6x slower);
                     the other backends are unchanged (they already fit)
  --quiet, --no-progress
                     no progress display (it is drawn on stderr only when stderr is
                     a terminal, never into stdout or --json)
  -h, --help         this text

Exit codes: 0 success, 2 bad input or usage (one line on stderr says what and where).

Examples:
  mma loss weights.npy
  mma loss conv.json --layout conv-oihw --loss mhe --s 0 --json
  mma loss classifier.npy --grad-out grad.npy
`;

/** Add the file position of an element to a bad-input error. */
function locate(e: MMARegError, m: MatrixFile, layout: Layout): MMARegError {
  const { row, column } = e.context;
  if (e.code !== "NON_FINITE" || row === undefined || column === undefined) return e;
  const flat = flatIndexOf(m.shape, layout, row, column);
  const where =
    m.format === "npy" && m.dataOffset !== undefined && m.itemSize !== undefined
      ? `element ${flat} of the file's data, byte offset ${m.dataOffset + flat * m.itemSize}`
      : `element ${flat} of the flat data`;
  return new MMARegError(e.code, `${where} is not finite (row ${row}, column ${column} of the row matrix): fix or drop that weight`, e.context);
}

/** The weight to evaluate: a matrix file, or one weight of a model (`--weight`) with the model's layout. */
async function readInput(file: string, weight: string | undefined): Promise<{ m: MatrixFile; layout?: Layout }> {
  if (weight === undefined) return { m: readMatrixFile(file) };
  const { format, weights } = await readModel(file);
  const w = weights.find((x) => x.name === weight);
  if (!w) {
    const names = weights.filter((x) => !x.skipped).map((x) => x.name);
    throw new CliError(`${file} (${format}) has no weight "${weight}": ${names.slice(0, 5).join(", ")}${names.length > 5 ? ", ..." : ""} (mma loss ${file} --list names all ${weights.length})`);
  }
  if (w.skipped) throw new CliError(`${file}: weight "${w.name}" cannot be used: ${w.skipped}`);
  return { m: { file: `${file}#${w.name}`, format: "model", data: w.data, shape: w.shape }, layout: w.layout };
}

/** The gradient in the backend's precision (a float32 backend writes a float32 file). */
function gradientArray(grad: ArrayLike<number>, dtype: string): Float32Array | Float64Array {
  if (dtype === "float32") return grad instanceof Float32Array ? grad : Float32Array.from(grad);
  return grad instanceof Float64Array ? grad : Float64Array.from(grad);
}

export const lossCommand: Command = {
  name: "loss",
  summary: "a loss and its gradient for a weight read from .npy or .json",
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parse(argv, {
      loss: { type: "string" },
      s: { type: "string" },
      "half-space": { type: "boolean" },
      mode: { type: "string" },
      backend: { type: "string" },
      dtype: { type: "string" },
      layout: { type: "string" },
      json: { type: "boolean" },
      weight: { type: "string" },
      list: { type: "boolean" },
      "grad-out": { type: "string" },
      "low-memory": { type: "boolean" },
      quiet: { type: "boolean" },
      "no-progress": { type: "boolean" },
    });
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    if (positionals.length !== 1) throw new CliError("mma loss needs exactly one input file (see mma loss --help)");
    const lossName = choiceFlag(values.loss, "loss", LOSS_NAMES, "mma" as LossName);
    const mode = choiceFlag(values.mode, "mode", ["exact", "reference"] as const, "exact" as NumericMode);
    let layout = choiceFlag(values.layout, "layout", LAYOUTS, "rows" as Layout);
    const s = numberFlag(values.s, "s", 2);
    if (values.list) {
      const { format, weights } = await readModel(positionals[0] as string);
      if (values.json) io.out(JSON.stringify({ format, weights: weights.map((w) => ({ name: w.name, shape: w.shape, layout: w.layout, kind: w.kind ?? null, ...(w.skipped ? { skipped: w.skipped } : {}) })) }) + "\n");
      else io.out(`${format}\n` + weights.map((w) => `  ${w.name}  [${w.shape.join(", ")}]  ${w.skipped ? `skipped: ${w.skipped}` : `${w.layout}${w.kind ? `  ${w.kind}` : ""}`}`).join("\n") + "\n");
      return 0;
    }
    const gradOut = values["grad-out"];
    if (gradOut !== undefined) {
      if (extname(gradOut).toLowerCase() !== ".npy") throw new CliError(`--grad-out ${gradOut}: the gradient is written as NumPy .npy: give a file name ending in .npy`);
      // before a computation that may take minutes, not after it
      checkWritable(gradOut, "grad-out");
    }
    const progress = commandProgress(io, values.quiet || values["no-progress"]);
    const phases = gradOut !== undefined ? 4 : 3;
    try {
      progress.phase(`mma loss [1/${phases}] reading ${basename(positionals[0] as string)}`);
      const input = await readInput(positionals[0] as string, values.weight);
      const m = input.m;
      if (input.layout !== undefined && values.layout === undefined) layout = input.layout;
      const backendName = values.backend ?? "cpu";
      // float64 doubles every [n, d] array the cpu backend holds: for a large float32 input
      // (above 2^24 numbers: 100,000 x 512 would need 1.6 GB in float64) it computes in the
      // input's own float32, and says so; --dtype float64 asks for float64 anyway
      const autoFloat32 = largeFloat32OnCpu(backendName, values.dtype, m.data);
      // before the backend compiles any WebAssembly
      const lowMemory = values["low-memory"] === true && applyLowMemory(backendName, io.setV8Flag);
      const { entry, backend } = await loadBackend(backendName, autoFloat32 ? "float32" : values.dtype);
      try {
        const options = { loss: lossName, mode, layout, s, halfSpace: values["half-space"] ?? false, layer: m.file };
        progress.phase(`mma loss [2/${phases}] ${lossName} loss + gradient of [${m.shape.join(", ")}] on ${backend.name}`);
        // the gradient is used once (summed, written, or printed when small) while the
        // backend still holds it: on wasm and cpu it is a view of the backend's memory, so
        // a 100,000 x 512 gradient is never copied into JavaScript (205 MB less)
        let gmax = 0;
        let gsq = 0;
        let inlineGrad: number[] | null = null;
        let gradLength = 0;
        let gradDtype: "float32" | "float64" = backend.dtype === "float32" ? "float32" : "float64";
        let result;
        try {
          result = await evaluateLossView(backend, { data: m.data, shape: m.shape }, options, (r) => {
            const g = r.grad;
            for (let i = 0; i < g.length; i++) {
              const v = g[i] as number;
              const a = Math.abs(v);
              if (a > gmax) gmax = a;
              gsq += v * v;
            }
            const grad = gradientArray(g, backend.dtype);
            gradDtype = grad instanceof Float32Array ? "float32" : "float64";
            gradLength = grad.length;
            if (values.json && gradOut === undefined && grad.length <= JSON_GRAD_LIMIT) inlineGrad = Array.from(grad);
            if (gradOut !== undefined) {
              progress.phase(`mma loss [3/${phases}] writing ${basename(gradOut)} (${(grad.byteLength / 1e6).toFixed(1)} MB)`);
              try {
                writeNpyFile(gradOut, grad, m.shape);
              } catch (e) {
                throw new CliError(`--grad-out ${gradOut}: cannot write ${gradOut}: ${(e as Error).message}`);
              }
            }
            return { loss: r.loss, n: r.n, d: r.d };
          });
        } catch (e) {
          throw e instanceof MMARegError ? locate(e, m, layout) : e;
        }
        // what the loss compiled and kept (the ONNX backends' session and its arena) goes
        // before the statistics compile theirs, so the two runs' memory does not add up
        await backend.trim?.();
        // reference mode accepts all-zero rows (PyTorch's eps rule): the angle summary then
        // leaves them out and says how many there were
        progress.phase(`mma loss [${phases}/${phases}] angle statistics of ${result.n} rows`);
        const angles = await angleReport(backend, { data: m.data, shape: m.shape }, { layout, layer: m.file, zeroRows: mode === "reference" ? "skip" : "error" });
        const zeroRows = angles.deadRows.length;
        progress.end();
        if (values.json) {
          const inline = inlineGrad !== null;
          const gradNote =
            gradOut !== undefined
              ? `the gradient (${gradLength} numbers, ${gradDtype}) is in ${gradOut}`
              : inline
                ? undefined
                : `the gradient has ${gradLength} numbers, more than the ${JSON_GRAD_LIMIT} that --json prints: write it to a file with --grad-out grad.npy`;
          io.out(
            JSON.stringify({
              loss: result.loss,
              loss_name: lossName,
              mode,
              ...(lossName === "mhe" ? { s, halfSpace: options.halfSpace } : {}),
              shape: m.shape,
              layout,
              n: result.n,
              d: result.d,
              minAngleDeg: angles.minAngleDeg,
              meanNearestDeg: angles.meanNearestDeg,
              pairsAbove: angles.pairsAbove,
              ...(angles.deadRows.length > 0 ? { deadRows: angles.deadRows } : {}),
              ...(zeroRows > 0 ? { zeroRows } : {}),
              backend: backend.name,
              dtype: backend.dtype,
              ...(values["low-memory"] === true ? { lowMemory } : {}),
              gradMaxAbs: gmax,
              gradNorm: Math.sqrt(gsq),
              grad: inlineGrad,
              ...(gradNote !== undefined ? { gradNote } : {}),
              ...(gradOut !== undefined ? { gradFile: gradOut } : {}),
            }) + "\n",
          );
          return 0;
        }
        const lossLabel = lossName === "mhe" ? `mhe, s=${s}${options.halfSpace ? ", half-space" : ""}` : lossName;
        io.out(
          [
            `${m.file}: [${m.shape.join(", ")}] as ${result.n} rows of ${result.d} (layout ${layout})`,
            `  loss        ${result.loss} (${lossLabel}, ${mode} mode)`,
            `  min angle   ${angles.minAngleDeg === null ? "n/a (fewer than 2 rows)" : `${angles.minAngleDeg.toFixed(4)} deg`}${zeroRows > 0 ? ` (over the ${angles.live} non-zero rows; ${zeroRows} zero row${zeroRows === 1 ? " has" : "s have"} no direction)` : ""}`,
            `  mean NN     ${angles.meanNearestDeg === null ? "n/a" : `${angles.meanNearestDeg.toFixed(4)} deg`}`,
            `  |cos|>0.2   ${angles.pairsAbove} of ${(angles.live * (angles.live - 1)) / 2} pairs`,
            ...(angles.deadRows.length > 0 ? [`  dead rows   ${angles.deadRows.length} all-zero rows left out of the angles: ${angles.deadRows.slice(0, 20).join(", ")}${angles.deadRows.length > 20 ? ", ..." : ""}`] : []),
            `  gradient    max |g| ${gmax.toExponential(4)}, norm ${Math.sqrt(gsq).toExponential(4)}`,
            ...(gradOut !== undefined ? [`  written to  ${gradOut} (${gradDtype}, shape [${m.shape.join(", ")}])`] : []),
            `  backend     ${backend.name} (${backend.dtype}${autoFloat32 ? `: the input is float32 and has more than 2^24 numbers, so the cpu backend keeps it in float32; --dtype float64 for float64` : ""}${lowMemory ? "; --low-memory: WebAssembly by V8's baseline compiler only" : ""})`,
            "",
          ].join("\n"),
        );
        return 0;
      } finally {
        await entry.unload?.(backend);
      }
    } finally {
      progress.end();
    }
  },
};
