import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { planRuns } from "../plan.mjs";
import { buildSummary, renderTables } from "../report.mjs";

// The README reports the committed full run: its tables must be that run's tables.md, and
// the committed per-run JSON must be the full plan, each run with the plan's own settings.

const root = fileURLToPath(new URL("../..", import.meta.url));
const results = join(root, "results");

describe("the committed full run", () => {
  it("README.md holds results/tables.md verbatim (headings one level down)", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const start = readme.indexOf("<!-- #region tables -->\n");
    const end = readme.indexOf("\n<!-- #endregion tables -->");
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    const inReadme = readme.slice(start + "<!-- #region tables -->\n".length, end);
    const lines = readFileSync(join(results, "tables.md"), "utf8").split("\n");
    expect(lines[0]).toMatch(/^# .*\(full\)$/);
    const printed = lines.slice(1).join("\n").replace(/^\n+|\n+$/g, "").split("\n").map((l) => (l.startsWith("## ") ? `#${l}` : l)).join("\n");
    expect(inReadme).toBe(printed);
  });

  it("results/runs holds every run of the full plan, with the plan's settings, and summary.json is the full profile", () => {
    const plan = planRuns("full");
    const files = readdirSync(join(results, "runs")).filter((f) => f.endsWith(".json"));
    expect(files.sort()).toEqual(plan.map((r) => `${r.id}.json`).sort());
    for (const run of plan) {
      const stored = JSON.parse(readFileSync(join(results, "runs", `${run.id}.json`), "utf8"));
      expect(stored.spec, run.id).toEqual(run.spec);
      expect(stored.result.leakedTensors, run.id).toBe(0);
    }
    const summary = JSON.parse(readFileSync(join(results, "summary.json"), "utf8"));
    expect(summary.profile).toBe("full");
    for (const r of summary.table2) expect(r.accuracy.values).toHaveLength(5);
    // tables.md is what the runner renders from summary.json
    expect(renderTables(summary)).toBe(readFileSync(join(results, "tables.md"), "utf8"));
  });

  it("summary.json is exactly the summary rebuilt from the committed runs (only the environment is taken from the file)", () => {
    const summary = JSON.parse(readFileSync(join(results, "summary.json"), "utf8"));
    // the runner's own loading rule (main.mjs): run id -> the stored run, when its spec is the plan's
    const runs = new Map();
    for (const run of planRuns("full")) {
      const stored = JSON.parse(readFileSync(join(results, "runs", `${run.id}.json`), "utf8"));
      if (JSON.stringify(stored.spec) === JSON.stringify(run.spec) && stored.result) runs.set(run.id, stored);
    }
    // the environment (machine, load, wall time) is measured while running, not derived from the runs
    const rebuilt = buildSummary("full", runs, summary.environment);
    // written with JSON.stringify, so compare in that form (NaN and Infinity become null)
    expect(JSON.parse(JSON.stringify(rebuilt))).toEqual(summary);
  });
});
