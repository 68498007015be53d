#!/usr/bin/env node
// Runs a package's browser tests (vitest browser mode, config vitest.browser.config.ts) in
// Debian's Chromium. Where no Chromium is found it says how to install it and skips; with
// CI=true a missing browser is a failure.
//   node ../../scripts/browser-test.mjs [extra vitest args]
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

const chromium = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean).find((p) => existsSync(p));
const ci = process.env.CI === "true" || process.env.CI === "1";
if (!chromium) {
  const how = "install Debian's Chromium (sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary";
  if (ci) {
    console.error(`browser tests: no Chromium found and CI=true: ${how}`);
    process.exit(1);
  }
  console.warn(`browser tests SKIPPED: no Chromium found; ${how}, then run the tests again`);
  process.exit(0);
}
const r = spawnSync("npx", ["vitest", "run", "--config", "vitest.browser.config.ts", ...process.argv.slice(2)], { stdio: "inherit", env: { ...process.env, CHROMIUM_PATH: chromium } });
process.exit(r.status ?? 1);
