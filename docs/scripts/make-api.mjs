#!/usr/bin/env node
// Generates the API reference (api/) from the packages' TSDoc with typedoc and
// typedoc-plugin-markdown, one section per package, each named by its npm name
// (@mmareg/core, ...), not by its source folder. The site's sidebar for /api/ lists the
// same packages (.vitepress/apiPackages.mjs); typedoc's own pages below a
// package (one per function, class, ...) link back to their package as "previous page"
// and have no "next page" (they are not in any sidebar, so VitePress would otherwise
// offer the guide's first page).
import { readFileSync } from "node:fs";
import { Application, Converter, ReflectionKind } from "typedoc";
import { MarkdownPageEvent } from "typedoc-plugin-markdown";
import { API_PACKAGES } from "../.vitepress/apiPackages.mjs";

const app = await Application.bootstrapWithPlugins({
  entryPoints: API_PACKAGES.map((p) => `../packages/${p.dir}/src/index.ts`),
  tsconfig: "./tsconfig.api.json",
  plugin: ["typedoc-plugin-markdown"],
  out: "api",
  readme: "none",
  entryFileName: "index",
  excludePrivate: true,
  excludeInternal: true,
  hideGenerator: true,
  disableSources: true,
  // the page's own title says what it is: no "API reference" breadcrumb above it
  hideBreadcrumbs: true,
  hidePageHeader: true,
  // "@mmareg/core" is written to api/core/, not api/@mmareg/core/
  excludeScopesInPaths: true,
  logLevel: "Warn",
  name: "API reference",
  // a broken {@link} in a package's TSDoc fails the docs build instead of a warning
  treatWarningsAsErrors: true,
});

/** A package's package.json. */
function manifestOf(pkg) {
  return JSON.parse(readFileSync(new URL(`../../packages/${pkg.dir}/package.json`, import.meta.url), "utf8"));
}

// typedoc names each entry point's module by its path ("core/src"): use the package name
const byDir = new Map(API_PACKAGES.map((p) => [`${p.dir}/src`, p]));
app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
  for (const module of context.project.getReflectionsByKind(ReflectionKind.Module)) {
    const pkg = byDir.get(module.name);
    if (!pkg) throw new Error(`make-api: unexpected module name "${module.name}" (add it to .vitepress/apiPackages.mjs)`);
    const manifest = manifestOf(pkg);
    if (manifest.name !== pkg.name) throw new Error(`make-api: packages/${pkg.dir} is ${manifest.name}, not ${pkg.name}`);
    module.name = pkg.name;
  }
});

// front matter: the index and the package pages navigate along the /api/ sidebar; deeper
// pages point back to their package
app.renderer.on(MarkdownPageEvent.END, (page) => {
  if (page.url === "index.md") {
    // the packages in the sidebar's order, each with what it is (its package.json description)
    const rows = API_PACKAGES.map((p) => `| [${p.name}](${p.dir}/index.md) | ${manifestOf(p).description.replaceAll("|", "\\|")} |`);
    const table = ["| package | what it is |", "| --- | --- |", ...rows].join("\n");
    page.contents = page.contents.replace(/^## Modules\n[\s\S]*$/m, `## Packages\n\n${table}\n`);
    return;
  }
  const parts = page.url.split("/");
  if (parts.length <= 2 && parts.at(-1) === "index.md") return; // a package's page: in the sidebar
  const pkg = API_PACKAGES.find((p) => p.dir === parts[0]);
  const prev = pkg ? `prev:\n  text: "${pkg.name}"\n  link: /api/${pkg.dir}/\n` : "prev: false\n";
  page.contents = `---\n${prev}next: false\n---\n\n${page.contents}`;
});

const project = await app.convert();
if (!project) {
  console.error("typedoc failed");
  process.exit(1);
}
await app.generateOutputs(project);
if (app.logger.hasErrors() || app.logger.hasWarnings()) {
  console.error("make-api: typedoc reported problems (above)");
  process.exit(1);
}
console.log("wrote api/ (typedoc)");
