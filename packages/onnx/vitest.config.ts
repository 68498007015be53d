import { packageConfig } from "../../vitest.shared.js";

// Tests compile ONNX Runtime sessions (the first one also starts the wasm runtime), which
// can take seconds on a busy CI machine: allow 30 s per test instead of vitest's 5 s.
export default packageConfig("onnx");
