import { spawn } from "node:child_process";
import { existsSync, lstatSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/** What a child process did. */
export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** npm settings a CI machine may give through the environment (which registry, which proxy). */
const KEEP = new Set(["npm_config_registry", "npm_config_proxy", "npm_config_https_proxy", "npm_config_noproxy", "npm_config_cafile", "npm_config_strict_ssl"]);

/**
 * The environment for npm and node in a scratch project: the variables `pnpm test` puts
 * into its scripts (`npm_config_*`, `npm_package_*`, pnpm's own) removed, so npm reads no
 * pnpm setting, plus the settings given.
 */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    const key = k.toLowerCase();
    if (KEEP.has(key)) {
      env[k] = v;
      continue;
    }
    if (key.startsWith("npm_") || key.startsWith("pnpm_") || key === "node_options" || key === "vitest" || key.startsWith("vitest_")) continue;
    env[k] = v;
  }
  return { ...env, ...extra };
}

/** Run a program (no shell) and collect its output. */
export function run(cmd: string, args: readonly string[], opts: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<Ran> {
  const start = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      stderr += `\n[killed after ${opts.timeoutMs} ms]`;
      child.kill("SIGKILL");
    }, opts.timeoutMs ?? 300_000);
    child.on("error", (e) => {
      clearTimeout(timer);
      resolve({ code: -1, stdout, stderr: stderr + String(e), ms: Date.now() - start });
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - start });
    });
  });
}

/** Run `tasks` with at most `limit` at a time. */
export async function pool<T>(limit: number, tasks: readonly (() => Promise<T>)[]): Promise<T[]> {
  const out: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const i = next++;
      out[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return out;
}

/** A public workspace package. */
export interface PublicPackage {
  dir: string;
  name: string;
  version: string;
  manifest: Record<string, unknown>;
}

/** Every package under `packages/` that is not private. */
export function publicPackages(root: string): PublicPackage[] {
  const out: PublicPackage[] = [];
  for (const d of readdirSync(join(root, "packages")).sort()) {
    const file = join(root, "packages", d, "package.json");
    if (!existsSync(file)) continue;
    const manifest = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    if (manifest["private"] === true) continue;
    out.push({ dir: join(root, "packages", d), name: manifest["name"] as string, version: manifest["version"] as string, manifest });
  }
  return out;
}

/** Disk use of a folder in bytes, as `du` counts it (allocated blocks; links not followed). */
export function diskUse(dir: string): number {
  let total = 0;
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      total += lstatSync(p).blocks * 512;
      if (e.isDirectory()) walk(p);
    }
  };
  if (existsSync(dir)) walk(dir);
  return total;
}

/** `file:` spec of a tarball, relative to a project folder (as npm writes it into package.json). */
export function fileSpec(project: string, tarball: string): string {
  return `file:${relative(project, tarball)}`;
}

/** The lowest version a range such as `^1.30.0` or `>=4.22.0` admits (its first bound). */
export function lowestOf(range: string): string {
  const m = /(\d+\.\d+\.\d+(?:-[\w.]+)?)/.exec(range);
  if (!m) throw new Error(`cannot read a lowest version from the range "${range}"`);
  return m[1]!;
}
