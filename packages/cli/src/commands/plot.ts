import { writeFileSync } from "node:fs";
import { evaluateLoss, type Backend, type LossName } from "@mmareg/core";
import { numberFlag, parse } from "../args.js";
import { BACKENDS, loadBackend } from "../backends/index.js";
import { CliError } from "../cliError.js";
import { lineChartSvg } from "../svg/lineChart.js";
import type { Command } from "./types.js";

const PLOTS = ["gradient-norms"] as const;

const HELP = `Usage: mma plot <figure> [options]

Draw a figure of the paper from the project's own code.

Figures:
  gradient-norms   Fig. 2: the norm of the gradient of one pair's loss with respect to
                   w_i, against the pairwise angle theta in (0, 180) degrees, for MMA,
                   cosine, Riesz-Fisher (s = 1 and s = 2) and logarithmic losses. Each
                   value is the gradient the loss code returns for the two unit vectors
                   w_i = (1, 0) and w_j = (cos theta, sin theta), not a closed formula.

Options:
  --svg <file>       write the figure as SVG (log y axis)
  --json             print {"thetaDeg": [...], "series": {"mma": [...], ...}} on stdout
  --samples <k>      angles sampled, evenly in (0, 180) (default 359: every 0.5 degree)
  --backend <name>   ${BACKENDS.map((b) => b.name).join(" | ")} (default cpu)
  -h, --help         this text

Without --svg or --json a short table of sampled values is printed.

Example:
  mma plot gradient-norms --svg docs/assets/gradient-norms.svg
`;

/** The curves of Fig. 2: which loss, and how it is drawn. */
export const GRADIENT_SERIES = [
  { key: "mma", label: "MMA (eq. 8)", loss: "mma" as LossName, s: 2, color: "#d62728", dash: undefined },
  { key: "cosine", label: "cosine (eq. 7)", loss: "cosine" as LossName, s: 2, color: "#1f77b4", dash: "8 4" },
  { key: "rf1", label: "Riesz-Fisher s=1", loss: "mhe" as LossName, s: 1, color: "#2ca02c", dash: undefined },
  { key: "rf2", label: "Riesz-Fisher s=2", loss: "mhe" as LossName, s: 2, color: "#9467bd", dash: "3 3" },
  { key: "log", label: "logarithmic (eq. 12)", loss: "mhe" as LossName, s: 0, color: "#ff7f0e", dash: "10 3 2 3" },
] as const;

/**
 * Fig. 2 of the paper from the losses' own gradients: for each angle, the norm of the
 * gradient with respect to the first row of the pair `[(1, 0), (cos t, sin t)]`. With two
 * rows every loss reduces to its pair term (MMA: `-theta`, cosine: `cos theta`, MHE:
 * `D^-s` or `-log D`), so this is exactly the quantity of the paper's eqs. 7, 8, 10, 12.
 *
 * @example
 * ```ts
 * const { thetaDeg, series } = await gradientNorms(createCpuBackend(), 179);
 * series.mma[0]; // 1 (eq. 8: independent of the angle)
 * ```
 */
export async function gradientNorms(backend: Backend<unknown>, samples: number): Promise<{ thetaDeg: number[]; series: Record<string, number[]> }> {
  const thetaDeg = Array.from({ length: samples }, (_, k) => (180 * (k + 1)) / (samples + 1));
  const series: Record<string, number[]> = {};
  for (const s of GRADIENT_SERIES) {
    const values: number[] = [];
    for (const deg of thetaDeg) {
      const t = (deg * Math.PI) / 180;
      const r = await evaluateLoss(backend, { data: [1, 0, Math.cos(t), Math.sin(t)], shape: [2, 2] }, { loss: s.loss, s: s.s, mode: "exact" });
      values.push(Math.hypot(r.grad[0] as number, r.grad[1] as number));
    }
    series[s.key] = values;
  }
  return { thetaDeg, series };
}

/**
 * The SVG of {@link gradientNorms}: one line per loss on a log y axis.
 *
 * @example
 * ```ts
 * const { thetaDeg, series } = await gradientNorms(createCpuBackend(), 359);
 * writeFileSync("fig2.svg", gradientNormsSvg(thetaDeg, series));
 * ```
 */
export function gradientNormsSvg(thetaDeg: readonly number[], series: Record<string, number[]>): string {
  return lineChartSvg(
    thetaDeg,
    GRADIENT_SERIES.map((s) => ({ label: s.label, color: s.color, y: series[s.key] ?? [], ...(s.dash ? { dash: s.dash } : {}) })),
    {
      title: "Gradient norm vs pairwise angle (paper Fig. 2)",
      subtitle: "|d loss / d w_i| for the pair w_i = (1, 0), w_j = (cos t, sin t), from the project's loss gradients",
      xLabel: "pairwise angle t (degrees)",
      yLabel: "gradient norm (|w_i| = 1)",
      logY: true,
      yRange: [1e-3, 1e5],
      xTicks: [0, 30, 60, 90, 120, 150, 180],
    },
  );
}

/** `mma plot`: figures of the paper from the project's code (see its `--help`). */
export const plotCommand: Command = {
  name: "plot",
  summary: "draw a figure of the paper from the project's code (gradient-norms: Fig. 2)",
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parse(argv, {
      svg: { type: "string" },
      json: { type: "boolean" },
      samples: { type: "string" },
      backend: { type: "string" },
    });
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    const figure = positionals[0];
    if (positionals.length !== 1 || !(PLOTS as readonly string[]).includes(figure as string)) {
      throw new CliError(`mma plot needs one figure name: ${PLOTS.join(", ")} (got ${positionals.length === 0 ? "none" : `"${positionals.join(" ")}"`})`);
    }
    const samples = numberFlag(values.samples, "samples", 359);
    if (!Number.isInteger(samples) || samples < 2) throw new CliError(`--samples expects an integer >= 2, got "${values.samples}"`);
    const { entry, backend } = await loadBackend(values.backend ?? "cpu");
    let data;
    try {
      data = await gradientNorms(backend, samples);
    } finally {
      await entry.unload?.(backend);
    }
    if (values.svg) writeFileSync(values.svg, gradientNormsSvg(data.thetaDeg, data.series));
    if (values.json) {
      io.out(JSON.stringify({ figure, backend: backend.name, ...data }) + "\n");
      return 0;
    }
    const pick = [1, 5, 10, 30, 60, 90, 120, 150, 175].map((deg) => data.thetaDeg.reduce((b, t, i) => (Math.abs(t - deg) < Math.abs((data.thetaDeg[b] as number) - deg) ? i : b), 0));
    const head = ["theta", ...GRADIENT_SERIES.map((s) => s.key)];
    const lines = [head.map((h) => h.padStart(11)).join("")];
    for (const i of pick) lines.push([(data.thetaDeg[i] as number).toFixed(1), ...GRADIENT_SERIES.map((s) => (data.series[s.key]?.[i] as number).toPrecision(4))].map((c) => c.padStart(11)).join(""));
    io.out(`Gradient norm of one pair's loss w.r.t. w_i (|w_i| = 1), backend ${backend.name}\n${lines.join("\n")}\n`);
    if (values.svg) io.out(`figure written to ${values.svg}\n`);
    return 0;
  },
};
