import { totalmem } from "node:os";
import { computeLoss, release, type Backend } from "@mmareg/core";
import { benchMatrix } from "@mmareg/core/internal";
import { numberFlag, parse } from "../args.js";
import { BACKENDS, loadBackend, loadBackends, type BenchBaseline } from "../backends/index.js";
import { CliError } from "../cliError.js";
import { benchTrainingCommand } from "./benchTraining.js";
import type { Command } from "./types.js";

/**
 * Refuse a bench size that cannot fit before allocating it: the plain Gram product it is
 * timed against holds the `n x n` matrix (8 bytes an entry) next to a few `n x d` copies.
 */
function checkBenchSize(n: number, d: number): void {
  const bytes = 8 * (n * n + 4 * n * d);
  const budget = totalmem() / 2;
  if (n * n > 2 ** 32 - 1 || n * d > 2 ** 32 - 1 || bytes > budget) {
    throw new CliError(
      `--sizes ${n}x${d} needs about ${(bytes / 2 ** 30).toFixed(1)} GiB (the n x n Gram product it is timed against), over half of this machine's ${(totalmem() / 2 ** 30).toFixed(0)} GiB: use a smaller n`,
    );
  }
}

const DEFAULT_SIZES = "64x576,256x2304,512x4608,2048x512";

const HELP = `Usage: mma bench [options]

Time MMA loss + gradient against the same backend's plain Gram product (W Wᵀ), side by
side in one process, and print their ratio. Backends may add baselines of their own
(for example the autodiff formula a tfjs user would write).

Options:
  --backends <list>  comma-separated (default: cpu); available: ${BACKENDS.map((b) => b.name).join(", ")}
  --sizes <list>     comma-separated n x d (default ${DEFAULT_SIZES})
  --repeats <k>      at least k timed rounds (and at least 0.5 s of them) after a 0.3 s
                     warm-up; MMA, Gram and baselines alternate within each round so load
                     changes hit them alike; medians are reported (default 5; 3 when a
                     call takes over a second)
  --json             print the rows as JSON
  --training         time a tfjs training step with and without each regularizer
                     instead (see mma bench --training --help)
  -h, --help         this text

A backend that fails at a size (out of memory, an abort inside its runtime) gets a row
saying FAILED and why; the bench goes on. The timed MMA call reads the gradient back to
JavaScript: on Linux each fresh page of that copy costs a page fault, which on some VMs
(10 us each) outweighs the loss itself; to measure as the PyTorch anchor does, keep freed
memory mapped: GLIBC_TUNABLES=glibc.malloc.mmap_threshold=4294967296:glibc.malloc.trim_threshold=68719476736
`;

/** One measured row of the benchmark. */
export interface BenchRow {
  backend: string;
  n: number;
  d: number;
  mmaMs: number;
  gramMs: number;
  ratio: number;
  /**
   * Threads the backend computed the Gram product on: 1 unless it says otherwise, and 1
   * for a backend with a worker pool (`parallelCalls()`) that kept this size off it.
   */
  threads: number;
  /** The Gram product's arithmetic rate per thread: `2 n^2 d` flops / `gramMs` / threads. */
  gramGflopsPerCore: number;
  /** The backend's baselines; one that cannot run at this size has `skipped` (why) and `NaN` times. */
  baselines: { label: string; ms: number; ratio: number; skipped?: string }[];
  /**
   * Why this backend could not be timed at this size (the times are then `NaN`); the
   * bench goes on with the next size and backend.
   */
  error?: string;
}

/**
 * Median wall times (ms) of several functions measured INTERLEAVED (a, b, a, b, ...), so a
 * change in machine load affects them alike and their ratio stays meaningful. Warms up
 * for at least `warmupMs` (so the JIT has compiled the hot loops), then times at least
 * `repeats` rounds and at least `minTotalMs` of work; a function slower than 1 s per call
 * gets 3 rounds.
 */
