/**
 * What the suite runs: the two size profiles (`full`, `quick`), the settings of each
 * experiment, and the list of unique runs. A run is identified by its content (network,
 * regularization, seed), so a run that several experiments need (the CNN baseline is in
 * Tables 2 and 3 and Figs. 1 and 3) is trained once.
 */

/** Sizes: `full` fits in about an hour on 2 cores, `quick` (CI smoke test) in a few minutes. */
export const PROFILES = {
  full: {
    seeds: [1, 2, 3, 4, 5],
    trainPerDigit: 200, // 2,000 training digits
    testPerDigit: 400, // 4,000 test digits
    epochs: 6,
    batchSize: 64,
    lr: 1e-3,
    grid: [0, 0.01, 0.03, 0.07, 0.1, 0.2, 0.3],
    embed: { epochs: 6, dims: 8, margin: 0.5, scale: 64 },
    pairs: { folds: 10, perFold: 600, seed: 7 }, // 6,000 pairs, as in LFW
    timing: { rounds: 20, warmup: 3 },
  },
  quick: {
    seeds: [1, 2],
    trainPerDigit: 40,
    testPerDigit: 60,
    epochs: 2,
    batchSize: 64,
    lr: 1e-3,
    grid: [0, 0.07, 0.3],
    embed: { epochs: 2, dims: 8, margin: 0.5, scale: 64 },
    pairs: { folds: 10, perFold: 40, seed: 7 },
    timing: { rounds: 3, warmup: 1 },
  },
};

/** The regularization settings of the classifiers (the paper's coefficients, Section 5.2). */
export const SETTINGS = {
  baseline: { label: "baseline", coefficient: 0 },
  hidden: { label: "MMA hidden", loss: "mma", coefficient: 0.07, layers: "hidden" },
  mma: { label: "MMA", loss: "mma", coefficient: 0.07, layers: "all" },
  mhe2: { label: "MHE (s=2)", loss: "mhe", s: 2, coefficient: 1, layers: "all" },
  mhe0: { label: "MHE (s=0)", loss: "mhe", s: 0, coefficient: 1, layers: "all" },
  orthogonal: { label: "orthogonal", loss: "orthogonal", coefficient: 1e-4, layers: "all" },
};

/** MMA on every layer with coefficient `c` (the baseline at 0), for Figs. 3 and 4. */
export function gridSetting(c) {
  return c === 0 ? SETTINGS.baseline : { label: `MMA ${c}`, loss: "mma", coefficient: c, layers: "all" };
}

/** A setting's key in run ids: what it computes, not what it is called. */
export function settingKey(s) {
  if (!s.loss || s.coefficient === 0) return "baseline";
  return [s.loss, s.s !== undefined ? `s${s.s}` : null, s.layers ?? "all", s.coefficient].filter((x) => x !== null).join("-");
}

/** The experiments and the settings they compare (rows of the tables, curves of the plots). */
export function experiments(profile) {
  const p = PROFILES[profile];
  return {
    table2: { model: "cnn", rows: ["baseline", "hidden", "mma"].map((k) => SETTINGS[k]) },
    table3: { model: "cnn", rows: ["baseline", "mma", "mhe2", "mhe0", "orthogonal"].map((k) => SETTINGS[k]) },
    fig1: { model: "cnn", rows: ["baseline", "orthogonal", "mhe2", "mma"].map((k) => SETTINGS[k]) },
    fig3: { model: "cnn", rows: p.grid.map(gridSetting) },
    fig4: { model: "resnet", rows: p.grid.map(gridSetting) },
    table7: {
      model: "embed",
      rows: [
        { label: "ArcFace", coefficient: 0 },
        { label: "ArcFace+", coefficient: 0.03 },
        { label: "ArcFace+ (λ = 1, beyond the paper)", coefficient: 1 },
      ],
    },
  };
}

/**
 * Every run of a profile, deduplicated, in execution order: the timing runs first (alone,
 * so Table 3's times are not disturbed by the other worker), then the rest. Each run has
 * `id`, `spec` (what the worker gets; a stored result is reused only if its spec is
 * identical) and `uses` (the experiments that read it).
 */
export function planRuns(profile) {
  const p = PROFILES[profile];
  const exps = experiments(profile);
  const common = { trainPerDigit: p.trainPerDigit, testPerDigit: p.testPerDigit, batchSize: p.batchSize, lr: p.lr };
  const runs = new Map();
  const add = (id, spec, use) => {
    if (!runs.has(id)) runs.set(id, { id, spec: { ...spec, id }, uses: [] });
    const r = runs.get(id);
    if (!r.uses.includes(use)) r.uses.push(use);
  };
  for (const seed of p.seeds) {
    add(`timing-cnn-seed${seed}`, { kind: "timing", model: "cnn", seed, settings: exps.table3.rows, ...p.timing, ...common }, "table3");
  }
  for (const name of ["table2", "table3", "fig1", "table7", "fig3", "fig4"]) {
    const e = exps[name];
    for (const setting of e.rows) {
      for (const seed of p.seeds) {
        if (e.model === "embed") {
          const { epochs, dims, margin, scale } = p.embed;
          add(`embed-arcface-${setting.coefficient}-seed${seed}`, { kind: "embed", seed, setting, epochs, embeddingDims: dims, margin, scale, pairs: p.pairs, ...common }, name);
        } else {
          add(`${e.model}-${settingKey(setting)}-seed${seed}`, { kind: "classify", model: e.model, seed, setting, epochs: p.epochs, ...common }, name);
        }
      }
    }
  }
  return [...runs.values()];
}

/** The id of an experiment row's run for a seed (the same rule as {@link planRuns}). */
export function runId(model, setting, seed) {
  return model === "embed" ? `embed-arcface-${setting.coefficient}-seed${seed}` : `${model}-${settingKey(setting)}-seed${seed}`;
}
