import { describe, expect, it } from "vitest";
import { extractSnippets, installArgs, toCommonJs } from "../../../../scripts/readme-snippets.mjs";

const md = [
  "# pkg",
  "",
  "```sh",
  "npm install @mmareg/x peer-lib   # peer: peer-lib ^1",
  "```",
  "",
  "```ts",
  'import { a } from "@mmareg/x";',
  "console.log(a);",
  "```",
  "",
  "<!-- snippet: typecheck: browser only -->",
  "```typescript",
  "const b = 1;",
  "```",
  "",
  "```sh",
  "npm i -D @mmareg/y",
  "```",
  "",
  "<!-- snippet: skip: a fragment -->",
  "",
  "```ts",
  "model.fit(xs);",
  "```",
  "",
  "<!-- snippet: skip -->",
  "```ts",
  "const c = 2;",
  "```",
  "",
  "```js",
  "not.typescript();",
  "```",
].join("\n");

describe("extractSnippets", () => {
  const s = extractSnippets(md, "README.md");

  it("finds every ts/typescript fence, with its line, mode and reason", () => {
    expect(s.map((x) => [x.line, x.mode, x.reason])).toEqual([
      [7, "run", null],
      [13, "typecheck", "browser only"],
      [23, "skip", "a fragment"],
      [28, "run", null], // a marker without a reason is no marker: the snippet runs
    ]);
    expect(s[0]!.code).toBe('import { a } from "@mmareg/x";\nconsole.log(a);\n');
  });

  it("gives each snippet the nearest npm install line above it", () => {
    expect(s[0]!.install).toEqual(["@mmareg/x", "peer-lib"]);
    expect(s[1]!.install).toEqual(["@mmareg/x", "peer-lib"]);
    expect(s[2]!.install).toEqual(["@mmareg/y"]);
    expect(s[2]!.installLine).toBe("npm i -D @mmareg/y");
    expect(extractSnippets("```ts\nx;\n```\n", "R.md")[0]!.install).toBeNull();
  });

  it("reads install lines: flags and comments dropped, other commands ignored", () => {
    expect(installArgs("npm install -g @mmareg/cli     # or pnpm")).toEqual(["@mmareg/cli"]);
    expect(installArgs("pnpm add x")).toBeNull();
    expect(installArgs("npm run build")).toBeNull();
  });
});

describe("toCommonJs", () => {
  it("keeps imports (multi-line ones too) on top and wraps the rest in an async function", () => {
    const code = 'import * as tf from "@tensorflow/tfjs";\nimport {\n  a,\n  b,\n} from "@mmareg/x";\nimport "side-effect";\nconst r = await a(b);\nconsole.log(r);\n';
    const out = toCommonJs(code);
    const [head, body] = out.split("async function snippet(): Promise<void> {");
    expect(head).toContain('import * as tf from "@tensorflow/tfjs";');
    expect(head).toContain('import {\n  a,\n  b,\n} from "@mmareg/x";');
    expect(head).toContain('import "side-effect";');
    expect(body).toContain("const r = await a(b);");
    expect(body).not.toContain("import");
    expect(out).toContain("process.exit(1)");
  });
});
