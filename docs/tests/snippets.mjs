#!/usr/bin/env node
// Every code block of the docs site, run like a doctest (part of `pnpm test` in @mmareg/docs).
//
//   node tests/snippets.mjs [--list] [filter]     (from docs/, after `pnpm build`)
//
// What happens to a fence of docs/**/*.md (the generated api/ pages aside: their examples
// are the TSDoc `@example`s, checked by scripts/check-tsdoc.mjs) and of any markdown file a
// page pulls in with `<!--@include: ...-->`:
//
// - ```ts / ```js: type-checked (one TypeScript program over all of them: strict, DOM and
//   Node types), then run in this one Node process (so the packages are imported once),
//   against the built workspace packages as the docs package resolves them. A snippet that
//   throws, sets a non-zero `process.exitCode`, or prints nothing (console.log/info/table)
//   fails: every snippet shows its result.
// - ```sh: every line is a command. `npm install ...` lines are checked (each package is a
//   workspace package or in pnpm-lock.yaml); `mma ...` / `pnpm mma ...` / `npx mma ...`
//   lines run through @mmareg/cli's `main` and must exit 0 and print something. Any other
//   command needs a marker.
// - Other code languages (python, csharp, ...) need a marker; output and data fences (no
//   language, text, json, ...) are not code.
// - `<!-- snippet: typecheck: why -->` on the line before a fence: type-check only (code that
//   needs a browser: WebGPU, IndexedDB, a cross-origin isolated page).
// - `<!-- snippet: skip: why -->`: neither (a fragment of the reader's own program, a
//   language this repository has no toolchain for, a command that runs for minutes). The
//   reason is required and printed.
//
// Each page runs in its own scratch folder (the current directory of its snippets, kept
// across the page's fences in order, like a reader following the page). The folder starts
// with one file a reader would have: `weights.npy`, a 16 x 9 float32 matrix.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";
import { readFence } from "../../scripts/readme-snippets.mjs";

const DOCS = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const ROOT = resolve(DOCS, "..");
// inside docs/node_modules, so bare imports resolve as the docs package resolves them
const WORK = join(DOCS, "node_modules", ".snippets");

const RUN_LANGS = new Set(["ts", "typescript", "js", "javascript", "mjs"]);
const SH_LANGS = new Set(["sh", "bash", "shell"]);
const DATA_LANGS = new Set(["", "text", "txt", "json", "jsonc", "yaml", "output", "console", "ini", "http", "diff", "csv", "md", "markdown", "html"]);
const IGNORED_DIRS = new Set(["node_modules", ".vitepress", "api", "public", "tests"]);

/** @typedef {{ file: string, line: number, lang: string, code: string, mode: "run" | "typecheck" | "skip", reason: string | null, page: string }} Fence */

/** Markdown files of the site. */
function pages(dir = DOCS) {
  /** @type {string[]} */
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) {
      if (!IGNORED_DIRS.has(e.name) && !e.name.startsWith(".")) out.push(...pages(join(dir, e.name)));
    // changelog.md is generated from the changesets (scripts/make-changelog.mjs): their text, not docs code
    } else if (e.name.endsWith(".md") && !(dir === DOCS && (e.name === "README.md" || e.name === "changelog.md"))) out.push(join(dir, e.name));
  }
  return out.sort();
}

/**
 * Every fence of a markdown text (`region`: only between `<!-- #region name -->` and its
 * `#endregion`), with the marker on the line before it.
 *
 * @returns {Fence[]}
 */
export function fences(markdown, file, page, region = null) {
  let lines = markdown.split(/\r?\n/);
  let offset = 0;
  if (region) {
    const start = lines.findIndex((l) => l.includes(`#region ${region}`));
    const end = lines.findIndex((l, i) => i > start && l.includes(`#endregion ${region}`));
    if (start < 0) throw new Error(`${file}: no region ${region}`);
    offset = start + 1;
    lines = lines.slice(start + 1, end < 0 ? undefined : end);
  }
  /** @type {Fence[]} */
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const f = readFence(lines, i);
    if (!f) continue;
    const { lang, body, marker } = f;
    out.push({
      file,
      line: offset + i + 1,
      lang: lang.toLowerCase(),
      code: body.join("\n") + "\n",
      mode: marker ? /** @type {"skip" | "typecheck"} */ (marker[1]) : "run",
      reason: marker ? marker[2] : null,
      page,
    });
    i = f.end;
  }
  return out;
}