export async function timeInterleaved(fns: readonly (() => Promise<void>)[], repeats: number, warmupMs = 300, minTotalMs = 500): Promise<number[]> {
  const w0 = performance.now();
  let slow = false;
  do {
    for (const fn of fns) {
      const t = performance.now();
      await fn();
      if (performance.now() - t > 1000) slow = true;
    }
  } while (!slow && performance.now() - w0 < warmupMs);
  const rounds = slow ? Math.min(3, repeats) : repeats;
  const times: number[][] = fns.map(() => []);
  const t0 = performance.now();
  let done = 0;
  while (done < rounds || (!slow && performance.now() - t0 < minTotalMs && done < 1000)) {
    for (const [i, fn] of fns.entries()) {
      const t = performance.now();
      await fn();
      times[i]!.push(performance.now() - t);
    }
    done++;
  }
  return times.map((ts) => ts.sort((a, b) => a - b)[Math.floor(ts.length / 2)] as number);
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

/**
 * One row of the bench: MMA loss + gradient, the Gram product and the backend's baselines
 * timed interleaved on a fresh `n x d` input. A failure of the backend at this size (out
 * of memory, an abort inside its runtime) comes back as a row with `error` set and `NaN`
 * times instead of ending the whole bench.
 */
export async function benchRow(backend: Backend<unknown>, baselineList: readonly BenchBaseline[], n: number, d: number, repeats: number): Promise<BenchRow> {
  let threads = (backend as { threads?: number }).threads ?? 1;
  let w: unknown;
  try {
    w = backend.tensor(benchMatrix(n, d), [n, d]);
    const input = w;
    // a pool that leaves small work on the calling thread computes this Gram product on one
    const pool = backend as { parallelCalls?: () => number };
    if (threads > 1 && typeof pool.parallelCalls === "function") {
      const before = pool.parallelCalls();
      await runGram(backend, input);
      if (pool.parallelCalls() === before) threads = 1;
    }
    // a baseline that cannot run at this size (n x n memory) is reported as skipped, not run
    const skipped = baselineList.map((bl) => bl.skip?.(n, d));
    const running = baselineList.filter((_, i) => skipped[i] === undefined);
    const [mmaMs, gramMs, ...extraMs] = (await timeInterleaved(
      [() => runMma(backend, input), () => runGram(backend, input), ...running.map((bl) => () => bl.run(backend, input))],
      repeats,
    )) as [number, number, ...number[]];
    const baselines = baselineList.map((bl, i) => {
      const why = skipped[i];
      if (why !== undefined) return { label: bl.label, ms: NaN, ratio: NaN, skipped: why };
      const ms = extraMs[running.indexOf(bl)]!;
      return { label: bl.label, ms, ratio: ms / mmaMs };
    });
    const gramGflopsPerCore = (2 * n * n * d) / (gramMs * 1e6) / threads;
    return { backend: backend.name, n, d, mmaMs, gramMs, ratio: mmaMs / gramMs, threads, gramGflopsPerCore, baselines };
  } catch (e) {
    const error = (e instanceof Error ? e.message : String(e)).split("\n")[0]!.slice(0, 300) || "failed";
    return { backend: backend.name, n, d, mmaMs: NaN, gramMs: NaN, ratio: NaN, threads, gramGflopsPerCore: NaN, baselines: [], error };
  } finally {
    if (w !== undefined) {
      try {
        release(backend, w);
      } catch {
        // a backend that failed may refuse to free; the next size starts it anew
      }
    }
  }
}

export const benchCommand: Command = {
  name: "bench",
  summary: "time MMA loss+grad against the plain Gram product on each backend",
  help: HELP,
  async run(argv, io) {
    if (argv.includes("--training")) return benchTrainingCommand.run(argv, io);
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
      const size = [Number(m[1]), Number(m[2])] as const;
      checkBenchSize(size[0], size[1]);
      return size;
    });
    const rows: BenchRow[] = [];
    const names = (values.backends ?? "cpu").split(",").map((s) => s.trim());
    // every backend is started once before any timing, so one run reports every one that
    // cannot start; then each runs alone (tfjs backends share one global active backend)
    await Promise.all((await loadBackends(names)).map((s) => s.entry.unload(s.backend)));
    for (const name of names) {
      let { entry, backend } = await loadBackend(name);
      try {
        for (const [n, d] of sizes) {
          const row = await benchRow(backend, entry.baselines ?? [], n, d, repeats);
          rows.push(row);
          if (!values.json) {
            if (row.error !== undefined) {
              io.out(`${row.backend.padEnd(14)} ${`${n}x${d}`.padEnd(10)} FAILED: ${row.error}\n`);
            } else {
              const extra = row.baselines.map((b) => (b.skipped !== undefined ? `  ${b.label} skipped (${b.skipped})` : `  ${b.label} ${b.ms.toFixed(2)} ms (${b.ratio.toFixed(2)}x MMA)`)).join("");
              io.out(
                `${row.backend.padEnd(14)} ${`${n}x${d}`.padEnd(10)} MMA loss+grad ${row.mmaMs.toFixed(2).padStart(9)} ms   Gram ${row.gramMs
                  .toFixed(2)
                  .padStart(9)} ms (${row.gramGflopsPerCore.toFixed(1)} GFLOP/s per core, ${row.threads} thread${row.threads > 1 ? "s" : ""})   ratio ${row.ratio.toFixed(3)}${extra}\n`,
              );
            }
          }
          if (row.error !== undefined) {
            // its runtime may be left in a broken state (an aborted WebAssembly module): start it anew
            await entry.unload(backend).catch(() => undefined);
            ({ entry, backend } = await loadBackend(name));
          }
        }
      } finally {
        await entry.unload(backend);
      }
    }
    if (values.json) io.out(JSON.stringify({ repeats, rows }, null, 2) + "\n");
    return 0;
  },
};
