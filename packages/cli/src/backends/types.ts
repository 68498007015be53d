import type { Backend, BackendDescriptor, Dtype } from "@mmareg/core";

/** A benchmark baseline `mma bench` times next to MMA loss + gradient. */
export interface BenchBaseline {
  label: string;
  run(backend: Backend<unknown>, w: unknown): Promise<void>;
  /**
   * Why this baseline cannot run at `n x d` (printed as `skipped (<reason>)`), or
   * `undefined` when it can; for example an autodiff formula that needs several `n x n`
   * tensors, which would abort its runtime at large `n`.
   */
  skip?(n: number, d: number): string | undefined;
}

/** What `mma bench` adds to a backend of the registry: its baselines and their clean-up. */
export interface BenchExtras {
  /**
   * Extra timings `mma bench` prints next to MMA loss+grad, for example the autodiff
   * formula a user of this stack would write by hand. Each gets the input tensor.
   */
  baselines?: readonly BenchBaseline[];
  /**
   * Adapter options the command line passes when it starts the backend, read from the
   * environment (for example `MMA_ONNX_THREADS` as onnx-node's `numThreads`).
   */
  settings?(): Record<string, unknown>;
  /** Release what the baselines started (the backend itself is closed by its `close()`). */
  unload?(backend: Backend<unknown>): Promise<void> | void;
}

/** A backend the command line can run on: a registry descriptor with the CLI's view of it. */
export interface BackendEntry extends BenchExtras {
  /** The `--backend` value, for example `cpu` or `tfjs-wasm`. */
  name: string;
  /** One line for `--help`. */
  description: string;
  /** Precisions it supports; the first is the default. */
  dtypes: readonly Dtype[];
  /** The registry entry it comes from. */
  descriptor: BackendDescriptor;
  /** Start the backend (lazily importing its adapter). */
  load(dtype: Dtype): Promise<Backend<unknown>>;
  /** Release the baselines' resources, then close the backend. */
  unload(backend: Backend<unknown>): Promise<void>;
}
