#!/usr/bin/env node
// The `mma` command. Runs the built CLI (dist/); in a fresh clone of the repository,
// build it first: pnpm build (or pnpm demo, which builds and runs an example).
let cli;
try {
  cli = await import("../dist/index.js");
} catch (e) {
  if (e && e.code === "ERR_MODULE_NOT_FOUND" && String(e.message).includes("dist")) {
    process.stderr.write("mma: the CLI is not built yet: run `pnpm build` in the repository first\n");
    process.exit(2);
  }
  throw e;
}
process.exitCode = await cli.main(process.argv.slice(2));