/** The fences of a page and of what it includes (VitePress `<!--@include: path#region-->`). */
function pageFences(path) {
  const text = readFileSync(path, "utf8");
  const page = relative(DOCS, path);
  const out = fences(text, page, page);
  for (const m of text.matchAll(/<!--\s*@include:\s*([^#\s]+?)(?:#([\w-]+))?\s*-->/g)) {
    const target = resolve(dirname(path), m[1]);
    if (target.endsWith(".md") && existsSync(target)) out.push(...fences(readFileSync(target, "utf8"), relative(DOCS, target), page, m[2] ?? null));
  }
  return out;
}

/** A shell line's words (quotes and backslash escapes honoured, a trailing comment dropped). */
export function shellWords(line) {
  /** @type {string[]} */
  const words = [];
  let cur = "";
  let has = false;
  let quote = "";
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = "";
      else if (c === "\\" && quote === '"' && i + 1 < line.length) cur += line[++i];
      else cur += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      has = true;
    } else if (c === "\\" && i + 1 < line.length) {
      cur += line[++i];
      has = true;
    } else if (c === "#" && !has) {
      break;
    } else if (/\s/.test(c)) {
      if (has) words.push(cur);
      cur = "";
      has = false;
    } else {
      cur += c;
      has = true;
    }
  }
  if (quote) throw new Error(`unclosed ${quote} in: ${line}`);
  if (has) words.push(cur);
  return words;
}

/** The commands of a sh fence: continuation lines joined, blank and comment lines dropped. */
function shellCommands(code) {
  const out = [];
  let acc = "";
  for (const raw of code.split("\n")) {
    const line = raw.replace(/^\$\s+/, "");
    if (/\\\s*$/.test(line)) {
      acc += line.replace(/\\\s*$/, " ");
      continue;
    }
    const full = (acc + line).trim();
    acc = "";
    if (full === "" || full.startsWith("#")) continue;
    out.push(full);
  }
  return out;
}

const LOCK = readFileSync(join(ROOT, "pnpm-lock.yaml"), "utf8");
const WORKSPACE = new Set(
  readdirSync(join(ROOT, "packages")).flatMap((d) => {
    const p = join(ROOT, "packages", d, "package.json");
    return existsSync(p) ? [JSON.parse(readFileSync(p, "utf8")).name] : [];
  }),
);

/** Whether `spec` (`name` or `name@range`) names a package this repository installs. */
function knownPackage(spec) {
  const name = spec.startsWith("@") ? "@" + spec.slice(1).split("@")[0] : spec.split("@")[0];
  if (WORKSPACE.has(name)) return true;
  const escaped = name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  return new RegExp(`^  '?${escaped}@`, "m").test(LOCK);
}

/** The console output of whatever runs inside `fn`. */
async function capture(fn) {
  const names = /** @type {const} */ (["log", "info", "table", "dir"]);
  const saved = names.map((n) => console[n]);
  const lines = [];
  for (const n of names) {
    console[n] = (...args) => {
      lines.push(args.map((a) => (typeof a === "string" ? a : JSON.stringify(a, (_, v) => (typeof v === "bigint" ? String(v) : ArrayBuffer.isView(v) ? `${v.constructor.name}(${v.length})` : v)))).join(" "));
    };
  }
  try {
    await fn();
  } finally {
    names.forEach((n, i) => (console[n] = saved[i]));
  }
  return lines;
}

/** A snippet that has not finished after TIMEOUT_S fails (it keeps running; the process exits at the end). */
const TIMEOUT_S = Number(process.env.SNIPPET_TIMEOUT_S ?? 120);
function withTimeout(promise, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: not finished after ${TIMEOUT_S} s`)), TIMEOUT_S * 1000);
    }),
  ]);
}

const args = process.argv.slice(2);
const listOnly = args.includes("--list");
const filter = args.find((a) => !a.startsWith("--"));

const all = pages().flatMap(pageFences).filter((f) => !filter || f.page.includes(filter) || f.file.includes(filter));
rmSync(WORK, { recursive: true, force: true });
mkdirSync(WORK, { recursive: true });

/** @type {{ fence: Fence, status: "ok" | "FAIL" | "typecheck" | "skip" | "data", note: string }[]} */
const results = [];
const fail = (fence, note) => results.push({ fence, status: "FAIL", note });
const id = (f) => `${f.file}:${f.line}${f.file !== f.page ? ` (in ${f.page})` : ""}`;

// 1. classify; the ts/js fences get a file each for the one TypeScript program
/** @type {Map<Fence, string>} */
const sources = new Map();
for (const f of all) {
  const code = RUN_LANGS.has(f.lang);
  if (!code && !SH_LANGS.has(f.lang)) {
    if (DATA_LANGS.has(f.lang)) results.push({ fence: f, status: "data", note: f.lang || "no language" });
    else if (f.mode === "skip") results.push({ fence: f, status: "skip", note: f.reason });
    else fail(f, `a \`${f.lang}\` fence cannot run here: mark it <!-- snippet: skip: why -->`);
    continue;
  }
  if (f.mode === "skip") {
    results.push({ fence: f, status: "skip", note: f.reason });
    continue;
  }
  if (code) {
    const js = f.lang !== "ts" && f.lang !== "typescript";
    const name = `${f.page.replace(/[^\w]+/g, "_")}_L${f.line}.${js ? "mjs" : "mts"}`;
    const path = join(WORK, name);
    // every snippet is a module of its own (top-level await; no shared globals)
    writeFileSync(path, `${f.code}\nexport {};\n`);
    sources.set(f, path);
  } else if (f.mode === "typecheck") {
    fail(f, "a sh fence is run or skipped, not type-checked: use <!-- snippet: skip: why -->");
  }
}

