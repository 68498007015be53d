import { bestKnownAngleDeg, PAPER_TABLE1, refineTammes, solveTammes, type Backend, type LossName, type NumericMode, type PaperTable1Column, type RefineReport, type TammesResult } from "@mmareg/core";
import { choiceFlag, numberFlag, parse } from "../args.js";
import { BACKENDS, loadBackend } from "../backends/index.js";
import { CliError } from "../cliError.js";
import { commandProgress } from "../progress.js";
import { checkTammesSize } from "./tammes.js";
import type { Command, CommandIO } from "./types.js";

/** A column of our Table 1: an SGD loss, or the refined MMA solution. */
export type Table1Column = PaperTable1Column | "orthogonal" | "refined";

const SGD_COLUMNS: Record<Exclude<Table1Column, "refined">, { loss: LossName; s?: number; label: string }> = {
  mma: { loss: "mma", label: "MMA" },
  cosine: { loss: "cosine", label: "cosine" },
  rf: { loss: "mhe", s: 2, label: "RF s=2" },
  log: { loss: "mhe", s: 0, label: "log" },
  orthogonal: { loss: "orthogonal", label: "orthogonal" },
};
const ALIASES: Record<string, Table1Column> = { mhe: "rf", "mhe-log": "log", mhe0: "log", ortho: "orthogonal" };
const DEFAULT_COLUMNS: readonly Table1Column[] = ["mma", "cosine", "rf", "log", "refined"];

const HELP = `Usage: mma table1 [options]

Reproduce Table 1 of the paper (Section 4): the minimal angle reached by SGD on each loss
for its ten (d, n) rows, printed beside the paper's numbers, plus our "refined" column:
the MMA solution pushed towards the best-known angle by an annealed soft-max
of the pairwise cosines with restarts (see docs/tammes.md), within a time budget per row
that includes the MMA run it starts from.

Recipe of the SGD columns: standard-normal start from --seed, SGD with momentum 0.9,
lr 0.1 divided by 5 when the loss stagnates (patience 1000), 10000 iterations.

Options:
  --losses <list>      columns, comma-separated (default ${DEFAULT_COLUMNS.join(",")}):
                         mma         MMA loss (eq. 6)
                         cosine      cosine loss (eq. 5)
                         rf | mhe    Riesz-Fisher, s = 2 (eq. 9)
                         log         logarithmic energy (eq. 11)
                         orthogonal  orthogonal loss (eq. 14; not in the paper)
                         refined     MMA + refinement (ours)
  --mode <mode>        numeric mode of the SGD columns: reference (default: the paper's
                       PyTorch code, clamp included) | exact
  --rows <list>        rows as DxN, comma-separated (default: the paper's ten)
  --iterations <k>     SGD iterations (default 10000)
  --seed <k>           seed of the starts (default 0)
  --restarts <k>       most refinement restarts per row (default 250; the budget
                       usually stops the hard rows first)
  --budget <sec>       time budget of the refined column per row, SGD included (default 120)
  --quick              a small smoke run: 1000 iterations, rows 3x4,3x30,4x5,5x6, 5 restarts
  --backend <name>     ${BACKENDS.map((b) => b.name).join(" | ")} (default cpu)
  --dtype <type>       float64 | float32
  --json               print {"rows":[{"d","n","optimal","bestKnown","paper":{...},"ours":{...},
                       "timeMs":{...},"totalMs","refine":{...}}], "settings":{...}, "totalMs"}
  --quiet, --no-progress
                       no progress display (a spinner naming the running column, drawn
                       on stderr only when stderr is a terminal)
  -h, --help           this text

A line per finished row goes to stderr. The full table takes several minutes.
`;

/** One row of our Table 1. */
export interface Table1Row {
  d: number;
  n: number;
  /** The paper's "optimal" column, `null` for rows not in the paper. */
  optimal: number | null;
  /** The best-known angle we compare with. */
  bestKnown: number | null;
  /** The paper's numbers (`{}` for rows not in the paper). */
  paper: Partial<Record<PaperTable1Column, number>>;
  /** Our minimal angles in degrees, by column. */
  ours: Partial<Record<Table1Column, number | null>>;
  /** Wall time per column in ms (the refined column includes the MMA run it starts from). */
  timeMs: Partial<Record<Table1Column, number>>;
  /** Wall time of the whole row in ms. */
  totalMs: number;
  /** The refinement's summary, when the refined column ran and d < n - 1. */
  refine: Omit<RefineReport, "runDeg" | "runOptimizer"> | null;
}

