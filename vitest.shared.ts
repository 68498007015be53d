import { fileURLToPath } from "node:url";
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
        reporters: ["default", "json"],
        outputFile: { json: `${root}test-results/${name}.json` },
      },
    }),
    extra,
  );
}
