import { totalmem } from "node:os";
import { extname } from "node:path";
import { LOSS_NAMES, nearestAnglesDeg, solveTammes, type LossName, type NumericMode, type TammesProgress, type TammesResult } from "@mmareg/core";
import { choiceFlag, numberFlag, parse } from "../args.js";
import { BACKENDS, loadBackend } from "../backends/index.js";
import { CliError } from "../cliError.js";
import { checkWritable, writeOutput } from "../io/writeOutput.js";
import { histogramSvg } from "../svg/histogram.js";
import { sphereSvg } from "../svg/sphere.js";
import { createProgressDisplay } from "../progress.js";
import type { Command, CommandIO } from "./types.js";

const HELP = `Usage: mma tammes --dim D --points N [options]

Spread N points on the unit sphere of R^D by minimizing a loss with the paper's recipe
(Section 4: standard-normal start, SGD with momentum 0.9, learning rate 0.1 divided by 5
when the loss stagnates, 10000 iterations), then print the minimal angle next to the
best-known one. For D >= N - 1 the answer is the regular simplex (exact).

Options:
  --dim <d>            dimension D (required)
  --points <n>         number of points N (required)
  --loss <name>        ${LOSS_NAMES.join(" | ")} (default mma)
  --s <number>         MHE exponent: 2 Riesz-Fisher (default), 0 logarithmic
  --mode <mode>        exact (default) | reference (the paper's PyTorch code)
  --iterations <k>     SGD iterations (default 10000)
  --lr <x>             initial learning rate (default 0.1)
  --momentum <x>       SGD momentum (default 0.9)
  --patience <k>       iterations without improvement before lr /= 5 (default 1000)
  --seed <k>           seed of the start and the restarts (default 0)
  --refresh-every <k>  mma and cosine: search the nearest neighbours every k iterations
                       and reuse the pairs in between (default 1: every iteration)
  --refine             then push the minimal angle towards the best-known value:
                       annealed soft-max of the pairwise cosines, from the SGD points
                       and then from fresh random starts, until within 0.05 deg
  --restarts <k>       most restarts of --refine (default 100)
  --time-limit <sec>   start no refinement run after this many seconds (default none)
  --sgd                run SGD even where the simplex is exact (D >= N - 1)
  --backend <name>     ${BACKENDS.map((b) => b.name).join(" | ")} (default cpu)
  --dtype <type>       float64 | float32 (default: the backend's native precision)
  --json               print one JSON object (result, timings and the points)
  --out <file>         write the points: .json ({"d","n","minAngleDeg","points"}) or .csv
  --svg <file>         draw them: D = 3 both hemispheres (orthographic), otherwise a
                       histogram of nearest-neighbour angles
  --quiet, --no-progress
                       no progress on stderr at all
  -h, --help           this text

Progress goes to stderr: a bar with percent, elapsed time and ETA when stderr is a
terminal, otherwise a line per phase (and the ETA of a slow run every 30 s).

Examples:
  mma tammes --dim 3 --points 30 --refine --svg sphere.svg
  mma tammes --dim 4 --points 600 --loss mhe --s 0 --iterations 2000 --json
`;

/** A duration for an ETA: `42 s`, `7.5 min`, `3.2 h`, `12 days`. */
export function formatDuration(ms: number): string {
  const s = ms / 1000;
  if (s < 90) return `${Math.max(0, Math.round(s))} s`;
  if (s < 90 * 60) return `${(s / 60).toFixed(1)} min`;
  if (s < 48 * 3600) return `${(s / 3600).toFixed(1)} h`;
  return `${Math.round(s / 86400)} days`;
}

/**
 * A progress display for the solver: a bar with percent, elapsed time and ETA on stderr
 * when stderr is a terminal (the shared {@link createProgressDisplay}). Otherwise one line
 * per phase, written once the phase has finished or has run for a second (so a run that
 * fails at once leaves only its one error line), then, for a slow run, the ETA and a
 * progress line every 30 s. `quiet` (`--quiet`, `--no-progress`) silences both.
 *
 * @example
 * ```ts
 * await solveTammes({ dim: 3, points: 30, backend, onProgress: createProgress(io, "tammes") });
 * ```
 */
