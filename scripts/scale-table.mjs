// The scale table of the README (issue 12): wall time, CPU time and peak memory of each
// large-input path, each run as its own child process through the built command line.
//
//   pnpm build && pnpm scale                         10575 x 512 on every Node backend, the
//                                                    exported .onnx and cpu 30000 x 512
//   node scripts/scale-table.mjs --big               also 100,000 x 512 loss + statistics (cpu, wasm)
//   node scripts/scale-table.mjs --tfjs-100k         also one diversityLoss step on a [512, 100000] kernel (tfjs-wasm)
//   node scripts/scale-table.mjs --only big --big-backends wasm --json out.json
//
// Options:
//   --backends a,b,...   backends of the 10575-row cases (default cpu,wasm,tfjs-wasm,onnx-wasm,onnx-node)
//   --rows <n>           rows of the main cases (default 10575)
//   --cols <d>           row length (default 512)
//   --only a,b,...       case groups: main (loss, --json, --grad-out, report per backend,
//                        inspect), onnx (exported model), 30k, big, tfjs-100k
//                        (default: main,onnx,30k plus big / tfjs-100k when flagged)
//   --big                include the 100,000 x 512 cases (long: tens of minutes on cpu)
//   --big-backends a,b   backends of the big cases (default cpu,wasm)
//   --tfjs-100k          include one tfjs-wasm diversityLoss loss + gradient on [512, 100000]
//   --json <file>        also write the rows as JSON (written after every case, so a
//                        partial run leaves its figures)
//   --dir <dir>          where the .npy inputs go (default: a new temp dir; they are kept
//                        there and reused when the same sizes are asked again)
//
// Peak memory is the child's maximal resident set (GNU time's %M; where /usr/bin/time is
// missing only the runner's cases have one, from their own process.resourceUsage()); "added"
// is that minus the peak of a bare `node -e 0`; "added by the run" (the 10575-row cases) is the peak
// minus that of a `ready` process of the same backend (input read, backend started, one 8 x 4 loss run),
// the baseline of the PyTorch anchor's "+1.5 GB" (import torch, build W). Nothing here is part of CI: the figures
// depend on the machine.
import { execFileSync, spawn } from "node:child_process";
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

const root = resolve(new URL("..", import.meta.url).pathname);
const mma = join(root, "packages/cli/bin/mma.mjs");
const runner = join(root, "scripts/scale-runner.mjs");
const tfjsScale = join(root, "packages/tfjs/bench/scale.mjs");

