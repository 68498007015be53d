import { packageConfig } from "../../vitest.shared.js";

// the quick suite trains about thirty small runs on wasm in two worker processes: 1-2
// minutes on a 2-core machine, more when the machine is shared
export default packageConfig("paper-experiments", { test: { testTimeout: 600_000, hookTimeout: 600_000 } });
