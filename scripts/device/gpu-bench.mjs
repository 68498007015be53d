// The Node side of the GPU kit (bundled by scripts/device/build-kit.mjs; see README.md here):
// WebGPU from Dawn's Node addon (`webgpu` package), the conformance suite on tfjs-webgpu,
// then MMA loss+grad against each backend's own Gram product on several backends.
//
// Environment:
//   MMA_DEVICE_SIZES     n x d list (default 64x576,512x4608,10575x512,100000x512)
//   MMA_DEVICE_BACKENDS  backend list (default tfjs-webgpu,wasm-16,onnx-node,wasm-1,cpu; also onnx-webgpu,
//                        left out: onnxruntime-web's JSEP WebGPU under Dawn fails with "no overload
//                        matched for writeBuffer", its native WebGPU EP cannot place our f64 Cast nodes)
//   MMA_DEVICE_BUDGET_S  wall seconds for the whole bench; rows that would pass it are skipped (default 240)
//   MMA_DEVICE_BACKEND_S  seconds one backend may take before its remaining sizes are skipped (default 60)
//   MMA_DEVICE_MAX_CALL_S  skip a size whose projected single MMA call is longer (default 20)
//   MMA_DEVICE_GRAM_MAX_ENTRIES  above this n*n, time MMA alone (default 2^32 - 1, what mma bench allows)
//   MMA_DEVICE_JSON      where to write the rows as JSON (optional)
//   MMA_DEVICE_SKIP_CONFORMANCE=1  skip the conformance suite
//   MMA_DEVICE_CONFORMANCE_S  start no new conformance group after this many seconds (default 80)
import { writeFileSync } from "node:fs";
import { release } from "@mmareg/core";
import { normal12Matrix } from "@mmareg/core/internal";
import { CONFORMANCE_GROUPS, runConformanceChecks } from "@mmareg/conformance";
import { createCpuBackend } from "@mmareg/cpu";
import { createWasmBackend } from "@mmareg/wasm";
import { createOnnxBackend } from "@mmareg/onnx";
import { loadTfjsBackend } from "@mmareg/tfjs";
import { benchRow, runMma, timeInterleaved } from "../../packages/cli/src/commands/bench.ts";
import { tfjsExtras } from "../../packages/cli/src/backends/tfjs.ts";

const t0 = performance.now();
const elapsed = () => (performance.now() - t0) / 1000;
const log = (s) => console.log(`[${elapsed().toFixed(1).padStart(6)} s] ${s}`);
const budget = Number(process.env.MMA_DEVICE_BUDGET_S ?? 240);
const maxCall = Number(process.env.MMA_DEVICE_MAX_CALL_S ?? 20);
const gramMaxEntries = Number(process.env.MMA_DEVICE_GRAM_MAX_ENTRIES ?? 2 ** 32 - 1);
const perBackend = Number(process.env.MMA_DEVICE_BACKEND_S ?? 60);
const sizes = (process.env.MMA_DEVICE_SIZES || "64x576,512x4608,10575x512,100000x512").split(",").map((s) => s.trim().split("x").map(Number));
const wanted = (process.env.MMA_DEVICE_BACKENDS || "tfjs-webgpu,wasm-16,onnx-node,wasm-1,cpu").split(",").map((s) => s.trim());
const report = { node: process.version, adapter: null, conformance: null, rows: [], notes: [] };
const note = (s) => {
  report.notes.push(s);
  log(`NOTE ${s}`);
};
const save = () => {
  if (process.env.MMA_DEVICE_JSON) writeFileSync(process.env.MMA_DEVICE_JSON, JSON.stringify(report, null, 2));
};

// ---- WebGPU from Dawn ----------------------------------------------------------------
let gpuOk = false;
try {
  const { create, globals } = await import("webgpu");
  Object.assign(globalThis, globals);
  const flags = (process.env.MMA_DAWN_FLAGS ?? "").split(";").filter(Boolean);
  const gpu = create(flags);
  // Node 20 has no navigator; Node 21+ has one whose gpu is missing
  if (globalThis.navigator) Object.defineProperty(globalThis.navigator, "gpu", { value: gpu, configurable: true });
  else globalThis.navigator = { gpu };
  const adapter = await gpu.requestAdapter({ powerPreference: "high-performance" });
  if (!adapter) throw new Error("navigator.gpu.requestAdapter() returned null (no Vulkan driver found?)");
  const info = adapter.info ?? {};
  const l = adapter.limits;
  report.adapter = {
    vendor: info.vendor,
    architecture: info.architecture,
    device: info.device,
    description: info.description,
    maxBufferSize: l.maxBufferSize,
    maxStorageBufferBindingSize: l.maxStorageBufferBindingSize,
    maxComputeWorkgroupsPerDimension: l.maxComputeWorkgroupsPerDimension,
    features: [...adapter.features].sort(),
  };
  log(`WebGPU adapter: ${JSON.stringify(report.adapter)}`);
  gpuOk = true;
} catch (e) {
  note(`WebGPU unavailable: ${e?.stack ?? e}`);
}