const { values } = parseArgs({
  options: {
    backends: { type: "string", default: "cpu,wasm,tfjs-wasm,onnx-wasm,onnx-node" },
    rows: { type: "string", default: "10575" },
    cols: { type: "string", default: "512" },
    only: { type: "string" },
    big: { type: "boolean", default: false },
    "big-backends": { type: "string", default: "cpu,wasm" },
    "tfjs-100k": { type: "boolean", default: false },
    json: { type: "string" },
    dir: { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (values.help) {
  const text = readFileSync(new URL(import.meta.url), "utf8").split("\n");
  console.log(text.slice(0, text.findIndex((l) => !l.startsWith("//"))).map((l) => l.replace(/^\/\/ ?/, "")).join("\n"));
  process.exit(0);
}
if (!existsSync(join(root, "packages/cli/dist/index.js"))) {
  console.error("scale-table: build first (pnpm build): packages/cli/dist is missing");
  process.exit(2);
}

const list = (s) => s.split(",").map((x) => x.trim()).filter(Boolean);
const backends = list(values.backends);
const bigBackends = list(values["big-backends"]);
const rows = Number(values.rows);
const cols = Number(values.cols);
const groups = new Set(values.only ? list(values.only) : ["main", "onnx", "30k", ...(values.big ? ["big"] : []), ...(values["tfjs-100k"] ? ["tfjs-100k"] : [])]);
const dir = values.dir ? resolve(values.dir) : mkdtempSync(join(tmpdir(), "mma-scale-"));
mkdirSync(dir, { recursive: true });

// ---- inputs: deterministic float32 normal entries, written in chunks -------------------------

/** A seeded float32 [n, d] .npy of standard normal entries (mulberry32 + Box-Muller). */
function writeNpy(file, n, d, seed) {
  if (existsSync(file) && statSync(file).size > n * d * 4) return file;
  let s = seed >>> 0;
  const uniform = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4294967296;
  };
  let header = `{'descr': '<f4', 'fortran_order': False, 'shape': (${n}, ${d}), }`;
  const total = 10 + header.length + 1;
  header += " ".repeat((64 - (total % 64)) % 64) + "\n";
  const head = Buffer.alloc(10 + header.length);
  head.write("\x93NUMPY", 0, "latin1");
  head[6] = 1;
  head[7] = 0;
  head.writeUInt16LE(header.length, 8);
  head.write(header, 10, "latin1");
  const fd = openSync(file, "w");
  try {
    writeSync(fd, head);
    const chunkRows = 1024;
    for (let i0 = 0; i0 < n; i0 += chunkRows) {
      const m = Math.min(chunkRows, n - i0);
      const chunk = new Float32Array(m * d);
      for (let k = 0; k < chunk.length; k += 2) {
        const r = Math.sqrt(-2 * Math.log(uniform()));
        const a = 2 * Math.PI * uniform();
        chunk[k] = r * Math.cos(a);
        if (k + 1 < chunk.length) chunk[k + 1] = r * Math.sin(a);
      }
      writeSync(fd, new Uint8Array(chunk.buffer));
    }
  } finally {
    closeSync(fd);
  }
  return file;
}

// ---- measuring one child ----------------------------------------------------------------------

let gnuTime = false;
try {
  execFileSync("/usr/bin/time", ["-f", "%M", "true"], { stdio: "ignore" });
  gnuTime = true;
} catch {
  gnuTime = false;
}

/**
 * Run `node args...` as a child: wall seconds, CPU seconds (user + system) and peak RSS in MB.
 * stdout goes to a file (its size is reported: the --json case prints megabytes).
 */
function measure(label, args, { stdoutFile } = {}) {
  return new Promise((done) => {
    const timeFile = join(dir, `time-${process.pid}.txt`);
    const outFile = stdoutFile ?? join(dir, `stdout-${process.pid}.txt`);
    const fd = openSync(outFile, "w");
    const cmd = gnuTime ? "/usr/bin/time" : process.execPath;
    const argv = gnuTime ? ["-f", "%e %U %S %M", "-o", timeFile, process.execPath, ...args] : args;
    const t0 = performance.now();
    const child = spawn(cmd, argv, { stdio: ["ignore", fd, "pipe"], env: { ...process.env, NO_COLOR: "1" } });
    let stderr = "";
    child.stderr.on("data", (c) => {
      stderr += c;
    });
    child.on("close", (code) => {
      closeSync(fd);
      const wall = (performance.now() - t0) / 1000;
      let cpu = null;
      let peakMb = null;
      if (gnuTime && existsSync(timeFile)) {
        const line = readFileSync(timeFile, "utf8").trim().split("\n").pop() ?? "";
        const [, user, sys, kb] = line.split(/\s+/).map(Number);
        cpu = user + sys;
        peakMb = kb / 1024;
      }
      const stdout = readFileSync(outFile);
      const tail = stdout.length > 4000 ? "" : stdout.toString("utf8");
      let parsed = null;
      try {
        parsed = JSON.parse(tail.trim().split("\n").pop() ?? "");
      } catch {
        parsed = null;
      }
      if (!gnuTime && parsed && typeof parsed.maxRssMb === "number") peakMb = parsed.maxRssMb;
      done({ label, command: ["node", ...args.map((x) => x.replace(dir, "$DIR").replace(root + "/", ""))].join(" "), code, wall, cpu, peakMb, stdoutBytes: stdout.length, stdout: tail.slice(0, 2000), stderr: stderr.slice(-2000) });
    });
  });
}

// ---- the cases ---------------------------------------------------------------------------------

const results = [];
const load = () => loadavg().map((x) => x.toFixed(1)).join(" ");
const meta = { date: new Date().toISOString(), node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? "", loadAtStart: load(), gnuTime };

/** `opts`: measure's, and `readyMb`, the peak of the same backend's `ready` process (the "added by the run" column). */
async function run(label, args, opts = {}) {
  process.stderr.write(`scale: ${label} ... `);
  const r = await measure(label, args, opts);
  r.load = load();
  if (opts.readyMb != null) r.readyMb = opts.readyMb;
  results.push(r);
  process.stderr.write(`${r.code === 0 ? "ok" : `exit ${r.code}`} ${r.wall.toFixed(1)} s, ${r.peakMb?.toFixed(0) ?? "?"} MB (load ${r.load})\n`);
  if (r.code !== 0) process.stderr.write(r.stderr + "\n");
  save();
  return r;
}

function save() {
  if (values.json) writeFileSync(values.json, JSON.stringify({ meta, results }, null, 2) + "\n");
}

const baseline = await run("node baseline (`node -e 0`)", ["-e", "0"]);
const base = baseline.peakMb ?? 0;

if (groups.has("main") || groups.has("onnx")) {
  const w = writeNpy(join(dir, `w-${rows}x${cols}.npy`), rows, cols, 12);
  const g = join(dir, "g.npy");
  const tag = `${rows} x ${cols}`;
  if (groups.has("main")) {
    for (const b of backends) {
      const ready = await run(`${tag} ready: input read, backend up (an 8 x 4 loss run) ${b}`, [runner, "ready", w, b]);
      const over = { readyMb: ready.peakMb };
      await run(`${tag} \`mma loss\` (summary) ${b}`, [mma, "loss", w, "--backend", b, "--quiet"], over);
      await run(`${tag} \`mma loss --grad-out\` ${b}`, [mma, "loss", w, "--backend", b, "--grad-out", g, "--quiet"], over);
      await run(`${tag} loss + gradient (evaluateLoss) ${b}`, [runner, "loss", w, b], over);
      await run(`${tag} angle report ${b}`, [runner, "report", w, b], over);
    }
    await run(`${tag} \`mma loss --json\` cpu`, [mma, "loss", w, "--json", "--quiet"]);
    await run(`${tag} \`mma inspect\` cpu`, [mma, "inspect", w, "--quiet"]);
  }
  if (groups.has("onnx")) {
    const model = join(dir, `mma-${rows}x${cols}.onnx`);
    execFileSync(process.execPath, [mma, "export-onnx", "--rows", String(rows), "--cols", String(cols), "-o", model], { stdio: "ignore" });
    await run(`${tag} exported .onnx, onnxruntime-node`, [runner, "onnx", model, w]);
  }
}
if (groups.has("30k")) {
  const w = writeNpy(join(dir, `w-30000x${cols}.npy`), 30000, cols, 30);
  await run(`30000 x ${cols} \`mma loss --grad-out\` cpu`, [mma, "loss", w, "--grad-out", join(dir, "g30k.npy"), "--quiet"]);
}
if (groups.has("big")) {
  const w = writeNpy(join(dir, `w-100000x${cols}.npy`), 100000, cols, 100);
  for (const b of bigBackends) {
    await run(`100000 x ${cols} \`mma loss --grad-out\` (loss + statistics) ${b}`, [mma, "loss", w, "--backend", b, "--grad-out", join(dir, "g100k.npy"), "--quiet"]);
  }
}
if (groups.has("tfjs-100k")) {
  await run(`tfjs-wasm diversityLoss loss + gradient, [${cols}, 100000] kernel`, [tfjsScale, "--n", "100000", "--d", String(cols), "--via", "diversity"]);
}

// ---- the table ---------------------------------------------------------------------------------

const fmt = (x, digits = 1) => (x === null || x === undefined || Number.isNaN(x) ? "" : x.toFixed(digits));
console.log(`Measured ${meta.date} on ${meta.cpus} x ${meta.cpuModel}, Node ${meta.node}; load average at start ${meta.loadAtStart}.`);
console.log(`Baseline: a bare \`node -e 0\` peaks at ${fmt(base, 0)} MB.\n`);
console.log("| path | wall | CPU | peak RSS | added over node | added by the run | load |");
console.log("|---|---|---|---|---|---|---|");
for (const r of results.slice(1)) {
  const failed = r.code === 0 ? "" : ` (exit ${r.code})`;
  console.log(`| ${r.label}${failed} | ${fmt(r.wall)} s | ${fmt(r.cpu)} s | ${fmt(r.peakMb, 0)} MB | +${fmt((r.peakMb ?? 0) - base, 0)} MB | ${r.readyMb != null && r.peakMb != null ? `+${fmt(r.peakMb - r.readyMb, 0)} MB` : ""} | ${r.load.split(" ")[0]} |`);
}
const json = results.find((r) => r.label.includes("--json"));
if (json) console.log(`\n\`--json\` printed ${(json.stdoutBytes / 1e3).toFixed(1)} kB.`);
const ratios = [];
for (const b of backends) {
  const loss = results.find((r) => r.label.endsWith(`loss + gradient (evaluateLoss) ${b}`));
  const report = results.find((r) => r.label.endsWith(`angle report ${b}`));
  if (loss?.cpu && report?.cpu) ratios.push(`${b} ${(report.cpu / loss.cpu).toFixed(2)}`);
}
if (ratios.length) console.log(`Angle report / loss + gradient, CPU time: ${ratios.join(", ")}.`);
save();
if (values.json) console.log(`\nJSON: ${values.json}`);