if (listOnly) {
  for (const f of all) console.log(`${id(f)}  ${f.lang || "-"}  ${f.mode}${f.reason ? `: ${f.reason}` : ""}`);
  process.exit(0);
}

// 2. type-check every ts/js snippet in one program
const started = Date.now();
// what Vite's client types declare for `import url from "./file.wasm?url"` (browser snippets)
const ambient = join(WORK, "ambient.d.ts");
writeFileSync(ambient, 'declare module "*?url" {\n  const url: string;\n  export default url;\n}\n');
const tsFiles = [...sources.values(), ambient];
/** @type {Map<string, string[]>} */
const diagnostics = new Map();
if (tsFiles.length > 0) {
  const program = ts.createProgram(tsFiles, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
    types: ["node"],
    typeRoots: [join(DOCS, "node_modules", "@types")],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    allowJs: true,
    checkJs: false,
  });
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const file = d.file?.fileName;
    if (!file) continue;
    const pos = d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : { line: 0 };
    const list = diagnostics.get(resolve(file)) ?? [];
    list.push(`line ${pos.line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`);
    diagnostics.set(resolve(file), list);
  }
}
const typecheckSeconds = (Date.now() - started) / 1000;

// 3. run, page by page in its scratch folder
const { main } = await import(pathToFileURL(join(DOCS, "node_modules", "@mmareg", "cli", "dist", "index.js")).href);
const { encodeNpy } = await import(pathToFileURL(join(DOCS, "node_modules", "@mmareg", "cli", "dist", "index.js")).href);
/** @type {unknown[]} */
const unhandled = [];
process.on("unhandledRejection", (e) => unhandled.push(e));
const home = process.cwd();
/** @type {Map<string, string>} */
const scratch = new Map();
const folderFor = (page) => {
  let dir = scratch.get(page);
  if (!dir) {
    dir = mkdtempSync(join(tmpdir(), "mmareg-snippet-"));
    const w = Float32Array.from({ length: 16 * 9 }, (_, i) => Math.sin(1.7 * i + 0.3));
    writeFileSync(join(dir, "weights.npy"), encodeNpy(w, [16, 9]));
    scratch.set(page, dir);
  }
  return dir;
};

