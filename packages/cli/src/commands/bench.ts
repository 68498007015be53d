import { computeLoss, release, type Backend } from "@mmareg/core";
import { normal12Matrix } from "@mmareg/core";
import { numberFlag, parse } from "../args.js";
import { BACKENDS, loadBackend } from "../backends/index.js";
import { CliError } from "../cliError.js";
import type { Command } from "./types.js";

const DEFAULT_SIZES = "64x576,256x2304,512x4608,2048x512";

const HELP = `Usage: mma bench [options]

Time MMA loss + gradient against the same backend's plain Gram product (W Wᵀ), side by
side in one process, and print their ratio. Backends may add baselines of their own
(for example the autodiff formula a tfjs user would write).

Options:
  --backends <list>  comma-separated (default: cpu); available: ${BACKENDS.map((b) => b.name).join(", ")}
  --sizes <list>     comma-separated n x d (default ${DEFAULT_SIZES})
  --repeats <k>      at least k timed runs per measurement (and at least 0.5 s of them),
                     after a 0.3 s warm-up; the median is reported (default 5)
  --json             print the rows as JSON
  -h, --help         this text
`;

/** One measured row of the benchmark. */
export interface BenchRow {
  backend: string;
  n: number;
  d: number;
  mmaMs: number;
  gramMs: number;
  ratio: number;
  baselines: { label: string; ms: number; ratio: number }[];
}

/**
 * Median wall time of `fn` in ms. Warms up for at least `warmupMs` (so the JIT has
 * compiled the hot loops) and then times at least `repeats` runs and at least
 * `minTotalMs` of work, so small sizes get many samples.
 */
export async function timeMedian(fn: () => Promise<void>, repeats: number, warmupMs = 300, minTotalMs = 500): Promise<number> {
  const w0 = performance.now();
  let warm = 0;
  while (warm < 3 || performance.now() - w0 < warmupMs) {
    await fn();
    warm++;
  }
  const times: number[] = [];
  const t0 = performance.now();
  while (times.length < repeats || (performance.now() - t0 < minTotalMs && times.length < 1000)) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

/** MMA loss + gradient, forced to completion by reading both back. */
export async function runMma(b: Backend<unknown>, w: unknown): Promise<void> {
  const out = computeLoss(b, w, { loss: "mma" });
  await Promise.all([b.read(out.loss), b.read(out.grad)]);
  release(b, out.loss, out.grad);
}

/** The plain Gram product `W Wᵀ`, forced to completion by reading back its sum (not the n x n matrix). */
export async function runGram(b: Backend<unknown>, w: unknown): Promise<void> {
  const g = b.gram(w);
  const s = b.sum(g);
  await b.read(s);
  release(b, g, s);
}

export const benchCommand: Command = {
  name: "bench",
  summary: "time MMA loss+grad against the plain Gram product on each backend",
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parse(argv, {
      backends: { type: "string" },
      sizes: { type: "string" },
      repeats: { type: "string" },
      json: { type: "boolean" },
    });
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    if (positionals.length > 0) throw new CliError(`mma bench takes no positional arguments, got "${positionals[0]}"`);
    const repeats = numberFlag(values.repeats, "repeats", 5);
    const sizes = (values.sizes ?? DEFAULT_SIZES).split(",").map((s) => {
      const m = /^(\d+)x(\d+)$/.exec(s.trim());
      if (!m) throw new CliError(`--sizes entries look like 64x576, got "${s}"`);
      return [Number(m[1]), Number(m[2])] as const;
    });
    const rows: BenchRow[] = [];
    for (const name of (values.backends ?? "cpu").split(",").map((s) => s.trim())) {
      const { entry, backend } = await loadBackend(name);
      try {
        for (const [n, d] of sizes) {
          const w = backend.tensor(normal12Matrix(n, d, n * 7919 + d), [n, d]);
          const mmaMs = await timeMedian(() => runMma(backend, w), repeats);
          const gramMs = await timeMedian(() => runGram(backend, w), repeats);
          const baselines = [];
          for (const bl of entry.baselines ?? []) {
            const ms = await timeMedian(() => bl.run(backend, w), repeats);
            baselines.push({ label: bl.label, ms, ratio: ms / mmaMs });
          }
          release(backend, w);
          const row = { backend: backend.name, n, d, mmaMs, gramMs, ratio: mmaMs / gramMs, baselines };
          rows.push(row);
          if (!values.json) {
            const extra = baselines.map((b) => `  ${b.label} ${b.ms.toFixed(2)} ms (${b.ratio.toFixed(2)}x MMA)`).join("");
            io.out(
              `${row.backend.padEnd(14)} ${`${n}x${d}`.padEnd(10)} MMA loss+grad ${mmaMs.toFixed(2).padStart(9)} ms   Gram ${gramMs
                .toFixed(2)
                .padStart(9)} ms   ratio ${row.ratio.toFixed(3)}${extra}\n`,
            );
          }
        }
      } finally {
        await entry.unload?.(backend);
      }
    }
    if (values.json) io.out(JSON.stringify({ repeats, rows }, null, 2) + "\n");
    return 0;
  },
};
