import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractSnippets, toCommonJs } from "../../../../scripts/readme-snippets.mjs";
import { cleanEnv, diskUse, fileSpec, lowestOf, pool, publicPackages, run, type Ran } from "../scratch.js";

/*
 * Every public package as a user gets it: packed with `pnpm pack` (workspace: ranges
 * rewritten), installed with npm into scratch projects in a temp folder, in npm's default
 * (hoisted) layout with the peer versions the README's `npm install` line picks (the
 * newest) and then `npm ci` from the lockfile that wrote, and in the isolated layout
 * (`--install-strategy=linked`, what pnpm users get) with each peer at the lowest version
 * its range admits. In each: the README snippets run as ES modules and as CommonJS and are
 * type-checked by tsc (nodenext; bundler in the default layout). Every tarball goes through
 * publint and @arethetypeswrong/cli. The CLI is installed alone and every command that
 * needs an optional runtime must say which one in one line (exit 2). The conformance suite
 * runs from its tarball on @mmareg/cpu.
 *
 * PACK_TEST_MEASURE=1 also installs each package alone and the CLI with every runtime, and
 * bundles each main entry with esbuild, writing test-artifacts/pack-test/footprint.md.
 */

type Snippet = {
  file: string;
  line: number;
  code: string;
  mode: "run" | "typecheck" | "skip";
  reason: string | null;
  install: string[] | null;
  installLine: string | null;
};
type Layout = "default" | "linked";

const require = createRequire(import.meta.url);
const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const PKG = fileURLToPath(new URL("../../", import.meta.url));
/** `1`: also measure (see the header); `only`: pack and measure, nothing else (tests fail). */
const MEASURE = process.env["PACK_TEST_MEASURE"] === "1" || process.env["PACK_TEST_MEASURE"] === "only";
const MEASURE_ONLY = process.env["PACK_TEST_MEASURE"] === "only";
/** How long the one setup hook may take: minutes on a cold npm cache and a busy machine. */
const SETUP_MS = Number(process.env["PACK_TEST_SETUP_MS"] ?? 1_500_000);
const LAYOUTS: readonly Layout[] = ["default", "linked"];

const packages = publicPackages(ROOT);
const byName = new Map(packages.map((p) => [p.name, p]));
const readmes = [join(ROOT, "README.md"), ...packages.map((p) => join(p.dir, "README.md"))].filter((f) => existsSync(f));
const snippets: Snippet[] = readmes.flatMap((f) => extractSnippets(readFileSync(f, "utf8"), relative(ROOT, f)) as Snippet[]);
const label = (s: Snippet): string => `${s.file}:${s.line}`;

