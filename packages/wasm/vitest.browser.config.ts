import { browserConfig } from "../../vitest.browser.shared.js";

// Shared WebAssembly memory needs a cross-origin isolated page: vitest's browser server
// sends the two headers a site must send (see docs/backends/wasm.md).
export default browserConfig("wasm", {
  server: {
    headers: {
      "Cross-Origin-Opener-Policy": "same-origin",
      "Cross-Origin-Embedder-Policy": "require-corp",
    },
  },
});
