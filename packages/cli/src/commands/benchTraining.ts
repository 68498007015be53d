import { LOSS_NAMES, type LossName } from "@mmareg/core";
import type { LayersModel, Tensor, layers as tfLayers } from "@tensorflow/tfjs";
import { choiceFlag, numberFlag, parse } from "../args.js";
import { CliError } from "../cliError.js";
import type { Command } from "./types.js";

type Tf = typeof import("@tensorflow/tfjs");

/** The named models of `mma bench --training`. */
export const TRAINING_PRESETS = {
  /** The MLP of issue 15: 784 → 1024 → 1024 → 100, batch 128. */
  mlp: { input: [784], conv: [], dense: [1024, 1024, 100], batch: 128 },
  /** The digit CNN of examples/paper-experiments: conv 3×3×16 → pool → conv 3×3×32 → pool → dense 64 → dense 10, batch 64. */
  cnn: { input: [28, 28, 1], conv: [16, 32], dense: [64, 10], batch: 64 },
} as const satisfies Record<string, TrainingModelSpec>;

/** A model of the training bench: input shape, 3×3 conv layers (each followed by a 2×2 max pool), dense widths (the last is the classifier). */
export interface TrainingModelSpec {
  input: readonly number[];
  conv: readonly number[];
  dense: readonly number[];
  batch: number;
}

/** One setting of the bench: no regularizer, or a loss with a refresh period. */
export interface TrainingSetting {
  label: string;
  loss: LossName | null;
  refreshEvery: number;
}

/** One measured setting. */
export interface TrainingBenchRow extends TrainingSetting {
  /**
   * Wall time of a step (ms): the median for `refreshEvery` 1; for `k > 1` the average over
   * one refresh period, `(refreshMs + (k - 1) cachedMs) / k` (a plain median would be the
   * cached step alone, since k - 1 of every k steps reuse the pairs).
   */
  ms: number;
  /** `k > 1`: median wall time of the steps that searched (null when none was timed: raise `--steps`). */
  refreshMs: number | null;
  /** `k > 1`: median wall time of the steps that reused the cached pairs (null when none was timed). */
  cachedMs: number | null;
  /** `k > 1`: median CPU time of the refresh steps (null when none was timed). */
  refreshCpuMs: number | null;
  /** `k > 1`: median CPU time of the cached steps (null when none was timed). */
  cachedCpuMs: number | null;
  /** `ms / baseline - 1`, in percent (0 for the baseline). */
  overheadPct: number;
  /**
   * CPU time of this process during a step (ms, user + system; the median, or the
   * refresh-period average for `k > 1` as for `ms`). tfjs-cpu and
   * tfjs-wasm compute on the main thread in Node, so this is the step's own work, far less
   * sensitive than wall time to other programs on a busy machine.
   */
  cpuMs: number;
  /** `cpuMs / baseline - 1`, in percent. */
  cpuOverheadPct: number;
}

const HELP = `Usage: mma bench --training [options]

Time one training step (model.trainOnBatch: forward, backward, SGD update) of a tfjs
model without a regularizer and with an angular regularizer on every kernel, each
setting its own model from the same seeded weights, stepping in turn on the same batch
(the order rotating every round) so load changes hit them alike; prints medians of the
wall time and of the process's CPU time per step (tfjs-cpu and tfjs-wasm compute on the
main thread, so CPU time is the step's own work, steadier on a busy machine) and the
overhead over the baseline in percent. With refreshEvery k > 1 only every k-th step
searches the nearest neighbours: the figure is the average step over a refresh period,
(refresh + (k - 1) cached) / k from the medians of each kind of step, and the table
also shows the two (time at least k steps, --steps >= k, to include a refresh step).

Options:
  --backend <name>      tfjs-wasm (default for dense models) | tfjs-cpu (default with conv
                        layers: tfjs-wasm 4.22 has no Conv2DBackpropFilter kernel)
  --preset <name>       mlp (default: 784 -> 1024 -> 1024 -> 100, batch 128) | cnn (the
                        digit CNN of examples/paper-experiments, batch 64)
  --input <shape>       input shape, e.g. 784 or 28x28x1 (overrides the preset)
  --conv <filters>      3x3 conv layers, each followed by 2x2 max pooling, e.g. 16,32
                        ("" for none; overrides the preset)
  --dense <widths>      dense layers, the last one the classifier, e.g. 1024,1024,100
  --batch <n>           batch size
  --losses <list>       regularizers to time (default mma): ${LOSS_NAMES.join(", ")}
  --refresh <list>      refreshEvery values for mma and cosine (default 1,10): pairs
                        searched every k steps, reused in between
  --coefficient <x>     regularization coefficient (default 0.07, the paper's)
  --steps <k>           timed rounds (default 10) after --warmup rounds (default 2)
  --warmup <k>          untimed rounds first (default 2)
  --json                print the rows as JSON
  -h, --help            this text

Example:
  mma bench --training --losses mma,cosine --refresh 1,5,10,50
`;