function parseColumns(list: string | undefined): Table1Column[] {
  if (list === undefined) return [...DEFAULT_COLUMNS];
  const known = [...Object.keys(SGD_COLUMNS), "refined"];
  return list.split(",").map((raw) => {
    const c = ALIASES[raw.trim()] ?? raw.trim();
    if (!known.includes(c)) throw new CliError(`--losses: unknown column "${raw}": use ${[...known, ...Object.keys(ALIASES)].join(", ")}`);
    return c as Table1Column;
  });
}

function parseRows(list: string | undefined, quick: boolean): [number, number][] {
  if (list === undefined) {
    const all = PAPER_TABLE1.map((r) => [r.d, r.n] as [number, number]);
    return quick ? all.filter(([d, n]) => n <= 6 || (d === 3 && n === 30)) : all;
  }
  return list.split(",").map((s) => {
    const m = /^(\d+)x(\d+)$/.exec(s.trim());
    if (!m || Number(m[1]) < 1 || Number(m[2]) < 2) throw new CliError(`--rows entries look like 3x30 (d x n, d >= 1, n >= 2), got "${s}"`);
    return [Number(m[1]), Number(m[2])];
  });
}

interface RunSettings {
  columns: Table1Column[];
  mode: NumericMode;
  iterations: number;
  seed: number;
  restarts: number;
  budgetMs: number;
}

async function runRow(backend: Backend<unknown>, d: number, n: number, s: RunSettings, onColumn: (c: Table1Column) => void): Promise<Table1Row> {
  const paperRow = PAPER_TABLE1.find((r) => r.d === d && r.n === n);
  const bestKnown = bestKnownAngleDeg(d, n);
  const rowStart = performance.now();
  const row: Table1Row = { d, n, optimal: paperRow?.optimal ?? null, bestKnown, paper: { ...(paperRow?.paper ?? {}) }, ours: {}, timeMs: {}, totalMs: 0, refine: null };
  const results: Partial<Record<Table1Column, TammesResult>> = {};
  for (const c of s.columns) {
    if (c === "refined") continue;
    onColumn(c);
    const spec = SGD_COLUMNS[c];
    const t0 = performance.now();
    const r = await solveTammes({ dim: d, points: n, backend, loss: spec.loss, s: spec.s ?? 2, mode: s.mode, iterations: s.iterations, seed: s.seed, useSimplex: false });
    results[c] = r;
    row.ours[c] = r.minAngleDeg;
    row.timeMs[c] = performance.now() - t0;
  }
  if (s.columns.includes("refined")) {
    onColumn("refined");
    const t0 = performance.now();
    if (d >= n - 1) {
      row.ours.refined = (await solveTammes({ dim: d, points: n, backend, seed: s.seed })).minAngleDeg;
      row.timeMs.refined = performance.now() - t0;
    } else {
      // The refinement starts from the MMA solution: the mma column's points when that column
      // ran (the clamp of reference mode changes nothing at these angles), else its own run.
      const start = results.mma ?? (await solveTammes({ dim: d, points: n, backend, loss: "mma", mode: s.mode, iterations: s.iterations, seed: s.seed, useSimplex: false }));
      const sgdMs = results.mma ? (row.timeMs.mma ?? 0) : performance.now() - t0;
      const { report } = refineTammes(start.points, n, d, {
        seed: s.seed,
        restarts: s.restarts,
        ...(bestKnown !== null ? { targetDeg: bestKnown } : {}),
        timeLimitMs: Math.max(0, s.budgetMs - sgdMs),
      });
      const { runDeg: _runDeg, runOptimizer: _runOptimizer, ...summary } = report;
      row.refine = summary;
      row.ours.refined = report.finalDeg;
      row.timeMs.refined = sgdMs + report.timeMs;
    }
  }
  row.totalMs = performance.now() - rowStart;
  return row;
}

function cell(v: number | null | undefined, paper: number | undefined): string {
  const ours = v === undefined ? "-" : v === null ? "n/a" : v.toFixed(2);
  return paper === undefined ? ours : `${ours} (${paper.toFixed(1)})`;
}

/**
 * The plain-text table: our value with the paper's in parentheses.
 *
 * @example
 * ```ts
 * process.stdout.write(formatTable1(rows, ["mma", "cosine", "refined"]));
 * ```
 */
export function formatTable1(rows: readonly Table1Row[], columns: readonly Table1Column[]): string {
  const head = ["d", "n", "optimal", "best known", ...columns.map((c) => (c === "refined" ? "MMA refined" : SGD_COLUMNS[c].label)), "refine runs", "row time"];
  const body = rows.map((r) => [
    String(r.d),
    String(r.n),
    r.optimal === null ? "-" : r.optimal.toFixed(1),
    r.bestKnown === null ? "-" : r.bestKnown.toFixed(4),
    ...columns.map((c) => (c === "refined" ? (r.ours.refined ?? null)?.toFixed(4) ?? "-" : cell(r.ours[c], r.paper[c as PaperTable1Column]))),
    r.refine ? `${r.refine.runs}${r.refine.timedOut ? " (budget)" : ""}` : "-",
    `${(r.totalMs / 1000).toFixed(1)} s`,
  ]);
  const table = [head, ...body];
  const widths = head.map((_, c) => Math.max(...table.map((row) => (row[c] as string).length)));
  return table.map((row) => row.map((x, c) => x.padStart(widths[c] as number)).join("  ")).join("\n") + "\n";
}

