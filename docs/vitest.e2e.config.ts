import { packageConfig } from "../vitest.shared.js";

// The docs end-to-end test runs in Node and drives Chromium itself (playwright-core).
export default packageConfig("docs-e2e", { test: { include: ["tests/**/*.test.ts"], testTimeout: 600_000, hookTimeout: 120_000, fileParallelism: false } });