function intList(value: string, flag: string, min: number): number[] {
  if (value.trim() === "") return [];
  return value.split(/[,x]/).map((s) => {
    const v = Number(s.trim());
    if (!Number.isInteger(v) || v < min) throw new CliError(`--${flag} takes integers >= ${min} separated by commas, got "${value}"`);
    return v;
  });
}

/** The settings to time: the baseline, then each loss at each refresh period (mma / cosine only for k > 1). */
export function trainingSettings(losses: readonly LossName[], refresh: readonly number[]): TrainingSetting[] {
  const out: TrainingSetting[] = [{ label: "baseline", loss: null, refreshEvery: 1 }];
  for (const loss of losses) {
    const ks = loss === "mma" || loss === "cosine" ? refresh : [1];
    for (const k of ks) out.push({ label: k === 1 ? loss : `${loss}, refreshEvery ${k}`, loss, refreshEvery: k });
  }
  return out;
}

/** Load tfjs on `backend` (tfjs-cpu or tfjs-wasm). */
async function loadTf(backend: string): Promise<Tf> {
  const tf = await import("@tensorflow/tfjs");
  tf.env().set("PROD", true);
  if (backend === "tfjs-wasm") await import("@tensorflow/tfjs-backend-wasm");
  const name = backend.replace(/^tfjs-/, "");
  if (!(await tf.setBackend(name))) throw new CliError(`tfjs backend ${name} did not start`);
  await tf.ready();
  return tf;
}

/** A model of `spec` with seeded weights and `setting`'s regularizer on every kernel, compiled with SGD. */
async function buildModel(tf: Tf, spec: TrainingModelSpec, setting: TrainingSetting, coefficient: number): Promise<{ model: LayersModel; dispose: () => void }> {
  const { angularRegularizer } = await import("@mmareg/tfjs");
  const regs: { dispose(): void }[] = [];
  const reg = () => {
    if (!setting.loss) return undefined;
    const r = angularRegularizer({ loss: setting.loss, coefficient, tf, ...(setting.refreshEvery > 1 ? { refreshEvery: setting.refreshEvery } : {}) });
    regs.push(r);
    return r;
  };
  let seed = 1;
  const init = () => tf.initializers.heNormal({ seed: seed++ });
  const layers: tfLayers.Layer[] = [];
  for (const [i, filters] of spec.conv.entries()) {
    layers.push(tf.layers.conv2d({ ...(i === 0 ? { inputShape: [...spec.input] } : {}), filters, kernelSize: 3, activation: "relu", kernelInitializer: init(), kernelRegularizer: reg() }));
    layers.push(tf.layers.maxPooling2d({ poolSize: 2 }));
  }
  if (spec.conv.length > 0 || spec.input.length > 1) layers.push(tf.layers.flatten(spec.conv.length === 0 ? { inputShape: [...spec.input] } : {}));
  for (const [i, units] of spec.dense.entries()) {
    const first = layers.length === 0;
    const last = i === spec.dense.length - 1;
    layers.push(tf.layers.dense({ ...(first ? { inputShape: [...spec.input] } : {}), units, activation: last ? "softmax" : "relu", kernelInitializer: init(), kernelRegularizer: reg() }));
  }
  const model = tf.sequential({ layers });
  model.compile({ optimizer: tf.train.sgd(0.01), loss: "categoricalCrossentropy" });
  return {
    model,
    dispose: () => {
      for (const r of regs) r.dispose();
      model.dispose();
    },
  };
}

/**
 * Median step times of the settings on one model spec, measured interleaved (the order
 * rotating each round) on the same batch.
 */
