import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runMma, tempDir } from "./helpers.js";
import { tfjsWeights, values, zeroLastAxis, type TfjsSpec } from "./modelFixtures.js";

// The HTML report of `mma inspect --html` opened in Debian's Chromium (playwright-core,
// headless, offline): the charts render as SVG, the page logs no error and fetches nothing.
// A screenshot goes to test-artifacts/ (and to docs/assets/inspect-report.png with
// MMA_UPDATE_DOCS=1). Without Chromium the test is skipped with how to install it, unless
// CI=true, where a missing browser fails.
// found as scripts/browser-test.mjs does (CHROMIUM_PATH, then Debian's paths); the page
// needs no GPU, so only the sandbox and headless flags of the repository's list
const chromium = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p): p is string => !!p && existsSync(p)) ?? null;
const CHROMIUM_ARGS = ["--no-sandbox", "--headless=new", "--disable-background-networking"];
const ci = process.env.CI === "true" || process.env.CI === "1";
if (!chromium && !ci) console.warn("inspect HTML browser test SKIPPED: no Chromium found; install Debian's Chromium (apt-get install -y chromium) or set CHROMIUM_PATH");
const root = fileURLToPath(new URL("../../../../", import.meta.url));
const VAD = fileURLToPath(new URL("../../node_modules/@ricky0123/vad-web/dist/silero_vad_legacy.onnx", import.meta.url));

/** A real model when its package is installed (a better picture), else a generated one with a dead filter. */
function model(): string {
  if (existsSync(VAD)) return VAD;
  const dir = tempDir();
  const specs: TfjsSpec[] = [
    { name: "conv/filters", shape: [3, 3, 3, 24], data: zeroLastAxis(values(648, 1), 24, [2, 5]) },
    { name: "fc/weights", shape: [40, 16], data: values(640, 2), quantization: "uint8" },
  ];
  const { manifestSpecs, bin } = tfjsWeights(specs);
  writeFileSync(join(dir, "m.bin"), bin);
  writeFileSync(join(dir, "m-weights_manifest.json"), JSON.stringify([{ paths: ["m.bin"], weights: manifestSpecs }]));
  return join(dir, "m-weights_manifest.json");
}

describe.skipIf(!chromium && !ci)("mma inspect --html in Chromium", { timeout: 120_000 }, () => {
  // imported lazily so that a machine without playwright-core only skips
  let browser: import("playwright-core").Browser;
  beforeAll(async () => {
    if (!chromium) throw new Error("CI=true but no Chromium found: install Debian's Chromium (apt-get install -y chromium)");
    const { chromium: launcher } = await import("playwright-core");
    browser = await launcher.launch({ executablePath: chromium, args: CHROMIUM_ARGS, headless: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("renders the per-layer chart, the heatmap and histogram of a selected layer, and the dead rows, offline and without errors", async () => {
    const file = model();
    const html = join(tempDir(), "report.html");
    const r = await runMma(["inspect", relative(process.cwd(), file), "--html", html]);
    expect([0, 3]).toContain(r.code);
    const page = await browser.newPage({ viewport: { width: 1280, height: 1500 } });
    const problems: string[] = [];
    const outside: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(m.text());
    });
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("request", (req) => {
      if (!req.url().startsWith("file:") && !req.url().startsWith("data:")) outside.push(req.url());
    });
    await page.goto(pathToFileURL(html).href, { waitUntil: "load" });
    await page.waitForSelector("body[data-ready=true]");
    expect(await page.locator("#layer-chart circle.min").count()).toBeGreaterThan(1);
    expect(await page.locator("#layer-chart circle.mean").count()).toBe(await page.locator("#layer-chart circle.min").count());
    expect(await page.locator("#layer-chart rect.optimum").count()).toBeGreaterThan(0);
    expect(await page.locator("#heatmap image").count()).toBe(1);
    expect(await page.locator("#histogram rect.bar").count()).toBe(60);
    expect(await page.locator("#findings li.dead").count()).toBeGreaterThan(0);
    // pick another layer: the Fig. 1 view follows
    const options = await page.locator("#layer-select option").allTextContents();
    expect(options.length).toBeGreaterThan(1);
    await page.selectOption("#layer-select", { label: options[1]! });
    expect(await page.textContent("#layer-name")).toContain(options[1]!);
    expect(await page.locator("#histogram rect.bar").count()).toBe(60);
    await page.selectOption("#layer-select", { label: options[0]! });
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    const artifacts = join(root, "test-artifacts");
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, "inspect-report.png"), fullPage: false });
    if (process.env.MMA_UPDATE_DOCS === "1") await page.screenshot({ path: join(root, "docs/assets/inspect-report.png"), clip: { x: 0, y: 0, width: 1280, height: 1000 } });
    await page.close();
  });
});
