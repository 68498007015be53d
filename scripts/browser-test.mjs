#!/usr/bin/env node
// Runs a package's browser tests in Debian's Chromium:
//   node ../../scripts/browser-test.mjs [vitest args]   vitest browser mode (vitest.browser.config.ts)
//   node ../scripts/browser-test.mjs --e2e              build the docs site, then its end-to-end
//                                                      test (vitest.e2e.config.ts, playwright-core)
// Where no Chromium is found it says how to install it and skips; with CI=true a missing
// browser is a failure.
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
const env = { ...process.env, CHROMIUM_PATH: chromium };
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
const args = process.argv.slice(2);
if (args[0] === "--e2e") {
  run("node", ["scripts/make-data.mjs"]);
  run("node", ["scripts/make-figures.mjs"]);
  run("node", ["scripts/make-api.mjs"]);
  run("node", ["scripts/make-changelog.mjs"]);
  run("npx", ["vitepress", "build"]);
  run("npx", ["vitest", "run", "--config", "vitest.e2e.config.ts", ...args.slice(1)]);
} else {
  run("npx", ["vitest", "run", "--config", "vitest.browser.config.ts", ...args]);
}
