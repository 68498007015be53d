import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS, findChromium } from "../../vitest.shared.js";
import { serveStatic } from "./staticServer.js";

// End-to-end test of the BUILT docs site (run `vitepress build` first; `pnpm test` does),
// served statically and offline: the runnable examples run in Debian's Chromium, and the
// page never reaches beyond the local server.
const dist = fileURLToPath(new URL("../.vitepress/dist", import.meta.url));
const artifacts = fileURLToPath(new URL("../../test-artifacts", import.meta.url));

let browser: Browser;
let site: Awaited<ReturnType<typeof serveStatic>>;
const outside: string[] = [];
const consoleErrors: string[] = [];

async function open(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1300 } });
  page.on("request", (r) => {
    if (!r.url().startsWith(site.url) && !r.url().startsWith("data:") && !r.url().startsWith("blob:")) outside.push(r.url());
  });
  page.on("pageerror", (e) => consoleErrors.push(`${path}: uncaught: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(`${path}: console error: ${m.text()}`);
  });
  await page.goto(`${site.url}${path}`, { waitUntil: "load" });
  return page;
}

async function runTammes(page: Page, backend: string): Promise<number> {
  await page.selectOption("[data-test=backend]", backend);
  await page.fill("[data-test=points]", "24");
  await page.fill("[data-test=iterations]", "400");
  await page.click("[data-test=run]");
  await page.waitForSelector(".tammes-demo[data-state=done], .tammes-demo[data-state=error]", { timeout: 240_000 });
  const state = await page.getAttribute(".tammes-demo", "data-state");
  const status = await page.textContent("[data-test=status]");
  expect(state, `Tammes on ${backend}: ${status}`).toBe("done");
  expect(await page.textContent("[data-test=step]")).toBe("400");
  return Number(await page.textContent("[data-test=min-angle]"));
}

beforeAll(async () => {
  site = await serveStatic(dist);
  browser = await chromium.launch({ executablePath: findChromium() ?? "/usr/bin/chromium", args: CHROMIUM_ARGS, headless: true });
  mkdirSync(artifacts, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe("docs site, built and served offline", () => {
  it("example (a): Tammes on the sphere runs on cpu and on tfjs webgl, and shows the minimal angle", async () => {
    const page = await open("/examples/tammes.html");
    // 24 points on the sphere: best known 43.69 degrees; 400 MMA iterations get close
    const cpu = await runTammes(page, "cpu");
    expect(cpu).toBeGreaterThan(38);
    expect(cpu).toBeLessThanOrEqual(43.6908 + 1e-3);
    const webgl = await runTammes(page, "tfjs-webgl");
    expect(webgl).toBeGreaterThan(38);
    expect(webgl).toBeLessThanOrEqual(43.6908 + 1e-3);
    // same recipe, same seed: the float32 GPU run lands near the float64 CPU run. 400 SGD
    // steps amplify rounding: a one-rounding change in the MMA gradient's arithmetic moves
    // the float32 result by up to 0.3 degrees on tfjs-cpu (seeds 1-3), and float32 vs
    // float64 differ by up to 0.6 degrees on webgl, so "near" is 1 degree.
    expect(Math.abs(webgl - cpu)).toBeLessThan(1);
    await page.screenshot({ path: `${artifacts}/docs-tammes.png`, fullPage: false });
    await page.close();
  }, 600_000);

  it("example (a) also runs on gpu.js webgl2 and onnx wasm", async () => {
    const page = await open("/examples/tammes.html");
    for (const backend of ["gpujs-webgl2", "onnx-wasm"]) {
      const angle = await runTammes(page, backend);
      expect(angle, backend).toBeGreaterThan(38);
    }
    await page.close();
  }, 600_000);

  it("example (b): Fig. 1 trains both models in the page; MMA has fewer correlated pairs and a wider minimal angle", async () => {
    const page = await open("/examples/fig1.html");
    await page.click("[data-test=run]");
    await page.waitForSelector(".fig1-demo[data-state=done], .fig1-demo[data-state=error]", { timeout: 300_000 });
    expect(await page.getAttribute(".fig1-demo", "data-state")).toBe("done");
    const base = Number(await page.textContent("[data-test=above-0]"));
    const mma = Number(await page.textContent("[data-test=above-1]"));
    expect(mma).toBeLessThan(base);
    await page.screenshot({ path: `${artifacts}/docs-fig1.png` });
    await page.close();
  }, 600_000);

  /** Tick only `ids` in the timing demo, small sizes only, 3 samples (a few seconds per backend). */
  async function pickTiming(page: Page, ids: string[]): Promise<void> {
    for (const box of await page.$$(".timing-demo .choices input[type=checkbox]")) if (await box.isChecked()) await box.uncheck();
    for (const id of ids) await page.check(`.timing-demo input[type=checkbox][value=${id}]`);
    await page.check("[data-test=sizes-small]");
    await page.fill("[data-test=samples]", "3");
  }

  it("example (c): the timing table fills in for cpu and tfjs wasm, with the timer step it measured", async () => {
    const page = await open("/examples/timing.html");
    expect(await page.textContent("[data-test=timer]")).toMatch(/steps of \d+(\.\d)? µs/);
    await pickTiming(page, ["cpu", "tfjs-wasm"]);
    await page.click(".timing-demo [data-test=run]");
    await page.waitForSelector(".timing-demo[data-state=done]", { timeout: 240_000 });
    expect(await page.$$eval("[data-test=error]", (p) => p.map((e) => e.textContent))).toEqual([]);
    const rows = await page.$$eval(".timing-demo tbody tr", (trs) => trs.map((tr) => ({ backend: tr.getAttribute("data-backend"), size: tr.getAttribute("data-size"), ratio: Number(tr.getAttribute("data-ratio")), text: tr.textContent ?? "" })));
    expect(rows.map((r) => `${r.backend} ${r.size}`)).toEqual(["cpu 64 x 576", "cpu 256 x 2304", "tfjs-wasm 64 x 576", "tfjs-wasm 256 x 2304"]);
    for (const r of rows) {
      // numbers, not timings: each row has positive finite times, whatever the machine's speed
      expect(r.ratio, r.text).toBeGreaterThan(0);
      expect(Number.isFinite(r.ratio), r.text).toBe(true);
      expect(r.text).toMatch(/\d ms.*\d ms.*\d ms/);
    }
    await page.close();
  }, 300_000);

  it("example (c) on @mmareg/wasm: its .wasm files load from the static site (one thread: no COOP/COEP here)", async () => {
    const page = await open("/examples/timing.html");
    await pickTiming(page, ["wasm"]);
    await page.uncheck("[data-test=sizes-large]");
    await page.click(".timing-demo [data-test=run]");
    await page.waitForSelector(".timing-demo[data-state=done]", { timeout: 120_000 });
    expect(await page.$$eval("[data-test=error]", (p) => p.map((e) => e.textContent))).toEqual([]);
    const rows = await page.$$eval(".timing-demo tbody tr", (trs) => trs.map((tr) => tr.textContent ?? ""));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/wasm.*64 x 576.*ms.*ms/);
    await page.close();
  }, 300_000);

  it("example (c), training overhead: a small tfjs webgl model trains with and without mmaRegularizer and the overhead is a percent", async () => {
    const page = await open("/examples/timing.html");
    await page.selectOption("[data-test=train-backend]", "tfjs-webgl");
    await page.fill("[data-test=train-input]", "32");
    await page.fill("[data-test=train-dense]", "16,4");
    await page.fill("[data-test=train-batch]", "8");
    await page.fill("[data-test=train-steps]", "3");
    await page.fill("[data-test=train-refresh]", "1,5");
    await page.click("[data-test=train-run]");
    await page.waitForSelector(".training-demo[data-state=done], .training-demo[data-state=error]", { timeout: 120_000 });
    expect(await page.getAttribute(".training-demo", "data-state"), (await page.textContent("[data-test=train-status]")) ?? "").toBe("done");
    const cells = await page.$$eval("[data-test=train-overhead]", (tds) => tds.map((td) => td.textContent ?? ""));
    expect(cells).toHaveLength(3); // baseline, k = 1, k = 5
    expect(cells[0]).toBe("");
    for (const c of cells.slice(1)) expect(c).toMatch(/^[+-]\d+\.\d%$/);
    await page.close();
  }, 300_000);

  it("the onnx backends say they download a 28 MB .wasm, and nothing is fetched until the reader runs one", async () => {
    const fetched: string[] = [];
    const watch = async (path: string): Promise<Page> => {
      const p = await browser.newPage();
      p.on("request", (r) => fetched.push(r.url()));
      await p.goto(`${site.url}${path}`, { waitUntil: "load" });
      return p;
    };
    const page = await watch("/examples/tammes.html");
    expect(await page.$$eval("[data-test=backend] option", (o) => o.map((x) => x.getAttribute("value")))).toContain("onnx-webgpu");
    await page.selectOption("[data-test=backend]", "onnx-wasm");
    expect(await page.textContent("[data-test=download-note]")).toMatch(/28 MB \.wasm/);
    const timing = await watch("/examples/timing.html");
    expect(await timing.textContent(".timing-demo .choices")).toMatch(/onnx.webgpu.*28 MB/s);
    expect(await timing.isChecked(".timing-demo input[value=onnx-wasm]")).toBe(false);
    await page.waitForTimeout(500);
    expect(fetched.filter((u) => u.includes("ort-wasm"))).toEqual([]);
    await page.close();
    await timing.close();
  }, 120_000);

  it("the loss pages render the gradient-norm plot and the API reference exists", async () => {
    const page = await open("/losses/mma.html");
    expect(await page.$$eval(".gn-plot path", (p) => p.length)).toBeGreaterThanOrEqual(2);
    const api = await open("/api/");
    expect(await api.textContent("main")).toMatch(/core/);
    await page.close();
    await api.close();
  }, 120_000);

  it("the results page shows the tables it includes: Table 1 and the five-seed training tables", async () => {
    const page = await open("/results.html");
    const text = (await page.textContent("main")) ?? "";
    expect(text).toContain("109.4712"); // Table 1's first row, from tammes.md
    expect(text).toMatch(/Table 7 analogue/); // examples/paper-experiments/README.md
    expect(await page.$$eval("main table", (t) => t.length)).toBeGreaterThanOrEqual(9);
    await page.close();
  }, 120_000);

  it("nothing was fetched from outside the local server", () => {
    expect(outside).toEqual([]);
  });

  it("no page logged a console error or threw while the examples ran", () => {
    expect(consoleErrors).toEqual([]);
  });
});