for (const f of all) {
  const isCode = RUN_LANGS.has(f.lang);
  const isSh = SH_LANGS.has(f.lang);
  if ((!isCode && !isSh) || f.mode === "skip" || results.some((r) => r.fence === f)) continue;
  const t0 = Date.now();
  process.stderr.write(`  ${id(f)} ...\n`);
  if (isCode) {
    const path = /** @type {string} */ (sources.get(f));
    const errors = diagnostics.get(resolve(path));
    if (errors) {
      fail(f, `type errors:\n      ${errors.join("\n      ")}`);
      continue;
    }
    if (f.mode === "typecheck") {
      results.push({ fence: f, status: "typecheck", note: f.reason });
      continue;
    }
    const out = path.replace(/\.m?ts$|\.mjs$/, ".run.mjs");
    writeFileSync(out, ts.transpileModule(readFileSync(path, "utf8"), { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText);
    process.chdir(folderFor(f.page));
    process.exitCode = 0;
    try {
      const lines = await capture(() => withTimeout(import(pathToFileURL(out).href), id(f)));
      const seconds = ((Date.now() - t0) / 1000).toFixed(1);
      if (process.exitCode) fail(f, `set process.exitCode = ${process.exitCode}`);
      else if (unhandled.length) fail(f, `unhandled rejection: ${String(unhandled.splice(0)[0])}`);
      else if (lines.length === 0) fail(f, "printed nothing: a snippet shows its result (console.log)");
      else results.push({ fence: f, status: "ok", note: `${seconds} s: ${lines[0].slice(0, 100)}` });
    } catch (e) {
      fail(f, `threw: ${e instanceof Error ? e.stack?.split("\n").slice(0, 3).join("\n      ") : String(e)}`);
    } finally {
      process.exitCode = 0;
      process.chdir(home);
      // each snippet starts on tfjs's Node default (cpu), as a fresh program would
      if (/setBackend|loadTfjsBackend/.test(f.code)) {
        const tf = await import("@tensorflow/tfjs");
        await tf.setBackend("cpu");
      }
    }
    continue;
  }
  // sh
  const problems = [];
  let ran = 0;
  let checked = 0;
  for (const cmd of shellCommands(f.code)) {
    let words;
    try {
      words = shellWords(cmd);
    } catch (e) {
      problems.push(String(e));
      continue;
    }
    if (words.some((w) => ["&&", "||", "|", ";", ">", "<"].includes(w))) {
      problems.push(`\`${cmd}\`: pipes and command lists are not run here; mark the fence <!-- snippet: skip: why -->`);
      continue;
    }
    if (words[0] === "npm" && ["install", "i", "add"].includes(words[1] ?? "")) {
      const unknown = words.slice(2).filter((w) => !w.startsWith("-") && !knownPackage(w));
      if (unknown.length) problems.push(`\`${cmd}\`: not a package of this repository or its lockfile: ${unknown.join(", ")}`);
      checked++;
      continue;
    }
    const argv = words[0] === "mma" ? words.slice(1) : (words[0] === "pnpm" || words[0] === "npx") && words[1] === "mma" ? words.slice(2) : null;
    if (!argv) {
      problems.push(`\`${cmd}\`: only npm install and mma commands are checked; mark the fence <!-- snippet: skip: why -->`);
      continue;
    }
    let out = "";
    let err = "";
    process.chdir(folderFor(f.page));
    try {
      const code = await withTimeout(main(argv, { out: (s) => (out += s), err: (s) => (err += s), isTTY: false }), `\`${cmd}\``);
      if (code !== 0) problems.push(`\`${cmd}\` exited ${code}: ${err.trim().split("\n")[0]}`);
      else if (out.trim() === "" && !/(-o|--out|--svg|--html)\b/.test(cmd)) problems.push(`\`${cmd}\` printed nothing`);
      ran++;
    } catch (e) {
      problems.push(`\`${cmd}\` threw: ${String(e)}`);
    } finally {
      process.chdir(home);
    }
  }
  if (problems.length) fail(f, problems.join("\n      "));
  else results.push({ fence: f, status: "ok", note: `${((Date.now() - t0) / 1000).toFixed(1)} s: ${ran} mma command(s) run, ${checked} install line(s) checked` });
}

for (const dir of scratch.values()) rmSync(dir, { recursive: true, force: true });

// 4. report
const count = (s) => results.filter((r) => r.status === s).length;
for (const r of results) {
  if (r.status === "data") continue;
  console.log(`${r.status.padEnd(9)} ${id(r.fence)} [${r.fence.lang}] ${r.note ?? ""}`);
}
console.log(
  `\ndocs snippets: ${count("ok")} ran, ${count("typecheck")} type-checked only, ${count("skip")} skipped with a reason, ${count("FAIL")} failed` +
    ` (${count("data")} output/data fences; type-check ${typecheckSeconds.toFixed(1)} s, total ${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
rmSync(WORK, { recursive: true, force: true });
process.exit(count("FAIL") > 0 ? 1 : 0);
