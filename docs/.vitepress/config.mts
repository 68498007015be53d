import { readFileSync } from "node:fs";
import { defineConfig, type DefaultTheme } from "vitepress";
import { API_PACKAGES } from "./apiPackages.mjs";
import { dropEmptyTableHeads } from "./markdownPlugins";

// the repository link in the nav: the packages' package.json `repository`
const repository = (JSON.parse(readFileSync(new URL("../../packages/core/package.json", import.meta.url), "utf8")) as { repository: { url: string } }).repository.url
  .replace(/^git\+/, "")
  .replace(/\.git$/, "");

// the API reference has its own sidebar: the overview and one page per package (typedoc's
// deeper pages link back to their package; see scripts/make-api.mjs)
const apiSidebar: DefaultTheme.SidebarItem[] = [
  { text: "API reference", items: [{ text: "Overview", link: "/api/" }, ...API_PACKAGES.map((p) => ({ text: p.name, link: `/api/${p.dir}/` }))] },
];

// the packages' version (they are released together), shown in the navbar
const VERSION: string = JSON.parse(readFileSync(new URL("../../packages/core/package.json", import.meta.url), "utf8")).version;

// The docs site: guides per stack, a page per loss and per backend, the paper's results
// next to ours, runnable examples (Vue components in .vitepress/components) and the API
// reference generated from the TSDoc by typedoc (scripts/api.mjs -> api/).
export default defineConfig({
  title: "mmareg",
  description: "MMA regularization (maximize the minimal angle) for JavaScript: losses, gradients, backends, Tammes solver",
  base: process.env.DOCS_BASE ?? "/",
  cleanUrls: false,
  lastUpdated: false,
  markdown: { math: true, config: (md) => md.use(dropEmptyTableHeads) },
  head: [["link", { rel: "icon", type: "image/svg+xml", href: `${process.env.DOCS_BASE ?? "/"}favicon.svg` }]],
  vite: {
    // onnxruntime-web loads its .wasm next to its own module: keep it out of the dev
    // pre-bundle (the production build emits the file as an asset)
    // the same for @mmareg/wasm's kernels (new URL("../wasm/...", import.meta.url))
    optimizeDeps: { exclude: ["onnxruntime-web", "@mmareg/wasm"] },
    build: { chunkSizeWarningLimit: 4096 },
  },
  srcExclude: ["README.md", "node_modules/**"],
  themeConfig: {
    nav: [
      { text: "Guide", link: "/guide/what-is-mma" },
      { text: "Losses", link: "/losses/mma" },
      { text: "Backends", link: "/backends/cpu" },
      { text: "Examples", link: "/examples/tammes" },
      { text: "Results", link: "/results" },
      { text: "API", link: "/api/" },
      { text: `v${VERSION}`, items: [{ text: "Changelog", link: "/changelog" }, { text: "Getting started", link: "/guide/getting-started" }] },
    ],
    socialLinks: [{ icon: "github", link: repository, ariaLabel: "source repository" }],
    sidebar: { "/api/": apiSidebar, "/": [
      {
        text: "Guide",
        items: [
          { text: "Getting started", link: "/guide/getting-started" },
          { text: "What is MMA?", link: "/guide/what-is-mma" },
          { text: "Plain arrays (cpu)", link: "/guide/arrays" },
          { text: "TensorFlow.js", link: "/guide/tfjs" },
          { text: "Neighbour refresh (every k steps)", link: "/guide/refresh" },
          { text: "gpu.js", link: "/guide/gpujs" },
          { text: "ONNX", link: "/guide/onnx" },
          { text: "WebAssembly on every core", link: "/guide/wasm" },
          { text: "Command line", link: "/guide/cli" },
          { text: "Scale: how the figures came down", link: "/guide/scale" },
          { text: "Serving the .wasm files", link: "/guide/serving-wasm" },
          { text: "Browser support", link: "/guide/browser-support" },
          { text: "Troubleshooting", link: "/guide/troubleshooting" },
          { text: "Changelog", link: "/changelog" },
        ],
      },
      {
        text: "Losses",
        items: [
          { text: "MMA", link: "/losses/mma" },
          { text: "Cosine", link: "/losses/cosine" },
          { text: "MHE", link: "/losses/mhe" },
          { text: "Orthogonal", link: "/losses/orthogonal" },
        ],
      },
      {
        text: "Backends",
        items: [
          { text: "cpu", link: "/backends/cpu" },
          { text: "tfjs", link: "/backends/tfjs" },
          { text: "gpu.js", link: "/backends/gpujs" },
          { text: "onnx", link: "/backends/onnx" },
          { text: "wasm", link: "/backends/wasm" },
          { text: "Adding a backend", link: "/backends/adding-a-backend" },
        ],
      },
      {
        text: "Runnable examples",
        items: [
          { text: "Tammes on the sphere", link: "/examples/tammes" },
          { text: "Fig. 1: filter similarity", link: "/examples/fig1" },
          { text: "Timing on your machine", link: "/examples/timing" },
        ],
      },
      { text: "Results", items: [{ text: "Paper vs ours", link: "/results" }, { text: "Tammes solver", link: "/tammes" }] },
      { text: "API reference", link: "/api/" },
    ] },
    search: { provider: "local" },
    footer: { message: "MIT licensed" },
  },
});
