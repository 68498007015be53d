import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS, findChromium } from "../../vitest.shared.js";
import { serveStatic } from "./staticServer.js";

// Every page of the BUILT site (run `vitepress build` first; `pnpm test` does), at a desktop
// and a phone width: it loads with no console error, no uncaught exception, no failed
// request and nothing fetched from outside the local server, and the page itself never
// scrolls sideways (wide tables and code scroll or wrap inside their own box). Each page is
// screenshot (full page) to tests/screenshots/<width>/ (gitignored) for a look by eye: by
// default the hand-written pages, the API index and a sample of the ~290 generated API
// pages (they share one layout; a full-page screenshot costs about a second each in
// software rendering); DOCS_SCREENSHOTS=all takes every page, DOCS_SCREENSHOTS=0 none. The
// checks run on every page either way.
//
// One browser, one tab, page after page (~300 pages), each loaded once and looked at in
// both widths.
const dist = fileURLToPath(new URL("../.vitepress/dist", import.meta.url));
const shots = fileURLToPath(new URL("./screenshots", import.meta.url));
const WIDTHS = [1280, 390] as const;
const screenshotMode = process.env.DOCS_SCREENSHOTS === "0" ? "none" : process.env.DOCS_SCREENSHOTS === "all" ? "all" : "sample";
const screenshots = screenshotMode !== "none";
/** Generated API pages screenshot in the default mode (the first few, in sorted order). */
const API_SAMPLE = 6;

/** Every page of the built site as its URL path (`/guide/tfjs.html`, `/` for the home page). */
function sitePages(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "assets" && entry.name !== "data" && entry.name !== "generated") walk(path);
      } else if (entry.name.endsWith(".html") && entry.name !== "404.html") {
        const rel = relative(root, path).split("\\").join("/");
        out.push(rel === "index.html" ? "/" : `/${rel.replace(/(^|\/)index\.html$/, "$1")}`);
      }
    }
  };
  walk(root);
  return out.sort();
}

let browser: Browser;
let site: Awaited<ReturnType<typeof serveStatic>>;
const pages = sitePages(dist);
const apiPages = pages.filter((p) => p.startsWith("/api/") && p !== "/api/");
const shotPages = new Set(screenshotMode === "none" ? [] : screenshotMode === "all" ? pages : pages.filter((p) => !apiPages.includes(p)).concat(apiPages.slice(0, API_SAMPLE)));

beforeAll(async () => {
  site = await serveStatic(dist);
  browser = await chromium.launch({ executablePath: findChromium() ?? "/usr/bin/chromium", args: CHROMIUM_ARGS, headless: true });
  if (screenshots) {
    rmSync(shots, { recursive: true, force: true });
    for (const w of WIDTHS) mkdirSync(join(shots, String(w)), { recursive: true });
  }
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe("every page of the built site", () => {
  it("finds the whole site (home, guide, losses, backends, examples, results, API)", () => {
    expect(pages).toContain("/");
    expect(pages).toContain("/results.html");
    expect(pages).toContain("/api/");
    expect(pages.filter((p) => p.startsWith("/api/")).length).toBeGreaterThan(100);
    expect(pages.length).toBeGreaterThan(150);
  });

  it(`loads each page once with no console error, no failed or outside request and no sideways scroll at ${WIDTHS.join(" and ")} px${screenshots ? `, screenshot at each width (${screenshotMode === "all" ? "every page" : "hand-written pages and a sample of the API pages"})` : ""}`, async () => {
    // one tab: each page is loaded at the first width, then the viewport is resized (the
    // layout follows, as when a phone rotates) instead of loading it again
    const context: BrowserContext = await browser.newContext({ viewport: { width: WIDTHS[0], height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    let current = "";
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`${current}: console error: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`${current}: uncaught: ${e.message}`));
    // ERR_ABORTED: VitePress prefetches the chunks of the pages a page links to, and the
    // next navigation cancels what is still in flight; a real miss shows as a 404 below
    page.on("requestfailed", (r) => {
      if (r.failure()?.errorText !== "net::ERR_ABORTED") problems.push(`${current}: request failed: ${r.url()} (${r.failure()?.errorText})`);
    });
    page.on("response", (r) => {
      if (r.status() >= 400) problems.push(`${current}: HTTP ${r.status()} for ${r.url()}`);
    });
    page.on("request", (r) => {
      const url = r.url();
      if (!url.startsWith(site.url) && !url.startsWith("data:") && !url.startsWith("blob:")) problems.push(`${current}: fetched from outside: ${url}`);
    });
    const t0 = performance.now();
    for (const path of pages) {
      current = path;
      await page.setViewportSize({ width: WIDTHS[0], height: 900 });
      await page.goto(`${site.url}${path}`, { waitUntil: "load" });
      for (const width of WIDTHS) {
        if (width !== WIDTHS[0]) {
          await page.setViewportSize({ width, height: 900 });
          await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        }
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 1) problems.push(`${path}: the page scrolls sideways by ${overflow} px at ${width} px`);
        if (shotPages.has(path)) {
          const name = path === "/" ? "index" : path.slice(1).replace(/\/$/, "/index").replace(/\.html$/, "").replaceAll("/", "__");
          await page.screenshot({ path: join(shots, String(width), `${name}.png`), fullPage: true });
        }
      }
    }
    console.log(`${pages.length} pages at ${WIDTHS.join(" and ")} px in ${((performance.now() - t0) / 1000).toFixed(1)} s${screenshots ? ` (${shotPages.size} screenshots per width in ${relative(process.cwd(), shots)}/)` : ""}`);
    await context.close();
    expect(problems).toEqual([]);
  }, 1_800_000);
});
