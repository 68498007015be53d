import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@mmareg/source"] },
  ssr: { resolve: { conditions: ["@mmareg/source"] } },
  test: {
    include: ["src/**/__tests__/**/*.test.ts"],
  },
});
