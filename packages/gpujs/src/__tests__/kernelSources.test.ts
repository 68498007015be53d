import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { createGpujsBackend } from "../index.js";
import { kernelText, registeredKernels, type RegisteredKernel } from "../kernelRegistry.js";
import { KERNEL_SOURCES } from "../kernelSources.generated.js";

const GENERATOR = fileURLToPath(new URL("../../scripts/generateKernelSources.mjs", import.meta.url));

/**
 * The tokens of a printed function: whitespace, comments, empty statements after a block
 * and the spelling of numbers (`.5` / `0.5`) do not count.
 */
function tokens(text: string): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  const out: string[] = [];
  for (let t = scanner.scan(); t !== ts.SyntaxKind.EndOfFileToken; t = scanner.scan()) {
    if (t === ts.SyntaxKind.SemicolonToken && out[out.length - 1] === "}") continue;
    out.push(t === ts.SyntaxKind.NumericLiteral ? String(Number(scanner.getTokenText())) : scanner.getTokenText());
  }
  return out;
}

/**
 * A function's text in a form two printings of it share (vitest's transform and the
 * generator's differ in layout, number spelling, `};` and parentheses): made anonymous,
 * parsed, printed again by TypeScript without the parentheses that change nothing, and
 * tokenized.
 */
function canonical(text: string): string {
  const anonymous = text.replace(/^function\s*[\w$]*\s*\(/, "function(");
  const file = ts.createSourceFile("k.js", `(${anonymous})`, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const strip = (ctx: ts.TransformationContext) => {
    const visit = (node: ts.Node): ts.Node => {
      const inner = ts.visitEachChild(node, visit, ctx);
      // keep the parentheses the grammar needs: re-parenthesize where precedence asks
      return ts.isParenthesizedExpression(inner) ? inner.expression : inner;
    };
    return (root: ts.SourceFile) => ts.visitNode(root, visit) as ts.SourceFile;
  };
  const [out] = ts.transform(file, [strip]).transformed;
  return tokens(ts.createPrinter({ removeComments: true }).printFile(out!)).join(" ");
}

describe("generated kernel sources", () => {
  it("src/kernelSources.generated.ts is what the generator makes of the current sources", () => {
    const run = spawnSync(process.execPath, [GENERATOR, "--check"], { encoding: "utf8" });
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
  }, 60_000);

  it("every registered kernel and helper has generated text, and every text has its kernel", () => {
    expect(typeof createGpujsBackend).toBe("function"); // every op module is loaded
    const ids = registeredKernels().map((k) => k.id);
    expect(new Set(ids).size, "kernel ids are unique").toBe(ids.length);
    expect(ids.length).toBeGreaterThan(60);
    expect([...ids].sort()).toEqual(Object.keys(KERNEL_SOURCES).sort());
  });

  it("each generated text is its function's current source (fn.toString(), normalized)", () => {
    const stale = registeredKernels().filter((k) => canonical(k.fn.toString()) !== canonical(kernelText(k)));
    expect(stale.map((k) => k.id), "changed since the last generation: run pnpm --filter @mmareg/gpujs generate:kernels").toEqual([]);
  });

  it("the normalization still tells different kernels apart", () => {
    const [a, b] = [KERNEL_SOURCES["binary.op.add"]!, KERNEL_SOURCES["binary.op.sub"]!];
    expect(canonical(a)).not.toBe(canonical(b));
    expect(canonical("function f(x) { return (x + 1) * 2; }")).not.toBe(canonical("function (x) { return x + 1 * 2; }"));
    expect(canonical("function f(x) { return (x * 2) + 1; }")).toBe(canonical("function(x){return x*2+1}"));
  });

  it("a kernel without generated text is a typed error that says how to regenerate", () => {
    const missing: RegisteredKernel = { id: "no.such.kernel", kind: "kernel", fn: function () {} };
    expect(() => kernelText(missing)).toThrow(/generate:kernels/);
  });
});
