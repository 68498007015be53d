import { writeFileSync } from "node:fs";
import { basename } from "node:path";
import { LAYOUTS, MMARegError, type Layout } from "@mmareg/core";
import { choiceFlag, numberFlag, parse } from "../args.js";
import { CliError } from "../cliError.js";
import { MODEL_READERS } from "../inspect/index.js";
import { inspectModel, type InspectRow } from "../inspect/inspectModel.js";
import { commandProgress } from "../progress.js";
import type { Command } from "./types.js";

export { inspectWeights, inspectWeightsSync, inspectModel } from "../inspect/inspectModel.js";
export type { InspectOptions, InspectReport, InspectRow, LayerPictures } from "../inspect/inspectModel.js";

const HELP = `Usage: mma inspect <model> [options]

Per-layer angular diversity of a saved model's weights: for each weight matrix (one row per
neuron or filter) the number of rows n, their length d, the minimal pairwise angle, the
mean angle to the nearest neighbour, the optimum for that n and d (regular simplex, or the
best-known Tammes angle), the pairs with |cos| above a threshold (the paper's Fig. 1
statistic), dead (all-zero) rows and near-duplicate pairs. Angles are exact (the chosen
pairs are re-measured with 2 atan2(|a-b|, |a+b|)), also far below 1e-6 degree.

Formats (told apart by content, not by the first bytes of a .json):
${MODEL_READERS.map((r) => `  ${r.format}`).join("\n")}

Every weight-like tensor gets a row: measured, or skipped with its reason. One bad layer
never stops the report: dead rows are left out of its statistics and listed.

Options:
  --threshold <c>     cosine threshold of the pair count, in [0, 1) (default 0.2)
  --near <deg>        list pairs closer than this many degrees (default 0.01)
  --layout <layout>   treat every weight with this layout, e.g. for .npy, .npz or
                      .safetensors data that is not [out, in, ...]:
                      ${LAYOUTS.join(", ")}
  --json              print the report as JSON ({file, format, layers: [...], skipped})
  --html <file>       also write a self-contained HTML report (charts, Fig. 1 heatmap
                      and histogram per layer, dead and near-duplicate rows)
  --heatmap-rows <k>  rows of the HTML heatmap per layer (default 256)
  --quiet, --no-progress
                      no progress display (drawn on stderr only when stderr is a
                      terminal: "layer 3/41 conv2d_7 [512, 4608]", never into stdout)
  -h, --help          this text

Exit codes: 0 every weight measured; 3 some weights were skipped or could not be
measured (each says why in its row); 2 bad input or usage (one line on stderr).
`;

const angleText = (v: number) => (v > 0 && v < 1e-3 ? v.toExponential() : String(v));
const deg = (v: number | null, digits = 2) => (v === null ? "n/a" : v < 0.01 && v > 0 ? v.toExponential(2) : v.toFixed(digits));