export async function benchTraining(
  tf: Tf,
  spec: TrainingModelSpec,
  settings: readonly TrainingSetting[],
  options: { coefficient: number; steps: number; warmup: number; onRound?: (round: number, total: number) => void },
): Promise<TrainingBenchRow[]> {
  const classes = spec.dense[spec.dense.length - 1] as number;
  const x = tf.randomNormal([spec.batch, ...spec.input], 0, 1, "float32", 1);
  const labels = tf.tidy(() => tf.oneHot(tf.randomUniform([spec.batch], 0, classes, "int32", 2), classes));
  const runs: { setting: TrainingSetting; model: LayersModel; dispose: () => void; ms: number[]; cpuMs: number[]; refresh: boolean[] }[] = [];
  // per setting: the times of its steps, and whether each step searched (step s of a weight
  // with refreshEvery k searches when s % k === 0, warm-up steps counted)
  for (const s of settings) runs.push({ setting: s, ...(await buildModel(tf, spec, s, options.coefficient)), ms: [] as number[], cpuMs: [] as number[], refresh: [] as boolean[] });
  try {
    const total = options.warmup + options.steps;
    for (let round = 0; round < total; round++) {
      for (let k = 0; k < runs.length; k++) {
        const r = runs[(round + k) % runs.length]!;
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        await r.model.trainOnBatch(x as Tensor, labels as Tensor); // resolves with the loss, read back: the step is done
        const t = performance.now() - t0;
        const c = process.cpuUsage(c0);
        if (round >= options.warmup) {
          r.ms.push(t);
          r.cpuMs.push((c.user + c.system) / 1000);
          r.refresh.push(round % r.setting.refreshEvery === 0);
        }
      }
      options.onRound?.(round + 1, total);
    }
  } finally {
    for (const r of runs) r.dispose();
    tf.dispose([x, labels]);
  }
  const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] as number;
  const perStep = (r: (typeof runs)[number], times: number[]): { step: number; refresh: number | null; cached: number | null } => {
    const k = r.setting.refreshEvery;
    if (k === 1) return { step: median(times), refresh: null, cached: null };
    const searched = times.filter((_, i) => r.refresh[i]);
    const reused = times.filter((_, i) => !r.refresh[i]);
    const refresh = searched.length > 0 ? median(searched) : null;
    const cached = reused.length > 0 ? median(reused) : null;
    if (refresh === null || cached === null) return { step: (refresh ?? cached) as number, refresh, cached };
    return { step: (refresh + (k - 1) * cached) / k, refresh, cached };
  };
  const base = median(runs[0]!.ms);
  const baseCpu = median(runs[0]!.cpuMs);
  return runs.map((r) => {
    const wall = perStep(r, r.ms);
    const cpu = perStep(r, r.cpuMs);
    return {
      ...r.setting,
      ms: wall.step,
      overheadPct: 100 * (wall.step / base - 1),
      cpuMs: cpu.step,
      cpuOverheadPct: 100 * (cpu.step / baseCpu - 1),
      refreshMs: wall.refresh,
      cachedMs: wall.cached,
      refreshCpuMs: cpu.refresh,
      cachedCpuMs: cpu.cached,
    };
  });
}