/** A scratch project: the packages of one README install line. */
interface Project {
  key: string;
  slug: string;
  args: string[];
  installLine: string;
  snippets: Snippet[];
}
const projects = new Map<string, Project>();
for (const s of snippets) {
  if (s.mode === "skip" || !s.install) continue;
  const key = [...s.install].sort().join(" ");
  let p = projects.get(key);
  if (!p) {
    const slug = s.install.map((a) => a.replace(/^@mmareg\//, "").replace(/[^\w.-]+/g, "_")).join("+");
    p = { key, slug, args: s.install, installLine: s.installLine ?? "", snippets: [] };
    projects.set(key, p);
  }
  p.snippets.push(s);
}
const CLI_KEY = "@mmareg/cli";
const CONFORMANCE = [...projects.values()].find((p) => p.args.includes("@mmareg/conformance"))
  ?? { key: "@mmareg/conformance @mmareg/cpu vitest", slug: "conformance+cpu+vitest", args: ["@mmareg/conformance", "@mmareg/cpu", "vitest"], installLine: "", snippets: [] };
if (!projects.has(CLI_KEY)) projects.set(CLI_KEY, { key: CLI_KEY, slug: "cli", args: ["@mmareg/cli"], installLine: "npm install @mmareg/cli", snippets: [] });
if (!projects.has(CONFORMANCE.key)) projects.set(CONFORMANCE.key, CONFORMANCE);

// ---------------------------------------------------------------------------------------

let WORK = "";
const TARBALLS = new Map<string, string>(); // package name -> tarball path
const CACHE = process.env["PACK_TEST_NPM_CACHE"] ?? join(tmpdir(), "mmareg-pack-test-npm-cache");
const env = cleanEnv({
  npm_config_cache: CACHE,
  // gl (a dependency of gpu.js) builds a native addon from GitHub downloads: not here
  npm_config_ignore_scripts: "true",
  npm_config_audit: "false",
  npm_config_fund: "false",
  npm_config_update_notifier: "false",
  npm_config_progress: "false",
  npm_config_loglevel: "warn",
  FORCE_COLOR: "0",
  NO_COLOR: "1",
});
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const TSC = require.resolve("typescript/lib/tsc.js");
const TYPE_ROOTS = join(PKG, "node_modules", "@types");

const packed = new Map<string, { files: Map<string, Buffer>; manifest: Record<string, unknown>; error?: string }>();
const publintResults = new Map<string, string[]>();
const attwResults = new Map<string, string[]>();

interface LayoutResult {
  dir: string;
  installs: Ran[];
  installError: string | null;
  tscNodenext?: Ran;
  tscBundler?: Ran;
  runs: Map<string, Ran>; // `${label} ${esm|cjs}` -> result
  footprint: number;
  cli?: Map<string, Ran>;
  conformance?: Ran;
}
const results = new Map<string, LayoutResult>(); // `${project.key}|${layout}`
const measured: { what: string; bytes: number }[] = [];
const bundles: { name: string; bytes: number; gzip: number }[] = [];

function untar(tgz: Buffer): Map<string, Buffer> {
  const tar = gunzipSync(tgz);
  const files = new Map<string, Buffer>();
  for (let at = 0; at + 512 <= tar.length; ) {
    const header = tar.subarray(at, at + 512);
    if (header.every((b) => b === 0)) break;
    const name = header.subarray(0, 100).toString("utf8").replace(/\0.*$/s, "");
    const prefix = header.subarray(345, 500).toString("utf8").replace(/\0.*$/s, "");
    const size = parseInt(header.subarray(124, 136).toString("utf8").replace(/\0.*$/s, "").trim() || "0", 8);
    const type = String.fromCharCode(header[156] ?? 48);
    const full = (prefix ? `${prefix}/${name}` : name).replace(/^package\//, "");
    if (type === "0" || type === "\0") files.set(full, Buffer.from(tar.subarray(at + 512, at + 512 + size)));
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

async function packAll(): Promise<void> {
  const dest = join(WORK, "tarballs");
  mkdirSync(dest, { recursive: true });
  for (const p of packages) {
    const r = await run("pnpm", ["pack", "--pack-destination", dest], { cwd: p.dir, env: cleanEnv({}), timeoutMs: 120_000 });
    const tgz = readdirSync(dest).find((f) => f === `${p.name.replace(/^@/, "").replace("/", "-")}-${p.version}.tgz`);
    if (r.code !== 0 || !tgz) {
      packed.set(p.name, { files: new Map(), manifest: {}, error: `pnpm pack failed (${r.code}): ${r.stderr || r.stdout}` });
      continue;
    }
    const path = join(dest, tgz);
    TARBALLS.set(p.name, path);
    const files = untar(readFileSync(path));
    packed.set(p.name, { files, manifest: JSON.parse(files.get("package.json")?.toString("utf8") ?? "{}") as Record<string, unknown> });
  }
}

async function lint(name: string): Promise<void> {
  const tgz = TARBALLS.get(name);
  if (!tgz) return;
  const { publint } = (await import("publint")) as typeof import("publint");
  const { formatMessage } = (await import("publint/utils")) as typeof import("publint/utils");
  const buf = readFileSync(tgz);
  const tarball = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
  const r = await publint({ pack: { tarball }, level: "suggestion", strict: true });
  publintResults.set(name, r.messages.map((m) => `${m.type} ${m.code}: ${formatMessage(m, r.pkg) ?? ""}`));
  const attwBin = join(ROOT, "node_modules", ".bin", "attw");
  // node16 profile: ESM and CJS under node16/nodenext and bundler resolution. The legacy
  // node10 resolution cannot see export-map subpaths (@mmareg/core/internal, the /backends
  // descriptors, @mmareg/cli/registry); every main entry resolves there too.
  const a = await run(attwBin, [tgz, "--format", "json", "--profile", "node16"], { cwd: WORK, env: cleanEnv({ NO_COLOR: "1" }), timeoutMs: 180_000 });
  try {
    const json = JSON.parse(a.stdout) as { analysis?: { problems?: { kind: string; entrypoint?: string; resolutionKind?: string }[] }; problems?: unknown };
    // the JSON lists node10 findings whatever the profile; the profile is what we check
    // (and binary assets such as @mmareg/wasm's kernels, exported for self-hosting, have no types to resolve)
    const all = json.analysis?.problems ?? [];
    const problems = all.filter((p) => p.resolutionKind !== "node10" && !(p.entrypoint ?? "").endsWith(".wasm"));
    attwResults.set(name, problems.map((p) => `${p.kind} (${p.entrypoint ?? ""} ${p.resolutionKind ?? ""})`));
    // a non-zero exit with no finding at all is attw itself failing
    if (a.code !== 0 && all.length === 0) attwResults.set(name, [`attw exited ${a.code}: ${a.stderr.slice(0, 400)}`]);
  } catch {
    attwResults.set(name, [`attw output is not JSON (exit ${a.code}): ${(a.stderr || a.stdout).slice(0, 400)}`]);
  }
}

/** Peer dependency ranges of the @mmareg packages named in `args` (the published ranges). */
function peerRanges(args: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of args) {
    const manifest = packed.get(a)?.manifest;
    const peers = (manifest?.["peerDependencies"] ?? {}) as Record<string, string>;
    for (const [n, r] of Object.entries(peers)) out.set(n, r);
  }
  return out;
}

function installArgs(p: Project, layout: Layout, dir: string): string[] {
  const peers = peerRanges(p.args);
  return p.args.map((a) => {
    const tgz = TARBALLS.get(a);
    if (tgz) return relative(dir, tgz);
    const range = peers.get(a);
    return layout === "linked" && range ? `${a}@${lowestOf(range)}` : a;
  });
}

async function installProject(p: Project, layout: Layout, args: string[] | null = null, tag = ""): Promise<LayoutResult> {
  const dir = join(WORK, "projects", `${p.slug}${tag}-${layout}`);
  mkdirSync(dir, { recursive: true });
  const direct = new Set(p.args);
  // the @mmareg packages this install does not name come from their tarballs too (as the
  // registry would give them); npm's overrides apply only to what is not a direct dependency
  const overrides = Object.fromEntries([...TARBALLS].filter(([n]) => !direct.has(n)).map(([n, t]) => [n, fileSpec(dir, t)]));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: `scratch-${p.slug}`, version: "1.0.0", private: true, overrides }, null, 2) + "\n");
  const a = args ?? installArgs(p, layout, dir);
  const res: LayoutResult = { dir, installs: [], installError: null, runs: new Map(), footprint: 0 };
  const steps: string[][] =
    layout === "default"
      ? [["install", "--package-lock-only", ...a], ["ci"]]
      : [["install", "--install-strategy=linked", ...a]];
  for (const step of steps) {
    const r = await run(npm, step, { cwd: dir, env, timeoutMs: 400_000 });
    res.installs.push(r);
    if (r.code !== 0) {
      res.installError = `npm ${step.join(" ")} exited ${r.code}:\n${r.stderr.slice(-3000)}`;
      return res;
    }
  }
  res.footprint = diskUse(join(dir, "node_modules"));
  return res;
}

const TSCONFIG_BASE = {
  target: "es2022",
  strict: true,
  skipLibCheck: true,
  types: ["node"],
  typeRoots: [TYPE_ROOTS],
};

async function runSnippets(p: Project, layout: Layout, res: LayoutResult): Promise<void> {
  const mine = p.snippets.filter((s) => s.mode !== "skip");
  if (mine.length === 0) return;
  const mts: string[] = [];
  const ts: string[] = [];
  mine.forEach((s, i) => {
    writeFileSync(join(res.dir, `snippet${i}.mts`), s.code);
    mts.push(`snippet${i}.mts`);
    if (s.mode === "run") {
      writeFileSync(join(res.dir, `snippet${i}.cts`), toCommonJs(s.code));
      mts.push(`snippet${i}.cts`);
    }
    writeFileSync(join(res.dir, `snippet${i}.ts`), s.code);
    ts.push(`snippet${i}.ts`);
  });
  writeFileSync(
    join(res.dir, "tsconfig.nodenext.json"),
    JSON.stringify({ compilerOptions: { ...TSCONFIG_BASE, module: "nodenext", moduleResolution: "nodenext", outDir: "out", rootDir: "." }, files: mts }, null, 2),
  );
  res.tscNodenext = await run(process.execPath, [TSC, "-p", "tsconfig.nodenext.json", "--pretty", "false"], { cwd: res.dir, env, timeoutMs: 240_000 });
  if (layout === "default") {
    writeFileSync(
      join(res.dir, "tsconfig.bundler.json"),
      JSON.stringify({ compilerOptions: { ...TSCONFIG_BASE, module: "esnext", moduleResolution: "bundler", noEmit: true }, files: ts }, null, 2),
    );
    res.tscBundler = await run(process.execPath, [TSC, "-p", "tsconfig.bundler.json", "--pretty", "false"], { cwd: res.dir, env, timeoutMs: 240_000 });
  }
  for (const [i, s] of mine.entries()) {
    if (s.mode !== "run") continue;
    for (const kind of ["mjs", "cjs"] as const) {
      const file = join("out", `snippet${i}.${kind}`);
      const r = existsSync(join(res.dir, file))
        ? await run(process.execPath, [file], { cwd: res.dir, env, timeoutMs: 120_000 })
        : { code: -1, stdout: "", stderr: `tsc wrote no ${file}`, ms: 0 };
      res.runs.set(`${label(s)} ${kind}`, r);
    }
  }
}

/** tsc diagnostics that belong to snippet `i` (or to no file: a config problem). */
function diagnosticsFor(r: Ran | undefined, i: number): string[] {
  if (!r) return ["tsc did not run"];
  const lines = (r.stdout + r.stderr).split("\n").filter((l) => /error TS\d+/.test(l));
  return lines.filter((l) => l.startsWith(`snippet${i}.`) || !/^snippet\d+\./.test(l));
}

// The CLI installed alone: every command that needs an optional runtime fails in one line.
const CLI_CASES: { name: string; args: string[]; code: number; mentions: string[] }[] = [
  { name: "mma --version", args: ["--version"], code: 0, mentions: [] },
  { name: "mma loss w.json --json (cpu)", args: ["loss", "w.json", "--json"], code: 0, mentions: ['"loss"'] },
  { name: "mma inspect model.json (tfjs model, no tfjs needed)", args: ["inspect", "model.json"], code: 0, mentions: ["dense"] },
  { name: "--backend tfjs-wasm", args: ["loss", "w.json", "--backend", "tfjs-wasm"], code: 2, mentions: ["npm install @mmareg/tfjs @tensorflow/tfjs @tensorflow/tfjs-backend-wasm"] },
  { name: "--backend tfjs-cpu", args: ["loss", "w.json", "--backend", "tfjs-cpu"], code: 2, mentions: ["npm install @mmareg/tfjs @tensorflow/tfjs"] },
  { name: "--backend gpujs-webasm", args: ["loss", "w.json", "--backend", "gpujs-webasm"], code: 2, mentions: ["npm install @mmareg/gpujs gpu.js"] },
  { name: "--backend onnx-wasm", args: ["loss", "w.json", "--backend", "onnx-wasm"], code: 2, mentions: ["npm install @mmareg/onnx onnxruntime-web"] },
  { name: "mma bench --backends tfjs-wasm", args: ["bench", "--backends", "tfjs-wasm", "--sizes", "4x3", "--repeats", "1"], code: 2, mentions: ["@tensorflow/tfjs-backend-wasm"] },
  // the adapters are the CLI's dependencies (small); only their runtimes are optional
  { name: "mma export-onnx (no runtime needed)", args: ["export-onnx", "--cols", "4", "-o", "m.onnx"], code: 0, mentions: ["wrote m.onnx"] },
  { name: "--backend onnx-node", args: ["loss", "w.json", "--backend", "onnx-node"], code: 2, mentions: ["npm install @mmareg/onnx onnxruntime-node"] },
  { name: "mma inspect x.onnx (malformed; read without a runtime)", args: ["inspect", "x.onnx"], code: 2, mentions: ["x.onnx"] },
  { name: "--backend wasm (no runtime needed)", args: ["loss", "w.json", "--backend", "wasm", "--json"], code: 0, mentions: ['"loss"'] },
];

async function runCli(res: LayoutResult): Promise<void> {
  res.cli = new Map();
  writeFileSync(join(res.dir, "w.json"), JSON.stringify({ shape: [3, 3], data: [1, 0, 0, 0.8, 0.6, 0, 0, 0.1, 1] }));
  const kernel = Float32Array.from({ length: 12 }, (_, i) => Math.sin(i + 1));
  writeFileSync(join(res.dir, "w.bin"), Buffer.from(kernel.buffer));
  writeFileSync(
    join(res.dir, "model.json"),
    JSON.stringify({
      format: "layers-model",
      modelTopology: { class_name: "Sequential", config: { name: "seq", layers: [{ class_name: "Dense", config: { name: "dense", units: 3 } }] } },
      weightsManifest: [{ paths: ["w.bin"], weights: [{ name: "dense/kernel", shape: [4, 3], dtype: "float32" }] }],
    }),
  );
  writeFileSync(join(res.dir, "x.onnx"), Buffer.from([8, 7]));
  const bin = join(res.dir, "node_modules", ".bin", "mma");
  for (const c of CLI_CASES) res.cli.set(c.name, await run(bin, c.args, { cwd: res.dir, env, timeoutMs: 60_000 }));
}

async function runConformanceFromTarball(res: LayoutResult): Promise<void> {
  writeFileSync(
    join(res.dir, "cpu.conformance.test.ts"),
    `import { runConformance } from "@mmareg/conformance";
import { createCpuBackend } from "@mmareg/cpu";

runConformance({
  name: "cpu-from-tarball",
  createBackend: (dtype) => createCpuBackend({ dtype }),
  dtypes: ["float64"],
  reference: () => createCpuBackend({ dtype: "float64" }),
  skip: { large: "kept short in the packaging test" },
});
`,
  );
  const vitest = join(res.dir, "node_modules", "vitest", "vitest.mjs");
  res.conformance = await run(process.execPath, [vitest, "run", "--reporter=json", "--outputFile=conformance.json"], { cwd: res.dir, env, timeoutMs: 300_000 });
}

async function measure(): Promise<void> {
  const esbuild = await import("esbuild");
  const { gzipSync } = await import("node:zlib");
  for (const p of packages) {
    if (p.name === "@mmareg/cli" || p.name === "@mmareg/conformance") continue;
    const peers = Object.keys((p.manifest["peerDependencies"] ?? {}) as Record<string, string>);
    const out = await esbuild.build({
      entryPoints: [join(p.dir, "dist", "index.js")],
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      write: false,
      external: peers,
      logLevel: "silent",
    });
    const code = out.outputFiles[0]!.contents;
    bundles.push({ name: p.name, bytes: code.length, gzip: gzipSync(code).length });
  }
  const alone = packages.map((p) => ({ key: p.name, slug: `alone-${p.name.replace("@mmareg/", "")}`, args: [p.name], installLine: "", snippets: [] }));
  const cliAll: Project = {
    key: "cli-all",
    slug: "cli-all",
    args: ["@mmareg/cli", "@mmareg/tfjs", "@tensorflow/tfjs", "@tensorflow/tfjs-backend-wasm", "@mmareg/gpujs", "gpu.js", "@mmareg/onnx", "onnxruntime-web"],
    installLine: "",
    snippets: [],
  };
  const done = await pool(2, [...alone, cliAll].map((p) => () => installProject(p, "default", null, "-measure")));
  [...alone, cliAll].forEach((p, i) => {
    const r = done[i]!;
    measured.push({ what: p.key === "cli-all" ? "@mmareg/cli with every runtime" : `${p.key} alone`, bytes: r.installError ? -1 : r.footprint });
  });
  const mb = (b: number): string => (b < 0 ? "install failed" : `${(b / 1e6).toFixed(1)} MB`);
  const kb = (b: number): string => `${(b / 1e3).toFixed(1)} kB`;
  const table = [
    "| install (`npm install <package>`, npm's default layout) | node_modules |",
    "|---|---|",
    ...measured.map((m) => `| ${m.what} | ${mb(m.bytes)} |`),
    "",
    "| main entry bundled by esbuild (minified, browser, peers external) | minified | gzip |",
    "|---|---|---|",
    ...bundles.map((b) => `| ${b.name} | ${kb(b.bytes)} | ${kb(b.gzip)} |`),
  ].join("\n");
  const dir = join(ROOT, "test-artifacts", "pack-test");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "footprint.md"), table + "\n");
  console.log(table);
}

