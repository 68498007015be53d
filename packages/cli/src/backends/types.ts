import type { Backend, Dtype } from "@mmareg/core";

/** A backend the command line can run on. Adapters add one file each in this folder. */
export interface BackendEntry {
  /** The `--backend` value, for example `cpu` or `tfjs-wasm`. */
  name: string;
  /** One line for `--help`. */
  description: string;
  /** Precisions it supports; the first is the default. */
  dtypes: readonly Dtype[];
  /**
   * The optional packages `load` imports (peer dependencies of `@mmareg/cli` a user installs
   * for this backend); when one is missing, `--backend` names them in a one-line error.
   */
  packages?: readonly string[];
  /** Start the backend (lazily importing its adapter). */
  load(dtype: Dtype): Promise<Backend<unknown>>;
  /**
   * Extra timings `mma bench` prints next to MMA loss+grad, for example the autodiff
   * formula a user of this stack would write by hand. Each gets the input tensor.
   */
  baselines?: readonly { label: string; run(backend: Backend<unknown>, w: unknown): Promise<void> }[];
  /** Release what `load` started, if anything. */
  unload?(backend: Backend<unknown>): Promise<void> | void;
}
