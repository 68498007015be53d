import { CliError } from "./cliError.js";

/**
 * The optional peer dependencies of `@mmareg/cli` (the runtimes, installed only by users who
 * want them) and, for each, every package its feature needs: `npm install @mmareg/cli`
 * brings the adapters, the `cpu` and `wasm` backends and the file readers; the rest is
 * named in the error a command gives.
 */
export const OPTIONAL_PACKAGES: Readonly<Record<string, readonly string[]>> = {
  "@tensorflow/tfjs": ["@tensorflow/tfjs"],
  "@tensorflow/tfjs-backend-wasm": ["@tensorflow/tfjs", "@tensorflow/tfjs-backend-wasm"],
  "gpu.js": ["gpu.js"],
  "onnxruntime-node": ["onnxruntime-node"],
  "onnxruntime-web": ["onnxruntime-web"],
};

const NOT_FOUND_CODES = new Set(["ERR_MODULE_NOT_FOUND", "MODULE_NOT_FOUND"]);

/** `@scope/name/sub/path` -> `@scope/name`; `name/sub` -> `name`. */
function packageOf(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}

/**
 * The package a module-not-found error says is missing, or `null` for any other error
 * (including a missing file inside an installed package: a broken install, not a
 * missing one).
 */
export function missingPackageName(e: unknown): string | null {
  if (typeof e !== "object" || e === null) return null;
  const { code, message, cause } = e as { code?: unknown; message?: unknown; cause?: unknown };
  // a backend that could not start keeps the import error it met as its cause
  if (typeof code !== "string" || !NOT_FOUND_CODES.has(code) || typeof message !== "string") return cause !== undefined && cause !== e ? missingPackageName(cause) : null;
  const m = /Cannot find (?:package|module) '([^']+)'/.exec(message);
  if (!m) return null;
  const spec = m[1]!;
  if (spec.startsWith(".") || spec.startsWith("/") || spec.startsWith("file:") || spec.startsWith("node:") || /^[A-Za-z]:[\\/]/.test(spec)) return null;
  return packageOf(spec);
}

/** True when importing `name` fails because `name` itself (not one of its imports) is absent. */
async function isAbsent(name: string): Promise<boolean> {
  try {
    await import(/* @vite-ignore */ name);
    return false;
  } catch (e) {
    return missingPackageName(e) === name;
  }
}

function list(names: readonly string[]): string {
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/**
 * The one-line error for a feature whose optional packages are not installed: it names the
 * missing ones and the `npm install` line that adds everything the feature needs.
 */
export function missingPackagesError(what: string, missing: readonly string[], install: readonly string[]): CliError {
  const verb = missing.length === 1 ? "is" : "are";
  return new CliError(`${what} needs ${list(missing)}, which ${verb} not installed: run npm install ${install.join(" ")}`);
}

/**
 * Run `load` (which imports the optional packages of a feature); when it fails because one
 * of them is not installed, throw a {@link CliError} (one line, exit code 2) naming every
 * missing one of `packages` and how to install them.
 */
export async function withOptionalPackages<T>(what: string, packages: readonly string[], load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (e) {
    const name = missingPackageName(e);
    if (name === null) throw e;
    const missing: string[] = [];
    for (const p of packages) if (await isAbsent(p)) missing.push(p);
    if (missing.length === 0) missing.push(name);
    const install = [...new Set([...packages, ...missing])];
    throw missingPackagesError(what, missing, install);
  }
}

/**
 * The one-line error for any command that hit a missing optional package (the fallback of
 * `main`): `null` when `e` is not a module-not-found error for a package.
 */
export function missingPackageFallback(e: unknown): CliError | null {
  const name = missingPackageName(e);
  if (name === null) return null;
  const install = OPTIONAL_PACKAGES[name] ?? [name];
  return missingPackagesError("this command", [name], install);
}