let setupError: unknown = null;

/** Throw the setup's failure in each test, so every check counts as failed, not skipped. */
function ready(): void {
  if (setupError !== null) throw setupError;
}

async function setup(): Promise<void> {
  WORK = mkdtempSync(join(tmpdir(), "mmareg-pack-"));
  mkdirSync(CACHE, { recursive: true });
  await packAll();
  if (MEASURE_ONLY) {
    await measure();
    throw new Error("PACK_TEST_MEASURE=only: measured, checked nothing");
  }
  const lintAll = pool(1, packages.map((p) => () => lint(p.name)));
  const jobs = [...projects.values()].flatMap((p) =>
    LAYOUTS.map((layout) => async () => {
      if (p === CONFORMANCE && layout === "linked") return; // once is enough for the suite
      const res = await installProject(p, layout);
      results.set(`${p.key}|${layout}`, res);
      if (res.installError) return;
      await runSnippets(p, layout, res);
      if (p.key === CLI_KEY) await runCli(res);
      if (p === CONFORMANCE) await runConformanceFromTarball(res);
    }),
  );
  await Promise.all([lintAll, pool(3, jobs)]);
  if (MEASURE) await measure();
  const summary = {
    projects: [...results].map(([k, r]) => ({ project: k, footprintBytes: r.footprint, installMs: r.installs.map((i) => i.ms), error: r.installError })),
    measured,
    bundles,
  };
  const dir = join(ROOT, "test-artifacts", "pack-test");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "summary.json"), JSON.stringify(summary, null, 2) + "\n");
}

