import { browserConfig } from "../../vitest.browser.shared.js";

export default browserConfig("wasm");