/** The plain-text table of an inspect report, with the notes on dead rows, near pairs and skipped weights under it. */
export function formatInspectTable(rows: readonly InspectRow[], threshold: number, nearDeg = 0.01): string {
  const table = [
    ["layer", "kind", "n", "d", "min angle", "mean NN", "optimum", `|cos|>${threshold}`, "dead", `near<${angleText(nearDeg)}°`],
    ...rows.map((r) =>
      r.status === "read"
        ? [
            r.name,
            r.kind ?? "",
            String(r.n),
            String(r.d),
            deg(r.minAngleDeg),
            deg(r.meanNearestDeg),
            deg(r.optimumDeg),
            `${r.pairsAbove}/${r.pairs}`,
            String(r.deadRows),
            String(r.nearPairCount),
          ]
        : [r.name, r.kind ?? "", "-", "-", r.status, "-", "-", "-", "-", "-"],
    ),
  ];
  const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
  const lines = table.map((row) => row.map((cell, c) => (c >= 2 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join("  ").trimEnd());
  const notes: string[] = [];
  for (const r of rows) {
    if (r.status !== "read") {
      notes.push(`${r.name}: ${r.status}: ${r.reason}`);
      continue;
    }
    if (r.groups > 1 && r.comparison.startsWith("within")) notes.push(`${r.name}: ${r.groups} groups; rows compared ${r.comparison}`);
    if (r.deadRows > 0) {
      const list = r.deadRowIndices.join(", ") + (r.deadRows > r.deadRowIndices.length ? ", ..." : "");
      notes.push(`${r.name}: ${r.deadRows} of ${r.n} rows are all zeros (dead: ${list}); statistics over the ${r.live} live rows`);
    }
    if (r.nearPairCount > 0) {
      const shown = r.nearPairs.slice(0, 5).map((p) => `${p.i}-${p.j} ${deg(p.angleDeg, 4)}°`);
      notes.push(`${r.name}: ${r.nearPairCount} pairs under ${angleText(nearDeg)}° (${r.rowsWithNear} rows), closest: ${shown.join(", ")}${r.nearPairCount > 5 ? ", ..." : ""}`);
    }
  }
  return lines.join("\n") + "\n" + (notes.length > 0 ? "\n" + notes.join("\n") + "\n" : "");
}

export const inspectCommand: Command = {
  name: "inspect",
  summary: "per-layer angles, dead and near-duplicate rows of a saved model (tfjs, ONNX, safetensors, npz, npy)",
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parse(argv, {
      threshold: { type: "string" },
      near: { type: "string" },
      layout: { type: "string" },
      json: { type: "boolean" },
      html: { type: "string" },
      "heatmap-rows": { type: "string" },
      quiet: { type: "boolean" },
      "no-progress": { type: "boolean" },
    });
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    if (positionals.length !== 1) throw new CliError("mma inspect needs exactly one model file (see mma inspect --help)");
    const file = positionals[0] as string;
    const threshold = numberFlag(values.threshold, "threshold", 0.2);
    if (!(threshold >= 0 && threshold < 1)) throw new CliError(`--threshold is a cosine in [0, 1), got ${values.threshold}: 0.2 is the paper's`);
    const nearDeg = numberFlag(values.near, "near", 0.01);
    if (nearDeg < 0 || nearDeg > 180) throw new CliError(`--near is an angle in degrees in [0, 180], got ${values.near}`);
    const heatmapRows = numberFlag(values["heatmap-rows"], "heatmap-rows", 256);
    if (!Number.isInteger(heatmapRows) || heatmapRows < 1 || heatmapRows > 2048) throw new CliError(`--heatmap-rows is an integer in [1, 2048], got ${values["heatmap-rows"]}`);
    const layout = values.layout === undefined ? undefined : choiceFlag(values.layout, "layout", LAYOUTS, "rows" as Layout);
    const progress = commandProgress(io, values.quiet || values["no-progress"]);
    let report;
    try {
      progress.phase(`mma inspect: reading ${basename(file)}`);
      report = await inspectModel(file, {
        threshold,
        nearDeg,
        ...(layout ? { layout } : {}),
        ...(values.html ? { pictures: { bins: 60, heatmapRows } } : {}),
        onLayer: (i, total, w) => {
          if (i === 0) progress.phase("mma inspect", total);
          // a layer of a million numbers or more takes a while: show its name as it starts
          progress.update(i, `layer ${i + 1}/${total} ${w.name} [${w.shape.join(", ")}]`, i === 0 || (!w.skipped && w.data.length >= 1_000_000));
        },
      });
    } finally {
      progress.end();
    }
    if (report.layers.length === 0) throw new MMARegError("PARSE", `${file}: the ${report.format} has no weight matrices to inspect`);
    if (values.html) {
      const { renderInspectHtml } = await import("../inspect/html.js");
      try {
        writeFileSync(values.html, renderInspectHtml(report, { heatmapRows }));
      } catch (e) {
        throw new CliError(`cannot write ${values.html}: ${(e as Error).message}`);
      }
    }
    const { pictures: _pictures, ...plain } = report;
    io.out(values.json ? JSON.stringify(plain) + "\n" : formatInspectTable(report.layers, threshold, nearDeg));
    if (values.html && !values.json) io.err(`wrote ${values.html}\n`);
    return report.skipped > 0 ? 3 : 0;
  },
};