// ---- tfjs ----------------------------------------------------------------------------
const tf = await import("@tensorflow/tfjs");
tf.env().set("PROD", true);
if (gpuOk) await import("@tensorflow/tfjs-backend-webgpu"); // registers only when navigator.gpu exists

// ---- backends ------------------------------------------------------------------------
const ortNodeDir = process.env.MMA_ORT_WEB_DIR; // where gpu-run.sh put onnxruntime-web's .wasm/.mjs
const STARTERS = {
  "tfjs-webgpu": async () => {
    if (!gpuOk) throw new Error("no WebGPU adapter");
    return { backend: await loadTfjsBackend({ tf, backend: "webgpu" }), baselines: tfjsExtras.baselines ?? [] };
  },
  "wasm-16": async () => ({ backend: await createWasmBackend({ threads: 16 }), baselines: [] }),
  "wasm-1": async () => ({ backend: await createWasmBackend({ threads: 1 }), baselines: [] }),
  "onnx-webgpu": async () => {
    if (!gpuOk) throw new Error("no WebGPU adapter");
    // the browser build (JSEP WebGPU provider), as the browser tests use it; Node's export
    // condition would pick the wasm-only build, so import the file itself
    const mod = await import(new URL("../node_modules/onnxruntime-web/dist/ort.bundle.min.mjs", import.meta.url).href);
    const ort = mod.InferenceSession ? mod : mod.default;
    if (ortNodeDir) ort.env.wasm.wasmPaths = ortNodeDir.endsWith("/") ? ortNodeDir : `${ortNodeDir}/`;
    ort.env.wasm.numThreads = 1;
    const backend = await createOnnxBackend({ ort, executionProviders: ["webgpu", "wasm"], name: "onnx-webgpu" });
    // a tiny MMA call proves the EP really runs (session creation alone may fall back)
    const w = backend.tensor(normal12Matrix(8, 16, 1), [8, 16]);
    await runMma(backend, w);
    release(backend, w);
    return { backend, baselines: [] };
  },
  "onnx-node": async () => {
    const mod = await import("onnxruntime-node");
    const runtime = mod.InferenceSession ? mod : mod.default;
    return { backend: await createOnnxBackend({ runtime, numThreads: 16, name: "onnx-node-16t" }), baselines: [] };
  },
  cpu: async () => ({ backend: createCpuBackend({ dtype: "float64" }), baselines: [] }),
};

