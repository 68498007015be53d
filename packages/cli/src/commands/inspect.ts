import { closeSync, openSync, readSync } from "node:fs";
import { angleReport, MMARegError } from "@mmareg/core";
import { numberFlag, parse } from "../args.js";
import { loadBackend } from "../backends/index.js";
import { CliError } from "../cliError.js";
import { MODEL_READERS, type LayerWeight } from "../inspect/index.js";
import type { Command } from "./types.js";

const HELP = `Usage: mma inspect <model> [options]

Per-layer angular diversity of a saved model's weights: for each weight matrix (one row per
neuron or filter) the number of rows n, their length d, the minimal pairwise angle, the
mean angle to the nearest neighbour, and the number of pairs with |cos| above a threshold
(the paper's Fig. 1 statistic).

Formats: ${MODEL_READERS.map((r) => r.format).join(", ") || "(none registered)"}.

Options:
  --threshold <c>    cosine threshold of the pair count (default 0.2)
  --json             print {"file", "layers": [{name, kind, shape, layout, n, d,
                     minAngleDeg, meanNearestDeg, pairsAbove, pairs}]}
  -h, --help         this text
`;

/** One row of the inspect table. */
export interface InspectRow {
  name: string;
  kind: string | null;
  shape: number[];
  layout: string;
  n: number;
  d: number;
  minAngleDeg: number | null;
  meanNearestDeg: number | null;
  pairsAbove: number;
  pairs: number;
}

/** Per-layer angle statistics of a list of weights (on the CPU backend). */
export async function inspectWeights(weights: readonly LayerWeight[], threshold = 0.2): Promise<InspectRow[]> {
  const { backend } = await loadBackend("cpu");
  const rows: InspectRow[] = [];
  for (const w of weights) {
    const r = await angleReport(backend, { data: w.data, shape: w.shape }, { layout: w.layout, threshold, layer: w.name });
    rows.push({
      name: w.name,
      kind: w.kind ?? null,
      shape: w.shape,
      layout: w.layout,
      n: r.n,
      d: r.d,
      minAngleDeg: r.minAngleDeg,
      meanNearestDeg: r.meanNearestDeg,
      pairsAbove: r.pairsAbove,
      pairs: (r.n * (r.n - 1)) / 2,
    });
  }
  return rows;
}

/** The plain-text table of {@link inspectWeights}. */
export function formatInspectTable(rows: readonly InspectRow[], threshold: number): string {
  const fmt = (v: number | null) => (v === null ? "n/a" : v.toFixed(2));
  const table = [
    ["layer", "kind", "n", "d", "min angle", "mean NN", `|cos|>${threshold}`],
    ...rows.map((r) => [r.name, r.kind ?? "", String(r.n), String(r.d), fmt(r.minAngleDeg), fmt(r.meanNearestDeg), `${r.pairsAbove}/${r.pairs}`]),
  ];
  const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
  return table.map((row) => row.map((cell, c) => (c >= 2 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join("  ")).join("\n") + "\n";
}

export const inspectCommand: Command = {
  name: "inspect",
  summary: "per-layer minimal angles of a saved model (tfjs model.json, .onnx)",
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parse(argv, { threshold: { type: "string" }, json: { type: "boolean" } });
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    if (positionals.length !== 1) throw new CliError("mma inspect needs exactly one model file (see mma inspect --help)");
    const file = positionals[0] as string;
    const threshold = numberFlag(values.threshold, "threshold", 0.2);
    const head = new Uint8Array(64);
    try {
      const fd = openSync(file, "r");
      readSync(fd, head, 0, head.length, 0);
      closeSync(fd);
    } catch (e) {
      throw new MMARegError("PARSE", `cannot read ${file}: ${(e as Error).message}`);
    }
    const reader = MODEL_READERS.find((r) => r.matches(file, head));
    if (!reader) {
      throw new MMARegError("PARSE", `${file}: not a model format mma inspect reads (${MODEL_READERS.map((r) => r.format).join(", ")})`);
    }
    const weights = await reader.read(file);
    if (weights.length === 0) throw new MMARegError("PARSE", `${file}: the ${reader.format} has no weight matrices to inspect`);
    const rows = await inspectWeights(weights, threshold);
    io.out(values.json ? JSON.stringify({ file, format: reader.format, threshold, layers: rows }) + "\n" : formatInspectTable(rows, threshold));
    return 0;
  },
};