/** `mma bench --training` (dispatched from `mma bench`). */
export const benchTrainingCommand: Command = {
  name: "bench --training",
  summary: "time a tfjs training step with and without each regularizer",
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parse(argv, {
      training: { type: "boolean" },
      backend: { type: "string" },
      preset: { type: "string" },
      input: { type: "string" },
      conv: { type: "string" },
      dense: { type: "string" },
      batch: { type: "string" },
      losses: { type: "string" },
      refresh: { type: "string" },
      coefficient: { type: "string" },
      steps: { type: "string" },
      warmup: { type: "string" },
      json: { type: "boolean" },
    });
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    if (positionals.length > 0) throw new CliError(`mma bench --training takes no positional arguments, got "${positionals[0]}"`);
    const preset = TRAINING_PRESETS[choiceFlag(values.preset, "preset", ["mlp", "cnn"] as const, "mlp")];
    const spec: TrainingModelSpec = {
      input: values.input !== undefined ? intList(values.input, "input", 1) : preset.input,
      conv: values.conv !== undefined ? intList(values.conv, "conv", 1) : preset.conv,
      dense: values.dense !== undefined ? intList(values.dense, "dense", 1) : preset.dense,
      batch: values.batch !== undefined ? intList(values.batch, "batch", 1)[0]! : preset.batch,
    };
    if (spec.dense.length === 0) throw new CliError("--dense needs at least one width (the classifier)");
    if (spec.input.length === 0) throw new CliError("--input needs a shape, e.g. 784 or 28x28x1");
    if (spec.conv.length > 0 && spec.input.length !== 3) throw new CliError(`conv layers need an image input [h, w, channels], got --input ${spec.input.join("x")}`);
    // tfjs-backend-wasm 4.22 registers no Conv2DBackpropFilter kernel (tensorflow/tfjs#8474):
    // a conv model cannot train there, so conv models default to tfjs-cpu
    const backend = choiceFlag(values.backend, "backend", ["tfjs-wasm", "tfjs-cpu"] as const, spec.conv.length > 0 ? "tfjs-cpu" : "tfjs-wasm");
    if (backend === "tfjs-wasm" && spec.conv.length > 0) {
      throw new CliError(
        'tfjs-wasm cannot train conv layers: @tensorflow/tfjs-backend-wasm 4.22 has no Conv2DBackpropFilter kernel (tensorflow/tfjs#8474); use --backend tfjs-cpu (the default for conv models), or dense layers only (--conv "")',
      );
    }
    const losses = (values.losses ?? "mma").split(",").map((s) => choiceFlag(s.trim(), "losses", LOSS_NAMES, "mma" as LossName));
    const refresh = intList(values.refresh ?? "1,10", "refresh", 1);
    const coefficient = numberFlag(values.coefficient, "coefficient", 0.07);
    const steps = intList(values.steps ?? "10", "steps", 1)[0]!;
    const warmup = intList(values.warmup ?? "2", "warmup", 0)[0] ?? 0;
    const settings = trainingSettings(losses, refresh);
    const tf = await loadTf(backend);
    const shape = [spec.input.join("x"), ...spec.conv.map((f) => `conv${f}`), ...spec.dense].join(" -> ");
    if (!values.json) io.err(`training bench: ${backend}, ${shape}, batch ${spec.batch}: ${settings.length} settings x ${warmup + steps} rounds\n`);
    const rows = await benchTraining(tf, spec, settings, {
      coefficient,
      steps,
      warmup,
      ...(io.isTTY && !values.json ? { onRound: (r: number, t: number) => io.err(`\r\x1b[Kround ${r}/${t}${r === t ? "\n" : ""}`) } : {}),
    });
    if (values.json) {
      io.out(JSON.stringify({ backend, model: spec, coefficient, steps, warmup, rows }, null, 2) + "\n");
      return 0;
    }
    io.out(`Training step on ${backend}: ${shape}, batch ${spec.batch}; coefficient ${coefficient} on every kernel; medians of ${steps} steps per setting (refresh-period averages for k > 1), settings alternating\n`);
    const pct = (v: number) => `${v >= 0 ? "+" : ""}${v.toFixed(1)}%`;
    io.out(`  ${"setting".padEnd(28)} ${"wall".padStart(9)}    ${"overhead".padStart(8)} ${"CPU".padStart(9)}    ${"overhead".padStart(8)}   CPU of a refresh / cached step\n`);
    let missing = false;
    for (const r of rows) {
      const ms = (v: number | null) => (v === null ? "(none timed)" : `${v.toFixed(1)} ms`);
      const split = r.refreshEvery === 1 ? "" : `   ${ms(r.refreshCpuMs)} / ${ms(r.cachedCpuMs)}`;
      missing ||= r.refreshEvery > 1 && (r.refreshCpuMs === null || r.cachedCpuMs === null);
      io.out(`  ${r.label.padEnd(28)} ${r.ms.toFixed(1).padStart(9)} ms ${(r.loss ? pct(r.overheadPct) : "").padStart(8)} ${r.cpuMs.toFixed(1).padStart(9)} ms ${(r.loss ? pct(r.cpuOverheadPct) : "").padStart(8)}${split}\n`);
    }
    io.out(`  refreshEvery k > 1: the average step over a refresh period, (refresh + (k - 1) cached) / k, of the medians of each kind\n`);
    if (missing) io.out(`  (none timed): no step of that kind fell in the timed rounds, the figure is the other kind alone; use --steps >= k\n`);
    return 0;
  },
};
