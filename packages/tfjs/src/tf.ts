/**
 * The TensorFlow.js namespace this adapter runs on. By default it is the peer
 * `@tensorflow/tfjs` the user installed; every factory also takes a `tf` option so a
 * program that loads tfjs another way (`@tensorflow/tfjs-node`, a CDN bundle) can pass
 * its own namespace. This package never imports a backend (wasm, webgl, webgpu,
 * tfjs-node): the user's program does, and `tf` runs on whichever is active.
 *
 * @module
 */
import * as tfDefault from "@tensorflow/tfjs";
import type { Tensor } from "@tensorflow/tfjs";

/** A TensorFlow.js namespace: `@tensorflow/tfjs`, `@tensorflow/tfjs-node` or `-node-gpu`. */
export type TfNamespace = typeof tfDefault;

/** The tfjs tensor type the adapter's backend hands to core. */
export type TfTensor = Tensor;

/** The namespace to use: the one given, or the peer import of `@tensorflow/tfjs`. */
export function resolveTf(tf?: TfNamespace): TfNamespace {
  return tf ?? tfDefault;
}

/**
 * `tf.tidy` for results that are plain objects of tensors (tfjs's typings want an index
 * signature): frees every tensor `fn` creates except those it returns.
 */
export function tidy<R>(tf: TfNamespace, fn: () => R): R {
  return tf.tidy(fn as () => never) as R;
}
