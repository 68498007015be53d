import { fileURLToPath } from "node:url";
import { existsSync } from "node:fs";
import { defineConfig, mergeConfig, type ViteUserConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

/**
 * The vitest config every package uses: workspace packages resolve to their TypeScript
 * sources (the `@mmareg/source` export condition), and each run also writes a JSON report
 * to `test-results/<name>.json`, which `.ci/run` adds up into its `N passed, N failed` line.
 */
export function packageConfig(name: string, extra: ViteUserConfig = {}): ViteUserConfig {
  return mergeConfig(
    defineConfig({
      resolve: { conditions: ["@mmareg/source"] },
      ssr: { resolve: { conditions: ["@mmareg/source"] } },
      test: {
        include: ["src/**/__tests__/**/*.test.ts"],
        // tests check results, never speed (that is `pnpm bench`): CI runs every package's
        // tests at once on 2 cores, where a 2-second test can take 10
        testTimeout: 60_000,
        hookTimeout: 60_000,
        reporters: ["default", "json"],
        outputFile: { json: `${root}test-results/${name}.json` },
      },
    }),
    extra,
  );
}

/**
 * Chromium flags for headless GPU work in software: WebGL and WebGPU through SwiftShader.
 * Without the Vulkan/ANGLE flags WebGPU read-backs silently return zeros. The network
 * flags keep Chromium from reaching out (the machine is offline; tests fetch nothing).
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--headless=new",
  "--enable-unsafe-swiftshader",
  "--enable-unsafe-webgpu",
  "--enable-features=Vulkan",
  "--use-vulkan=swiftshader",
  "--use-angle=swiftshader",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** The Chromium to drive: `$CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`; `null` when absent. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean) as string[];
  return candidates.find((p) => existsSync(p)) ?? null;
}
