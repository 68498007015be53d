import { packageConfig } from "../../vitest.shared.js";

// One beforeAll packs and installs everything (npm, in parallel), then each test checks one
// result; the installs need minutes on a cold npm cache.
export default packageConfig("pack-test", { test: { testTimeout: 120_000 } });