function rowLine(i: number, total: number, r: Table1Row): string {
  const parts = Object.entries(r.ours).map(([c, v]) => `${c} ${v === null || v === undefined ? "n/a" : v.toFixed(c === "refined" ? 4 : 2)} (${((r.timeMs[c as Table1Column] ?? 0) / 1000).toFixed(1)} s)`);
  const runs = r.refine ? `, refine ${r.refine.runs} run${r.refine.runs === 1 ? "" : "s"}${r.refine.timedOut ? " (budget)" : ""}` : "";
  return `table1 [${i + 1}/${total}] d=${r.d} n=${r.n}: ${parts.join(", ")}${runs}\n`;
}

/** `mma table1`: the paper's Table 1 beside ours (see its `--help`). */
export const table1Command: Command = {
  name: "table1",
  summary: "reproduce the paper's Table 1 (Tammes problem), with our refined MMA column",
  help: HELP,
  async run(argv: string[], io: CommandIO) {
    const { values, positionals } = parse(argv, {
      losses: { type: "string" },
      mode: { type: "string" },
      rows: { type: "string" },
      iterations: { type: "string" },
      seed: { type: "string" },
      restarts: { type: "string" },
      budget: { type: "string" },
      quick: { type: "boolean" },
      backend: { type: "string" },
      dtype: { type: "string" },
      json: { type: "boolean" },
      quiet: { type: "boolean" },
      "no-progress": { type: "boolean" },
    });
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    if (positionals.length > 0) throw new CliError(`mma table1 takes no positional arguments, got "${positionals[0]}"`);
    const quick = values.quick ?? false;
    const settings: RunSettings = {
      columns: parseColumns(values.losses),
      mode: choiceFlag(values.mode, "mode", ["exact", "reference"] as const, "reference" as NumericMode),
      iterations: numberFlag(values.iterations, "iterations", quick ? 1000 : 10000),
      seed: numberFlag(values.seed, "seed", 0),
      restarts: numberFlag(values.restarts, "restarts", quick ? 5 : 250),
      budgetMs: numberFlag(values.budget, "budget", 120) * 1000,
    };
    for (const k of ["iterations", "seed", "restarts"] as const) {
      if (!Number.isInteger(settings[k]) || settings[k] < 0) throw new CliError(`--${k} expects an integer >= 0, got ${settings[k]}`);
    }
    const rowList = parseRows(values.rows, quick);
    for (const [d, n] of rowList) checkTammesSize(n, d, undefined, `--rows ${d}x${n}`);
    const { entry, backend } = await loadBackend(values.backend ?? "cpu", values.dtype);
    const t0 = performance.now();
    const rows: Table1Row[] = [];
    // the shared progress display: a spinner per column on a terminal, silent otherwise
    const progress = commandProgress(io, values.quiet || values["no-progress"]);
    try {
      for (const [d, n] of rowList) {
        const label = `table1 [${rows.length + 1}/${rowList.length}] d=${d} n=${n}`;
        const r = await runRow(backend, d, n, settings, (c) => progress.phase(`${label}: running ${c}`));
        rows.push(r);
        progress.end();
        io.err(rowLine(rows.length - 1, rowList.length, r));
      }
    } finally {
      progress.end();
      await entry.unload?.(backend);
    }
    const totalMs = performance.now() - t0;
    if (values.json) {
      io.out(JSON.stringify({ rows, settings: { ...settings, backend: backend.name, dtype: backend.dtype }, totalMs }) + "\n");
      return 0;
    }
    io.out(`Table 1 (minimal angle, degrees): ours, with the paper's value in parentheses.\n`);
    io.out(`SGD columns: ${settings.iterations} iterations, ${settings.mode} mode, seed ${settings.seed}, backend ${backend.name} (${backend.dtype}).\n`);
    if (settings.columns.includes("refined")) io.out(`MMA refined: the MMA points, then an annealed soft-max with up to ${settings.restarts} restarts, ${settings.budgetMs / 1000} s per row (MMA run included).\n`);
    io.out("\n");
    io.out(formatTable1(rows, settings.columns));
    io.out(`\ntotal ${(totalMs / 1000).toFixed(1)} s\n`);
    return 0;
  },
};