export function createProgress(io: CommandIO, label: string, now: () => number = Date.now, quiet = false): (p: TammesProgress) => void {
  if (quiet) return () => {};
  const tty = io.errIsTTY ?? io.isTTY;
  const display = tty ? createProgressDisplay({ enabled: true, sink: { write: (t) => io.err(t), ...(io.errColumns ? { columns: io.errColumns } : {}) }, now, timer: false }) : null;
  let phase = "";
  let phaseStart = now();
  let lastLine = 0;
  let etaSaid = false;
  let pending: string | null = null;
  const flush = (): void => {
    if (pending !== null) io.err(pending);
    pending = null;
  };
  return (p) => {
    const t = now();
    const changed = p.phase !== phase;
    if (changed) {
      // the first phase started when the display was made (its first report comes after a step)
      if (phase !== "") phaseStart = t;
      etaSaid = false;
    }
    const elapsed = t - phaseStart;
    const eta = p.step > 0 && p.step < p.total ? formatDuration((elapsed / p.step) * (p.total - p.step)) : null;
    if (display === null) {
      if (changed) {
        flush();
        pending = p.phase === "done" ? null : `${label}: ${p.phase === "sgd" ? `SGD, ${p.total} iterations` : `refining, up to ${p.total} runs`}\n`;
      }
      phase = p.phase;
      if (pending !== null && elapsed >= 1000) flush();
      if (pending === null && eta !== null && elapsed >= 1000 && (!etaSaid || t - lastLine >= 30_000)) {
        io.err(`${label}: ${p.phase} ${p.step}/${p.total} after ${formatDuration(elapsed)}, about ${eta} left\n`);
        lastLine = t;
        etaSaid = true;
      }
      return;
    }
    phase = p.phase;
    if (p.phase === "done") {
      display.end();
      return;
    }
    if (changed) display.phase(`${label} ${p.phase === "sgd" ? "SGD" : p.phase}`, p.total, phaseStart);
    const info = p.phase === "sgd" ? `loss ${p.loss?.toFixed(5)} lr ${p.lr?.toPrecision(2)}` : `best ${p.minAngleDeg?.toFixed(4)} deg`;
    display.update(p.step, `${p.step}/${p.total} ${info}`, changed);
  };
}

/** Bytes of memory a Tammes run needs per float64 coordinate: points, velocity, gradient and temporaries. */
const BYTES_PER_COORDINATE = 8 * 16;