const fmt = (x) => (Number.isFinite(x) ? x.toFixed(2).padStart(9) : "      n/a");
for (const name of wanted) {
  const start = STARTERS[name];
  if (!start) {
    note(`unknown backend ${name}; known: ${Object.keys(STARTERS).join(", ")}`);
    continue;
  }
  if (elapsed() > budget) {
    note(`${name}: skipped, the bench's ${budget} s budget is spent`);
    continue;
  }
  let started;
  try {
    started = await start();
  } catch (e) {
    note(`${name}: could not start: ${String(e?.message ?? e).split("\n").slice(0, 3).join(" | ")}`);
    continue;
  }
  const { backend, baselines } = started;
  log(`${name}: started (${backend.name})`);
  let prev; // [n, d, mmaMs] of the last measured size, to project the next one
  const backendStart = elapsed();
  for (const [n, d] of sizes) {
    const label = `${name.padEnd(12)} ${`${n}x${d}`.padEnd(11)}`;
    const skip = (why) => {
      report.rows.push({ backend: name, n, d, skipped: why });
      console.log(`${label} SKIPPED: ${why}`);
    };
    if (elapsed() > budget) {
      skip(`the bench's ${budget} s budget is spent`);
      continue;
    }
    if (elapsed() - backendStart > perBackend) {
      skip(`this backend's ${perBackend} s share is spent (MMA_DEVICE_BACKEND_S)`);
      continue;
    }
    if (prev) {
      const projected = (prev[2] * (n * n * d)) / (prev[0] * prev[0] * prev[1]) / 1000;
      if (projected > maxCall) {
        skip(`projected ${projected.toFixed(0)} s per MMA call from ${prev[0]}x${prev[1]} (limit ${maxCall} s, MMA_DEVICE_MAX_CALL_S)`);
        continue;
      }
    }
    const gramFits = n * n <= gramMaxEntries;
    try {
      if (gramFits) {
        const row = await benchRow(backend, baselines, n, d, 5);
        report.rows.push({ ...row, backend: name });
        if (row.error !== undefined) {
          console.log(`${label} FAILED: ${row.error}`);
          continue;
        }
        const extra = row.baselines.map((b) => (b.skipped !== undefined ? `  ${b.label} skipped (${b.skipped})` : `  ${b.label} ${b.ms.toFixed(2)} ms (${b.ratio.toFixed(2)}x MMA)`)).join("");
        console.log(`${label} MMA loss+grad ${fmt(row.mmaMs)} ms   Gram ${fmt(row.gramMs)} ms   ratio ${row.ratio.toFixed(3)}${extra}`);
        prev = [n, d, row.mmaMs];
      } else {
        // the n x n Gram product alone has more entries than one tensor may hold: MMA only
        const w = backend.tensor(normal12Matrix(n, d, n * 7919 + d), [n, d]);
        try {
          const [mmaMs] = await timeInterleaved([() => runMma(backend, w)], 3, 0, 0);
          const gramSkip = `Gram skipped: n x n = ${(n * n).toExponential(2)} entries, over ${gramMaxEntries} (mma bench refuses over 2^32 - 1)`;
          report.rows.push({ backend: name, n, d, mmaMs, gramMs: NaN, ratio: NaN, gramSkipped: gramSkip });
          console.log(`${label} MMA loss+grad ${fmt(mmaMs)} ms   (${gramSkip})`);
          prev = [n, d, mmaMs];
        } finally {
          release(backend, w);
        }
      }
    } catch (e) {
      const msg = String(e?.message ?? e).split("\n")[0].slice(0, 300);
      report.rows.push({ backend: name, n, d, error: msg });
      console.log(`${label} FAILED: ${msg}`);
    }
    save();
  }
  try {
    await backend.close?.();
  } catch {
    // a failed backend may refuse to close
  }
}
// ---- conformance last: the bench matters more, and the step timeout may cut this short
const GPU_NONFINITE = "GLSL/WGSL log(0) and pow(0, -s) are undefined, not Infinity";
if (gpuOk && process.env.MMA_DEVICE_SKIP_CONFORMANCE !== "1") {
  const cap = Number(process.env.MMA_DEVICE_CONFORMANCE_S ?? 80);
  log(`conformance: tfjs-webgpu (float32) against cpu float64, group by group (cap ${cap} s, MMA_DEVICE_CONFORMANCE_S) ...`);
  const c0 = elapsed();
  const all = { passed: 0, failed: 0, skipped: 0, failures: [], groupsNotRun: [] };
  report.conformance = all;
  for (const group of CONFORMANCE_GROUPS) {
    if (elapsed() - c0 > cap) {
      all.groupsNotRun.push(group);
      continue;
    }
    try {
      const r = await runConformanceChecks(
        {
          name: "tfjs-webgpu",
          createBackend: () => loadTfjsBackend({ tf, backend: "webgpu" }),
          reference: () => createCpuBackend({ dtype: "float64" }),
          skip: { "golden-nonfinite": GPU_NONFINITE },
        },
        { dtype: "float32", groups: [group] },
      );
      const count = (s) => r.results.filter((x) => x.status === s).length;
      all.passed += count("passed");
      all.failed += count("failed");
      all.skipped += count("skipped");
      all.failures.push(...r.failures);
      log(`  ${group}: ${count("passed")} passed, ${count("failed")} failed, ${count("skipped")} skipped`);
      for (const f of r.failures) console.log(`    FAIL ${f.id}: ${f.message}`);
    } catch (e) {
      note(`conformance group ${group} could not run: ${e?.stack ?? e}`);
    }
    save();
  }
  log(`conformance tfjs-webgpu: ${all.passed} passed, ${all.failed} failed, ${all.skipped} skipped${all.groupsNotRun.length ? `; not run (time cap): ${all.groupsNotRun.join(", ")}` : ""}`);
  save();
}

save();
log("done");
// Dawn's teardown at exit has hung for minutes (SwiftShader, after onnx-webgpu): end hard
if (process.env.MMA_DEVICE_HARD_EXIT !== "0") process.stdout.write("", () => process.kill(process.pid, "SIGKILL"));
else process.exit(0);
