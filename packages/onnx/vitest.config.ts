import { packageConfig } from "../../vitest.shared.js";

// ONNX Runtime session compiles take seconds on a busy CI machine: the shared 60 s timeout covers them.
export default packageConfig("onnx");