beforeAll(async () => {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`packing and installing took longer than ${SETUP_MS / 1000} s (PACK_TEST_SETUP_MS)`)), SETUP_MS);
  });
  try {
    await Promise.race([setup(), deadline]);
  } catch (e) {
    setupError = e;
  } finally {
    clearTimeout(timer);
  }
}, SETUP_MS + 60_000);

// over a GB of node_modules: deleting it takes a while on a busy disk
afterAll(() => {
  if (WORK && !process.env["PACK_TEST_KEEP"]) rmSync(WORK, { recursive: true, force: true });
}, 600_000);

// ---------------------------------------------------------------------------------------

const rootLicense = readFileSync(join(ROOT, "LICENSE"));

describe.each(packages.map((p) => [p.name, p] as const))("tarball of %s", (name, pkg) => {
  it("ships LICENSE (the root one), README, dist, and every file its manifest names", () => {
    ready();
    const t = packed.get(name);
    expect(t?.error).toBeUndefined();
    const files = t!.files;
    expect(files.get("LICENSE")?.equals(rootLicense), "LICENSE missing or not the root LICENSE").toBe(true);
    expect(files.has("README.md")).toBe(true);
    const m = t!.manifest;
    const named: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === "string") {
        if (v.startsWith("./")) named.push(v.slice(2));
      } else if (v && typeof v === "object") for (const x of Object.values(v)) walk(x);
    };
    walk(m["exports"]);
    walk(m["bin"]);
    for (const f of ["main", "module", "types"]) if (typeof m[f] === "string") named.push((m[f] as string).replace(/^\.\//, ""));
    if (Array.isArray(m["sideEffects"])) walk(m["sideEffects"]);
    expect(named.length).toBeGreaterThan(0);
    const missing = named.filter((f) => f !== "package.json" && !files.has(f));
    expect(missing, `named by ${name}'s package.json but not in its tarball`).toEqual([]);
    expect([...files.keys()].filter((f) => f.includes("__tests__"))).toEqual([]);
  });

  it("has the metadata a registry page and npm need", () => {
    ready();
    const m = packed.get(name)!.manifest;
    expect(m["license"]).toBe("MIT");
    expect(m["engines"]).toEqual({ node: ">=20" });
    expect(m["repository"]).toMatchObject({ type: "git", directory: relative(ROOT, pkg.dir).split("\\").join("/") });
    expect(typeof m["homepage"]).toBe("string");
    expect((m["bugs"] as { url?: string })?.url).toMatch(/^https:\/\//);
    expect(Array.isArray(m["keywords"]) && (m["keywords"] as string[]).length > 0).toBe(true);
    expect(typeof m["description"]).toBe("string");
    expect(m["publishConfig"]).toMatchObject({ access: "public" });
    const text = JSON.stringify(m);
    expect(text).not.toContain("workspace:");
    // peer ranges say what is tested: a caret range, never an exact pin or an open >=
    for (const [peer, range] of Object.entries((m["peerDependencies"] ?? {}) as Record<string, string>)) {
      expect(range, `${name} peer ${peer}`).toMatch(/^\^\d+\.\d+\.\d+$/);
    }
  });

  it("publint (0.3.25, strict, suggestions included): no findings", () => {
    ready();
    expect(publintResults.get(name)).toEqual([]);
  });

  it("@arethetypeswrong/cli (0.18.5, node16 profile): no problems", () => {
    ready();
    expect(attwResults.get(name)).toEqual([]);
  });
});

describe("README snippets", () => {
  it("every ts snippet is run or says why not, and has an npm install line above it", () => {
    ready();
    expect(snippets.length).toBeGreaterThan(5);
    for (const s of snippets) {
      if (s.mode !== "run") expect(s.reason, label(s)).toBeTruthy();
      if (s.mode !== "skip") expect(s.install, `${label(s)}: no \`npm install\` line above it in its README`).not.toBeNull();
    }
  });

  for (const s of snippets) {
    if (s.mode === "skip") {
      it.skip(`${label(s)}: skipped (${s.reason})`, () => {});
      continue;
    }
    const p = projects.get([...(s.install ?? [])].sort().join(" "))!;
    const i = p.snippets.filter((x) => x.mode !== "skip").indexOf(s);
    for (const layout of LAYOUTS) {
      const get = (): LayoutResult => {
        const r = results.get(`${p.key}|${layout}`);
        expect(r, "not installed").toBeDefined();
        expect(r!.installError).toBeNull();
        return r!;
      };
      it(`${label(s)} [${layout}] type-checks under nodenext (tsc, ESM and CJS)`, () => {
    ready();
        expect(diagnosticsFor(get().tscNodenext, i)).toEqual([]);
      });
      if (layout === "default") {
        it(`${label(s)} [${layout}] type-checks under bundler resolution (tsc)`, () => {
    ready();
          expect(diagnosticsFor(get().tscBundler, i)).toEqual([]);
        });
      }
      if (s.mode === "run") {
        for (const kind of ["mjs", "cjs"] as const) {
          it(`${label(s)} [${layout}] runs as ${kind === "mjs" ? "an ES module" : "CommonJS"}`, () => {
    ready();
            const r = get().runs.get(`${label(s)} ${kind}`);
            expect(r, "did not run").toBeDefined();
            expect(r!.code, r!.stderr.slice(-2000)).toBe(0);
          });
        }
      } else {
        it.skip(`${label(s)} [${layout}]: type-checked only (${s.reason})`, () => {});
      }
    }
  }
});

describe.each([...projects.values()].map((p) => [p.installLine || p.args.join(" "), p] as const))("npm install %s", (_line, p) => {
  for (const layout of LAYOUTS) {
    if (p === CONFORMANCE && layout === "linked") continue;
    const what =
      layout === "default"
        ? "default layout, newest peers: install, then npm ci from the lockfile it wrote"
        : "linked (isolated) layout, each peer at the lowest version its range admits";
    it(`${what}: succeeds without peer-dependency warnings`, () => {
    ready();
      const r = results.get(`${p.key}|${layout}`);
      expect(r).toBeDefined();
      expect(r!.installError).toBeNull();
      const log = r!.installs.map((x) => x.stderr + x.stdout).join("\n");
      expect(log).not.toMatch(/ERESOLVE|overriding peer dependency|Could not resolve dependency/);
      if (layout === "default") {
        // what npm saved is what the README's line gives a user: a range, and peers satisfied
        const lock = JSON.parse(readFileSync(join(r!.dir, "package-lock.json"), "utf8")) as { packages: Record<string, { version?: string }> };
        expect(Object.keys(lock.packages).length).toBeGreaterThan(1);
      }
    });
  }
});

describe.each(LAYOUTS.map((l) => [l] as const))("@mmareg/cli installed alone [%s layout]", (layout) => {
  it("installs none of the optional runtimes (the small adapters are dependencies)", () => {
    ready();
    const r = results.get(`${CLI_KEY}|${layout}`);
    expect(r?.installError).toBeNull();
    for (const rt of ["@tensorflow/tfjs", "@tensorflow/tfjs-backend-wasm", "gpu.js", "onnxruntime-web", "onnxruntime-node"]) {
      expect(existsSync(join(r!.dir, "node_modules", rt)), rt).toBe(false);
      expect(existsSync(join(r!.dir, "node_modules", ".store")) ? readdirSync(join(r!.dir, "node_modules", ".store")).some((d) => d.startsWith(rt.replace("/", "+") + "@")) : false, rt).toBe(false);
    }
  });
  for (const c of CLI_CASES) {
    it(`${c.name}: exit ${c.code}${c.code === 2 ? ", one line naming what to install" : ""}`, () => {
    ready();
      const r = results.get(`${CLI_KEY}|${layout}`)?.cli?.get(c.name);
      expect(r, "did not run").toBeDefined();
      expect(r!.code, r!.stderr).toBe(c.code);
      const text = c.code === 0 ? r!.stdout : r!.stderr;
      for (const m of c.mentions) expect(text).toContain(m);
      if (c.code === 2) {
        expect(r!.stderr.trim().split("\n")).toHaveLength(1);
        expect(r!.stderr).not.toMatch(/unexpected failure|ERR_MODULE_NOT_FOUND|\n\s+at /);
      }
    });
  }
});

describe("@mmareg/conformance from its tarball", () => {
  it("runConformance passes on @mmareg/cpu in an outside project (vitest from npm)", () => {
    ready();
    const r = results.get(`${CONFORMANCE.key}|default`);
    expect(r?.installError ?? null).toBeNull();
    expect(r!.conformance, "did not run").toBeDefined();
    const report = JSON.parse(readFileSync(join(r!.dir, "conformance.json"), "utf8")) as { numPassedTests: number; numFailedTests: number };
    expect(report.numFailedTests, r!.conformance!.stdout.slice(-2000)).toBe(0);
    expect(report.numPassedTests).toBeGreaterThan(100);
    expect(r!.conformance!.code).toBe(0);
  });
});

describe("footprint", () => {
  it("records each project's node_modules size (summary.json); with PACK_TEST_MEASURE=1 the README table", () => {
    ready();
    const cli = results.get(`${CLI_KEY}|default`);
    expect(cli?.footprint).toBeGreaterThan(0);
    // the CLI alone is its own code, core and cpu: far from the 542 MB it was with every runtime
    expect(cli!.footprint).toBeLessThan(20e6);
    if (MEASURE) {
      expect(measured.every((m) => m.bytes > 0)).toBe(true);
      expect(bundles.length).toBeGreaterThan(0);
    }
  });
});
