import { fileURLToPath } from "node:url";
import { defineConfig, mergeConfig, type ViteUserConfig } from "vitest/config";
import { CHROMIUM_ARGS, findChromium } from "./vitest.shared.js";

// Separate from vitest.shared.ts so that the Node configs, which every package has, do
// not reference @vitest/browser-playwright (only the packages with browser tests have it).

const root = fileURLToPath(new URL(".", import.meta.url));

/**
 * The vitest browser-mode config of a package: its `src/**\/__browser__/**\/*.test.ts` files
 * run in headless Chromium (never a downloaded browser), with a JSON report to
 * `test-results/<name>-browser.json`. Run through `scripts/browser-test.mjs`, which skips
 * (or, with CI=true, fails) when no Chromium is installed.
 */
export async function browserConfig(name: string, extra: ViteUserConfig = {}): Promise<ViteUserConfig> {
  const { playwright } = await import("@vitest/browser-playwright");
  const executablePath = findChromium() ?? "/usr/bin/chromium";
  return mergeConfig(
    defineConfig({
      resolve: { conditions: ["@mmareg/source"] },
      test: {
        include: ["src/**/__browser__/**/*.test.ts"],
        reporters: ["default", "json"],
        outputFile: { json: `${root}test-results/${name}-browser.json` },
        testTimeout: 120_000,
        hookTimeout: 120_000,
        browser: {
          enabled: true,
          headless: true,
          provider: playwright({ launchOptions: { executablePath, args: CHROMIUM_ARGS } }),
          instances: [{ browser: "chromium" }],
          screenshotFailures: false,
        },
      },
    }),
    extra,
  );
}
