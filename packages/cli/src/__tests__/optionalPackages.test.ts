import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { CliError } from "../cliError.js";
import { missingPackageFallback, missingPackageName, OPTIONAL_PACKAGES, withOptionalPackages } from "../optionalPackages.js";

async function importError(specifier: string): Promise<unknown> {
  try {
    await import(/* @vite-ignore */ specifier);
  } catch (e) {
    return e;
  }
  throw new Error(`${specifier} was found`);
}

function requireError(specifier: string): unknown {
  try {
    createRequire(import.meta.url)(specifier);
  } catch (e) {
    return e;
  }
  throw new Error(`${specifier} was found`);
}

describe("missingPackageName", () => {
  it("names the package of a failed import or require, subpath stripped", async () => {
    expect(missingPackageName(requireError("@mmareg/not-installed-xyz"))).toBe("@mmareg/not-installed-xyz");
    expect(missingPackageName(requireError("not-installed-xyz/sub/path"))).toBe("not-installed-xyz");
    const viaImport = await importError("@mmareg/not-installed-xyz");
    // vitest resolves imports itself; Node's own ESM loader gives ERR_MODULE_NOT_FOUND
    if (missingPackageName(viaImport) !== null) expect(missingPackageName(viaImport)).toBe("@mmareg/not-installed-xyz");
    const node = Object.assign(new Error("Cannot find package 'onnxruntime-web' imported from /x/node_modules/@mmareg/onnx/dist/index.js"), { code: "ERR_MODULE_NOT_FOUND" });
    expect(missingPackageName(node)).toBe("onnxruntime-web");
  });

  it("is null for a missing file inside a package and for other errors", () => {
    const file = Object.assign(new Error("Cannot find module '/x/node_modules/@mmareg/onnx/dist/index.js' imported from /y.js"), { code: "ERR_MODULE_NOT_FOUND" });
    expect(missingPackageName(file)).toBeNull();
    expect(missingPackageName(requireError("./not-here.js"))).toBeNull();
    expect(missingPackageName(new Error("Cannot find package 'x'"))).toBeNull(); // no code
    expect(missingPackageName("nope")).toBeNull();
    expect(missingPackageName(null)).toBeNull();
  });
});

describe("withOptionalPackages", () => {
  it("names every missing package of the feature and the install line", async () => {
    const run = withOptionalPackages("--backend demo", ["@mmareg/core", "@mmareg/not-installed-a", "not-installed-b"], async () => {
      throw requireError("@mmareg/not-installed-a");
    });
    await expect(run).rejects.toBeInstanceOf(CliError);
    await expect(run).rejects.toThrow(
      "--backend demo needs @mmareg/not-installed-a and not-installed-b, which are not installed: run npm install @mmareg/core @mmareg/not-installed-a not-installed-b",
    );
  });

  it("passes results and other errors through", async () => {
    await expect(withOptionalPackages("x", ["@mmareg/core"], async () => 42)).resolves.toBe(42);
    const other = new TypeError("boom");
    await expect(withOptionalPackages("x", ["@mmareg/core"], async () => Promise.reject(other))).rejects.toBe(other);
  });

  it("names the package from the error when the feature's list does not have it", async () => {
    const run = withOptionalPackages("x", ["@mmareg/core"], async () => {
      throw requireError("not-installed-c");
    });
    await expect(run).rejects.toThrow("x needs not-installed-c, which is not installed: run npm install @mmareg/core not-installed-c");
  });
});

describe("missingPackageFallback", () => {
  it("turns a missing optional runtime into one line with what to install", () => {
    const e = Object.assign(new Error("Cannot find package 'onnxruntime-web' imported from /x.js"), { code: "ERR_MODULE_NOT_FOUND" });
    const err = missingPackageFallback(e);
    expect(err).toBeInstanceOf(CliError);
    expect(err!.message).toBe("this command needs onnxruntime-web, which is not installed: run npm install onnxruntime-web");
    expect(missingPackageFallback(new Error("other"))).toBeNull();
  });

  it("knows every optional peer dependency of the package", async () => {
    const pkg = createRequire(import.meta.url)("../../package.json") as { peerDependenciesMeta: Record<string, { optional: boolean }> };
    const optional = Object.entries(pkg.peerDependenciesMeta).filter(([, m]) => m.optional).map(([n]) => n);
    expect(Object.keys(OPTIONAL_PACKAGES).sort()).toEqual(optional.sort());
    for (const install of Object.values(OPTIONAL_PACKAGES)) for (const p of install) expect(optional).toContain(p);
  });
});
