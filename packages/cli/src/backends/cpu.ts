import type { BenchExtras } from "./types.js";

/** The pure-TypeScript reference backend: no bench baselines (it is everyone's baseline). */
export const cpuExtras: BenchExtras = {};