/** A byte count in words: `512 MiB`, `358 GiB`. */
function formatBytes(bytes: number): string {
  const units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB"];
  let v = bytes;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v < 10 && u > 0 ? v.toFixed(1) : Math.round(v)} ${units[u]}`;
}

/**
 * Refuse, before allocating anything, a Tammes size that cannot fit: the solver keeps
 * about 16 float64 copies of the `n x d` points (points, velocity, gradient, temporaries),
 * and a typed array holds at most 2^32 - 1 numbers. The limit is half of this machine's
 * memory, or `memoryBytes` when given.
 *
 * @param what - the flags that asked for the size, for the message.
 * @throws {@link CliError} saying what the size costs and what to change.
 * @example
 * ```ts
 * checkTammesSize(1e9, 3); // throws: needs about 358 GiB
 * ```
 */
export function checkTammesSize(n: number, d: number, memoryBytes: number = totalmem(), what = `--points ${n} --dim ${d}`): void {
  const coords = n * d;
  const need = coords * BYTES_PER_COORDINATE;
  const budget = memoryBytes / 2;
  if (coords > 2 ** 32 - 1 || need > budget) {
    throw new CliError(
      `${what} needs about ${formatBytes(need)} (${BYTES_PER_COORDINATE / 8} float64 copies of ${n} x ${d} coordinates)${coords > 2 ** 32 - 1 ? ", more numbers than one array can hold" : `, over half of this machine's ${formatBytes(memoryBytes)}`}: use fewer points or a smaller dimension`,
    );
  }
}

/** The points as nested arrays (for JSON). */
function rows(r: TammesResult): number[][] {
  return Array.from({ length: r.n }, (_, i) => Array.from(r.points.subarray(i * r.d, (i + 1) * r.d)));
}

/**
 * Write the points to `file` as JSON (`{"d","n","minAngleDeg","bestKnownDeg","points"}`)
 * or CSV (a header `x1,...,xd`, one point per line), chosen by its extension.
 *
 * @example
 * ```ts
 * writePoints("points.csv", await solveTammes({ dim: 3, points: 30, backend }));
 * ```
 * @throws {@link CliError} for another extension.
 */
export function writePoints(file: string, r: TammesResult): void {
  const ext = pointsFormat(file);
  if (ext === ".json") {
    writeOutput(file, JSON.stringify({ d: r.d, n: r.n, minAngleDeg: r.minAngleDeg, bestKnownDeg: r.bestKnownDeg, points: rows(r) }) + "\n", "out");
  } else {
    const header = Array.from({ length: r.d }, (_, k) => `x${k + 1}`).join(",");
    writeOutput(file, [header, ...rows(r).map((p) => p.join(","))].join("\n") + "\n", "out");
  }
}

/** The format of a points file from its extension, or a usage error. */
function pointsFormat(file: string): ".json" | ".csv" {
  const ext = extname(file).toLowerCase();
  if (ext === ".json" || ext === ".csv") return ext;
  throw new CliError(`--out ${file}: use a .json or .csv file name`);
}

/**
 * The picture of a solution: both hemispheres for d = 3 (caps of half the minimal angle,
 * the closest pair in red), a nearest-angle histogram otherwise.
 *
 * @example
 * ```ts
 * writeFileSync("sphere.svg", tammesSvg(await solveTammes({ dim: 3, points: 30, backend, refine: true })));
 * ```
 */
export function tammesSvg(r: TammesResult): string {
  const angle = r.minAngleDeg === null ? "n/a" : `${r.minAngleDeg.toFixed(4)}\u00b0`;
  const known = r.bestKnownDeg === null ? "" : `, best known ${r.bestKnownDeg.toFixed(4)}\u00b0`;
  const title = `n = ${r.n} points in R^${r.d}: minimal angle ${angle}`;
  const subtitle = `${r.method}${known}`;
  if (r.d === 3) {
    return sphereSvg(r.points, r.n, {
      title,
      subtitle: `${subtitle}; caps of radius half the minimal angle`,
      highlight: r.closestPair,
      ...(r.minAngleDeg !== null ? { capRadiusDeg: r.minAngleDeg / 2 } : {}),
    });
  }
  const markers = [
    ...(r.minAngleDeg !== null ? [{ x: r.minAngleDeg, label: `minimal angle ${angle}`, color: "#d62728" }] : []),
    ...(r.bestKnownDeg !== null ? [{ x: r.bestKnownDeg, label: `best known ${r.bestKnownDeg.toFixed(4)}\u00b0`, color: "#2ca02c" }] : []),
  ];
  return histogramSvg(nearestAnglesDeg(r.points, r.n, r.d), { title, subtitle: `angle from each point to its nearest neighbour (${subtitle})`, xLabel: "nearest-neighbour angle (degrees)", markers });
}

function intFlag(value: string | undefined, flag: string, fallback: number | undefined, min: number): number {
  const v = numberFlag(value, flag, fallback ?? Number.NaN);
  if (Number.isNaN(v)) throw new CliError(`--${flag} is required (see mma tammes --help)`);
  if (!Number.isInteger(v) || v < min) throw new CliError(`--${flag} expects an integer >= ${min}, got "${value}"`);
  return v;
}

function plural(k: number, word: string): string {
  return `${k} ${word}${k === 1 ? "" : "s"}`;
}

function secs(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** `mma tammes`: solve one Tammes instance (see its `--help`). */
export const tammesCommand: Command = {
  name: "tammes",
  summary: "spread N points on the sphere in R^D (the Tammes problem), compare with the best known",
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parse(argv, {
      dim: { type: "string" },
      points: { type: "string" },
      loss: { type: "string" },
      s: { type: "string" },
      mode: { type: "string" },
      iterations: { type: "string" },
      lr: { type: "string" },
      momentum: { type: "string" },
      patience: { type: "string" },
      seed: { type: "string" },
      "refresh-every": { type: "string" },
      refine: { type: "boolean" },
      restarts: { type: "string" },
      "time-limit": { type: "string" },
      sgd: { type: "boolean" },
      backend: { type: "string" },
      dtype: { type: "string" },
      json: { type: "boolean" },
      out: { type: "string" },
      svg: { type: "string" },
      quiet: { type: "boolean" },
      "no-progress": { type: "boolean" },
    });
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    if (positionals.length > 0) throw new CliError(`mma tammes takes no positional arguments, got "${positionals[0]}" (use --dim and --points)`);
    const d = intFlag(values.dim, "dim", undefined, 1);
    const n = intFlag(values.points, "points", undefined, 1);
    const loss = choiceFlag(values.loss, "loss", LOSS_NAMES, "mma" as LossName);
    const mode = choiceFlag(values.mode, "mode", ["exact", "reference"] as const, "exact" as NumericMode);
    const timeLimit = values["time-limit"] === undefined ? undefined : numberFlag(values["time-limit"], "time-limit", 0) * 1000;
    const lr = numberFlag(values.lr, "lr", 0.1);
    if (!(lr > 0)) throw new CliError(`--lr expects a learning rate > 0, got "${values.lr}"`);
    checkTammesSize(n, d);
    // check the outputs before a run that may take minutes, not after it
    if (values.out) {
      pointsFormat(values.out);
      checkWritable(values.out, "out");
    }
    if (values.svg) checkWritable(values.svg, "svg");
    const refreshEvery = intFlag(values["refresh-every"], "refresh-every", 1, 1);
    if (refreshEvery > 1 && loss !== "mma" && loss !== "cosine") throw new CliError(`--refresh-every applies to --loss mma and cosine, not ${loss}`);
    const { entry, backend } = await loadBackend(values.backend ?? "cpu", values.dtype);
    let r: TammesResult;
    try {
      r = await solveTammes({
        dim: d,
        points: n,
        backend,
        loss,
        mode,
        s: numberFlag(values.s, "s", 2),
        iterations: intFlag(values.iterations, "iterations", 10000, 0),
        lr,
        momentum: numberFlag(values.momentum, "momentum", 0.9),
        schedule: { kind: "plateau", patience: intFlag(values.patience, "patience", 1000, 0) },
        seed: intFlag(values.seed, "seed", 0, 0),
        ...(refreshEvery > 1 ? { refreshEvery } : {}),
        useSimplex: !values.sgd,
        refine: values.refine ? { restarts: intFlag(values.restarts, "restarts", 100, 0), ...(timeLimit !== undefined ? { timeLimitMs: timeLimit } : {}) } : false,
        onProgress: createProgress(io, `tammes d=${d} n=${n}`, Date.now, values.quiet || values["no-progress"]),
        // every iteration, so a slow one (large n) gets its ETA at once; the display throttles
        progressEvery: 1,
      });
    } finally {
      await entry.unload?.(backend);
    }
    if (values.out) writePoints(values.out, r);
    if (values.svg) writeOutput(values.svg, tammesSvg(r), "svg");
    const lossLabel = loss === "mhe" ? `mhe s=${numberFlag(values.s, "s", 2)}` : loss;
    if (values.json) {
      io.out(JSON.stringify({ ...r, loss: lossLabel, mode, refreshEvery, backend: backend.name, dtype: backend.dtype, points: rows(r) }) + "\n");
      return 0;
    }
    const fmt = (v: number | null): string => (v === null ? "n/a" : `${v.toFixed(4)} deg`);
    const refreshLabel = refreshEvery > 1 ? `, pairs refreshed every ${refreshEvery} iterations` : "";
    const lines = [`Tammes: ${n} points on the unit sphere in R^${d} (loss ${lossLabel}, ${mode} mode, backend ${backend.name}, seed ${values.seed ?? 0}${refreshLabel})`];
    if (r.method === "simplex") lines.push(`  simplex     d >= n - 1: the regular simplex, exact (paper eq. 4)`);
    else lines.push(`  SGD         ${r.iterations} iterations, lr ${lr} -> ${r.finalLr.toPrecision(2)} (${plural(r.lrReductions, "cut")}), ${secs(r.timeMs.sgd)}: ${fmt(r.sgdMinAngleDeg)}`);
    if (r.refine) {
      const f = r.refine;
      lines.push(`  refine      ${plural(f.runs, "run")} (${plural(f.restarts, "restart")}, best: run ${f.bestRun}), ${secs(f.timeMs)}: ${fmt(f.startDeg)} -> ${fmt(f.finalDeg)}${f.timedOut ? " (time limit)" : ""}`);
    }
    lines.push(`  min angle   ${fmt(r.minAngleDeg)}${r.closestPair ? ` (points ${r.closestPair[0]} and ${r.closestPair[1]})` : ""}`);
    lines.push(`  best known  ${fmt(r.bestKnownDeg)}`);
    lines.push(`  ratio       ${r.ratio === null ? "n/a" : r.ratio.toFixed(5)}`);
    if (values.out) lines.push(`  points      written to ${values.out}`);
    if (values.svg) lines.push(`  picture     written to ${values.svg}`);
    io.out(lines.join("\n") + "\n");
    return 0;
  },
};
