import { browserConfig } from "../../vitest.browser.shared.js";

// onnxruntime-web finds its .wasm next to its own module (import.meta.url): keep vite from
// pre-bundling it into .vite/deps, where that file is not.
export default browserConfig("onnx", { optimizeDeps: { exclude: ["onnxruntime-web"] } });
