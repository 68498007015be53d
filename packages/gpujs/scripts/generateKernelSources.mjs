#!/usr/bin/env node
// Writes src/kernelSources.generated.ts: the JavaScript text of every gpu.js kernel and
// helper of this package, by id. gpu.js compiles kernels from their text; the runtime uses
// these strings and never `fn.toString()`, which a consumer's minifier would have turned
// into code gpu.js cannot translate (renamed helpers, `a && (b = c)` statements, ...).
//
// The text is taken from the TypeScript source itself, not from a build: every
// `defineKernel("id", function ...)` / `defineHelper("id", fn)` call under src/ is found
// with the TypeScript compiler API; its function (or, for an identifier such as core's
// `polyAcos`, the function declaration it resolves to, in @mmareg/core's source) is
// transpiled on its own (types stripped, comments dropped) and made anonymous. No bundler
// is involved, so nothing can rename a local variable or a helper on the way.
//
//   node scripts/generateKernelSources.mjs           regenerate (the package's build runs this)
//   node scripts/generateKernelSources.mjs --check   exit 1 when the committed file is stale
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const pkg = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const TARGET = join(pkg, "src/kernelSources.generated.ts");
const DEFINERS = new Set(["defineKernel", "defineHelper"]); // the registering functions (kernelRegistry.ts)

/** A function declaration or expression as an anonymous JavaScript function expression. */
function functionText(node, where) {
  const source = node.getText().replace(/^export\s+(default\s+)?/, "");
  const out = ts.transpileModule(`(${source});`, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: true },
    reportDiagnostics: false,
  }).outputText;
  const m = /^\(([\s\S]*)\);\s*$/.exec(out);
  if (!m) throw new Error(`${where}: cannot transpile this function on its own:\n${out}`);
  // anonymous: gpu.js calls a kernel `kernel` and a helper by the name the kernel uses
  return m[1].replace(/^function\s*[\w$]*\s*\(/, "function(");
}

/** The function a `defineKernel`/`defineHelper` argument stands for. */
function functionOf(arg, checker, where) {
  if (ts.isFunctionExpression(arg)) return arg;
  if (ts.isIdentifier(arg)) {
    let symbol = checker.getSymbolAtLocation(arg);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const decl = symbol?.declarations?.find((d) => ts.isFunctionDeclaration(d) && d.body);
    if (decl) return decl;
  }
  throw new Error(`${where}: pass a \`function\` expression, or the name of a function declaration (gpu.js compiles no arrow functions or methods)`);
}

/**
 * Every kernel and helper defined under src/ (tests excluded): id -> JavaScript text.
 * @param {string} dir the package directory
 */
export function collectKernelSources(dir = pkg) {
  const configPath = join(dir, "tsconfig.json");
  const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n")); } });
  // the package's own modules only (tests would pull in vitest and the other packages);
  // no lib and no types: only imports are resolved, nothing is type-checked
  const rootNames = config.fileNames.filter((f) => !/\/__(tests|browser)__\//.test(f));
  const program = ts.createProgram({ rootNames, options: { ...config.options, noEmit: true, skipLibCheck: true, types: [], noLib: true } });
  const checker = program.getTypeChecker();
  const src = join(dir, "src") + "/";
  const sources = {};
  for (const file of program.getSourceFiles()) {
    if (!file.fileName.startsWith(src) || /\/__(tests|browser)__\//.test(file.fileName) || file.fileName === TARGET) continue;
    const visit = (node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && DEFINERS.has(node.expression.text)) {
        const { line } = file.getLineAndCharacterOfPosition(node.getStart());
        const where = `${file.fileName.slice(dir.length + 1)}:${line + 1}`;
        const [idArg, fnArg] = node.arguments;
        if (!idArg || !ts.isStringLiteral(idArg) || !fnArg) throw new Error(`${where}: ${node.expression.text} takes a string literal id and a function`);
        const id = idArg.text;
        if (Object.prototype.hasOwnProperty.call(sources, id)) throw new Error(`${where}: kernel id ${JSON.stringify(id)} is defined twice: give each its own id`);
        sources[id] = functionText(functionOf(fnArg, checker, where), where);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  if (Object.keys(sources).length === 0) throw new Error(`no defineKernel/defineHelper calls found under ${src}`);
  return sources;
}

/** A template literal holding `text` as is. */
function literal(text) {
  return "`" + text.replace(/\\/g, "\\\\").replace(/`/g, "\\`").replace(/\$\{/g, "\\${") + "`";
}

/** The generated module for `sources` (id -> text). */
export function renderKernelSources(sources) {
  const entries = Object.keys(sources)
    .sort()
    .map((id) => `  ${JSON.stringify(id)}: ${literal(sources[id])},`);
  return `// GENERATED by scripts/generateKernelSources.mjs from the TypeScript sources: do not edit.
// Regenerate with \`pnpm --filter @mmareg/gpujs generate:kernels\` after adding or changing a
// kernel or helper (defineKernel/defineHelper, or core's polyAcos/polyAtan2), and commit
// the result. The package's build regenerates it; src/__tests__/kernelSources.test.ts
// fails while it is stale.

/**
 * The JavaScript text gpu.js compiles for each kernel and helper of this package, by the
 * id given to \`defineKernel\`/\`defineHelper\`: the function's TypeScript source with the
 * types stripped, anonymous (core's \`polyAcos\`/\`polyAtan2\` included). The runtime never
 * compiles \`fn.toString()\`, so a consumer's minifier cannot change what gpu.js translates.
 *
 * @example
 * \`\`\`ts
 * KERNEL_SOURCES["gram"]; // "function(a) {\\n    const i = this.thread.y; ..."
 * \`\`\`
 */
export const KERNEL_SOURCES: Readonly<Record<string, string>> = {
${entries.join("\n")}
};
`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes("--check");
  const sources = collectKernelSources();
  const text = renderKernelSources(sources);
  const current = existsSync(TARGET) ? readFileSync(TARGET, "utf8") : null;
  const count = Object.keys(sources).length;
  if (text === current) {
    console.log(`kernel sources: ${count} kernels and helpers, up to date`);
  } else if (check) {
    console.error("kernel sources: src/kernelSources.generated.ts is stale: run pnpm --filter @mmareg/gpujs generate:kernels and commit it");
    process.exit(1);
  } else {
    writeFileSync(TARGET, text);
    console.log(`kernel sources: wrote ${count} kernels and helpers to src/kernelSources.generated.ts`);
  }
}
