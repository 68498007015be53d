import { packageConfig } from "../../vitest.shared.js";

// One beforeAll packs and installs everything (npm, in parallel), then each test checks one
// result; the installs need minutes on a cold npm cache. PACK_TEST_SKIP=1 (offline work)
// runs nothing; CI never sets it.
const config = packageConfig("pack-test", { test: { testTimeout: 120_000 } });
if (process.env["PACK_TEST_SKIP"] === "1") {
  // replaced, not merged: mergeConfig would append to the include list
  config.test = { ...config.test, include: ["skipped-by-PACK_TEST_SKIP/**/*.test.ts"], passWithNoTests: true };
}
export default config;
