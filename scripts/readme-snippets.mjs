// The TypeScript snippets of a README, as the packaging test (packages/pack-test) runs them.
//
// Rules (documented in CONTRIBUTING terms in packages/pack-test/README.md):
// - every ```ts (or ```typescript) fence is a complete program that is run: as an ES module,
//   as CommonJS (its body wrapped in an async function), and type-checked by tsc under
//   `nodenext` and `bundler` resolution;
// - a `<!-- snippet: typecheck: why -->` comment on the line before the fence makes it
//   type-checked only (browser-only code, a file the reader supplies);
// - a `<!-- snippet: skip: why -->` comment leaves it out (a fragment of the reader's own
//   program); the reason is required and shows in the test output;
// - a snippet is run in a scratch project made by the nearest `npm install ...` line above
//   it in the same README (inside a ```sh fence), with the @mmareg packages from their
//   packed tarballs.

/**
 * @typedef {object} Snippet
 * @property {string} file the README's path as given
 * @property {number} line 1-based line of the opening fence
 * @property {string} code the fence's content
 * @property {"run" | "typecheck" | "skip"} mode
 * @property {string | null} reason why it is not run (typecheck, skip)
 * @property {string[] | null} install the package arguments of the nearest `npm install` line above, or null
 * @property {string | null} installLine that line, verbatim
 */

export const MARKER = /^<!--\s*snippet:\s*(skip|typecheck)\s*:\s*(.+?)\s*-->\s*$/;

/** The package arguments of an `npm install` line (flags and a trailing `# comment` dropped). */
export function installArgs(line) {
  const words = line.replace(/#.*$/, "").trim().split(/\s+/);
  if (words[0] !== "npm" || !["install", "i", "add"].includes(words[1] ?? "")) return null;
  return words.slice(2).filter((w) => !w.startsWith("-"));
}

/**
 * Every ts/typescript fence of `markdown` with its mode and install line.
 *
 * @param {string} markdown
 * @param {string} file
 * @returns {Snippet[]}
 */
export function extractSnippets(markdown, file) {
  const lines = markdown.split(/\r?\n/);
  /** @type {Snippet[]} */
  const out = [];
  let install = null;
  let installLine = null;
  for (let i = 0; i < lines.length; i++) {
    const f = readFence(lines, i);
    if (!f) continue;
    const { lang, body, marker } = f;
    if (lang === "sh" || lang === "bash" || lang === "shell") {
      for (const l of body) {
        const args = installArgs(l);
        if (args && args.length > 0) {
          install = args;
          installLine = l.trim();
          break;
        }
      }
    } else if (lang === "ts" || lang === "typescript") {
      out.push({
        file,
        line: i + 1,
        code: body.join("\n") + "\n",
        mode: marker ? /** @type {"skip" | "typecheck"} */ (marker[1]) : "run",
        reason: marker ? marker[2] : null,
        install,
        installLine,
      });
    }
    i = f.end;
  }
  return out;
}

/**
 * The fenced code block that opens at `lines[i]`, or null: its language (as written), its
 * body (the fence's indentation removed), the index of its closing line, and the snippet
 * marker comment on the last non-blank line above it, if any.
 *
 * @param {string[]} lines
 * @param {number} i
 * @returns {{ lang: string, body: string[], end: number, marker: RegExpExecArray | null } | null}
 */
export function readFence(lines, i) {
  const open = /^(\s*)(```+|~~~+)\s*([\w-]*)(.*)$/.exec(lines[i]);
  if (!open) return null;
  const [, indent, fence, lang] = open;
  const body = [];
  let j = i + 1;
  for (; j < lines.length; j++) {
    const t = lines[j].trim();
    if (t.startsWith(fence) && t.replace(/[`~]/g, "") === "") break;
    body.push(lines[j].startsWith(indent) ? lines[j].slice(indent.length) : lines[j]);
  }
  let k = i - 1;
  while (k >= 0 && lines[k].trim() === "") k--;
  const marker = k >= 0 ? MARKER.exec(lines[k].trim()) : null;
  return { lang, body, end: j, marker };
}

/**
 * The snippet as a CommonJS module for tsc (`.cts`): its import statements stay on top
 * (tsc turns them into `require` calls), the rest runs inside an async function, since
 * CommonJS has no top-level `await`.
 *
 * @param {string} code
 */
export function toCommonJs(code) {
  const imports = [];
  const rest = [];
  const lines = code.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (/^import\s/.test(lines[i])) {
      let stmt = lines[i];
      // a multi-line import ends with its `from "..."` (or a bare `import "x";`)
      while (!/(from\s*["'][^"']+["']|^import\s*["'][^"']+["'])\s*;?\s*(\/\/.*)?$/.test(stmt) && i + 1 < lines.length) stmt += "\n" + lines[++i];
      imports.push(stmt);
    } else {
      rest.push(lines[i]);
    }
  }
  return `${imports.join("\n")}\n\nasync function snippet(): Promise<void> {\n${rest.join("\n")}\n}\n\nsnippet().catch((e: unknown) => {\n  console.error(e);\n  process.exit(1);\n});\n`;
}
