import { browserConfig } from "../../vitest.shared.js";

export default browserConfig("tfjs");
