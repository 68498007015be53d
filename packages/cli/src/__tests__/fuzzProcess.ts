// Runs the `mma` CLI in a child process, the way a user does, and measures it. The CLI
// and the workspace packages are bundled from their TypeScript sources with esbuild (tsup's
// own copy), so the test always runs the code under test, built or not; third-party
// packages stay external and load from node_modules, lazily, as in the real dist.
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const cliRoot = join(dirname(fileURLToPath(import.meta.url)), "../..");

/** Heap cap of every child (`--max-old-space-size`, MiB): a case that tries to fill memory dies. */
export const HEAP_CAP_MB = 128;

/** The part of esbuild's API used here (its types are not a dependency of this package). */
interface ResolveArgs {
  path: string;
  kind: string;
  resolveDir: string;
  importer: string;
  pluginData?: unknown;
}
interface PluginBuild {
  onResolve(o: { filter: RegExp }, f: (a: ResolveArgs) => Promise<unknown>): void;
  resolve(path: string, o: Omit<ResolveArgs, "path">): Promise<{ path: string; errors: unknown[] }>;
}
interface EsbuildLike {
  build(options: Record<string, unknown> & { plugins: { name: string; setup(b: PluginBuild): void }[] }): Promise<unknown>;
}

/** What one run of the CLI did. */
export interface ProcessResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
  /** Peak resident set of the child, KiB (`process.resourceUsage().maxRSS`, read at its exit). */
  maxRSSKiB: number | null;
  /** User + system CPU time of the child, ms. */
  cpuMs: number | null;
  /** Wall-clock time, ms (load-dependent: not asserted tightly). */
  wallMs: number;
}

/** Bundle the CLI into a fresh folder under node_modules/.cache and write the runner. */
export async function bundleCli(): Promise<{ runner: string; dir: string }> {
  const dir = join(cliRoot, "node_modules/.cache", `mma-fuzz-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const esbuild = createRequire(createRequire(join(cliRoot, "package.json")).resolve("tsup"))("esbuild") as EsbuildLike;
  await esbuild.build({
    entryPoints: { cli: join(cliRoot, "src/index.ts") },
    outdir: dir,
    bundle: true,
    splitting: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outExtension: { ".js": ".mjs" },
    conditions: ["@mmareg/source"],
    logLevel: "error",
    plugins: [
      {
        name: "third-party-external",
        setup(build) {
          // workspace packages are bundled from source; anything else is imported from its
          // resolved file, as the real dist would import it
          build.onResolve({ filter: /^[^./]/ }, async (args) => {
            if (args.path.startsWith("@mmareg/") || args.pluginData === "inner") return undefined;
            if (args.path.startsWith("node:")) return { path: args.path, external: true };
            const r = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: "inner" });
            if (r.errors.length > 0) return { errors: r.errors };
            return { path: r.path, external: true };
          });
        },
      },
    ],
  });
  const runner = join(dir, "run.mjs");
  writeFileSync(
    runner,
    `import { writeSync } from "node:fs";
import { main } from "./cli.mjs";
process.on("exit", () => {
  const u = process.resourceUsage();
  try { writeSync(3, JSON.stringify({ maxRSSKiB: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 })); } catch {}
});
process.exitCode = await main(process.argv.slice(2));
`,
  );
  return { runner, dir };
}

/** Run the bundled CLI with `argv` in `cwd`; killed after `timeoutMs`. */
export function runProcess(runner: string, argv: string[], cwd: string, timeoutMs = 20_000): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_CAP_MB}`, runner, ...argv], {
      cwd,
      stdio: ["ignore", "pipe", "pipe", "pipe"],
      env: { ...process.env, MMA_DEBUG: "", NODE_OPTIONS: "" },
    });
    const chunks: [Buffer[], Buffer[], Buffer[]] = [[], [], []];
    child.stdout?.on("data", (b: Buffer) => chunks[0].push(b));
    child.stderr?.on("data", (b: Buffer) => chunks[1].push(b));
    (child.stdio[3] as NodeJS.ReadableStream).on("data", (b: Buffer) => chunks[2].push(b));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const usage = Buffer.concat(chunks[2]).toString();
      const u = usage ? (JSON.parse(usage) as { maxRSSKiB: number; cpuMs: number }) : null;
      resolve({
        code,
        signal,
        out: Buffer.concat(chunks[0]).toString(),
        err: Buffer.concat(chunks[1]).toString(),
        maxRSSKiB: u?.maxRSSKiB ?? null,
        cpuMs: u?.cpuMs ?? null,
        wallMs: performance.now() - t0,
      });
    });
  });
}

/** Run `jobs` with at most `width` at a time, results in order. */
export async function pool<T>(jobs: (() => Promise<T>)[], width: number): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const i = next++;
      out[i] = await (jobs[i] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, jobs.length) }, worker));
  return out;
}
