import { polyAcos, polyAtan2 } from "@mmareg/core/internal";
import { defineHelper } from "./kernelRegistry.js";

/**
 * Core's arithmetic `acos` (`polyAcos`), as a kernel helper. GPU `acos` builtins are not
 * accurate (SwiftShader's `acos(0)` is off by 7e-5), so every mode uses this one and all
 * modes agree. Its text is generated from core's unminified source like every kernel's.
 */
export const POLY_ACOS = defineHelper("core.polyAcos", polyAcos);

/** Core's arithmetic `atan2` (`polyAtan2`), as a kernel helper (see {@link POLY_ACOS}). */
export const POLY_ATAN2 = defineHelper("core.polyAtan2", polyAtan2);
