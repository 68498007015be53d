/**
 * Values that are ready now on synchronous gpu.js modes (cpu, webasm, webgl, webgl2)
 * and promises on asynchronous ones (webgpu, or a `GPU` in `async` mode). The backend
 * contract's ops are synchronous, so a tensor holds either and ops chain through these
 * helpers: nothing waits on a synchronous mode, and nothing blocks on an asynchronous one.
 *
 * @module
 */

/** A value, or a promise of it. */
export type MaybePromise<T> = T | Promise<T>;

/** Whether `v` is a promise (or any thenable). */
export function isPromise<T>(v: MaybePromise<T>): v is Promise<T> {
  return typeof v === "object" && v !== null && typeof (v as { then?: unknown }).then === "function";
}

/** `f(v)`, now when `v` is ready, later when it is a promise. */
export function after<T, R>(v: MaybePromise<T>, f: (value: T) => MaybePromise<R>): MaybePromise<R> {
  return isPromise(v) ? v.then(f) : f(v);
}

/** All values, now when every one is ready, else a promise of them. */
export function all<T>(vs: readonly MaybePromise<T>[]): MaybePromise<T[]> {
  return vs.some(isPromise) ? Promise.all(vs) : (vs as T[]);
}

/**
 * A promise that never reports an unhandled rejection (the error still reaches whoever
 * awaits the original): used for values whose failure surfaces when they are read.
 */
export function quiet<T>(v: MaybePromise<T>): MaybePromise<T> {
  if (isPromise(v)) v.catch(() => undefined);
  return v;
}
