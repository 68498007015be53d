/**
 * The gpu.js backend a kernel class runs on: `cpu`, `webasm`, `webgpu`, `webgl`,
 * `webgl2` or `headlessgl`. gpu.js's own `Kernel.mode` says `gpu` for all three GL
 * kernels, so those are told apart by the mode the `GPU` was asked for, else by class
 * name (`gl` when a minifier renamed the class).
 *
 * @example
 * ```ts
 * kernelMode(new GPU({ mode: "webgl2" }).Kernel, "webgl2"); // "webgl2"
 * ```
 */
export function kernelMode(Kernel: unknown, requested?: string): string | undefined {
  const k = Kernel as { mode?: string; name?: string } | null | undefined;
  if (!k?.mode) return undefined;
  if (k.mode !== "gpu") return k.mode;
  if (requested === "webgl" || requested === "webgl2" || requested === "headlessgl") return requested;
  const name = k.name ?? "";
  if (/WebGL2/.test(name)) return "webgl2";
  if (/HeadlessGL/.test(name)) return "headlessgl";
  if (/WebGL/.test(name)) return "webgl";
  return "gl";
}
