import { MMARegError, type PairLossName } from "@mmareg/core";
import type { Scalar, Tensor, serialization } from "@tensorflow/tfjs";
import { angularLoss, sharedBackend } from "../angularLoss.js";
import { checkWeight } from "../model/checkWeight.js";
import { kernelRows, resolveLayout } from "../model/kernelRows.js";
import { resolveTf, type TfNamespace } from "../tf.js";
import { fixDepthwiseConfig } from "./depthwiseConfigFix.js";
import { PairCaches } from "./pairCaches.js";
import { hostPairsApply, pairLossOp } from "./pairLossOp.js";
import { resolveRegularizerOptions, type AngularRegularizerOptions, type ResolvedRegularizerOptions } from "./options.js";

/** The tf.layers `Regularizer` type (what `kernelRegularizer` accepts), derived from tfjs's own typings. */
export type TfRegularizer = Exclude<NonNullable<Parameters<TfNamespace["layers"]["dense"]>[0]["kernelRegularizer"]>, string>;

/** Marks our classes, so a second copy of this package recognizes them in the registry. */
export const REGULARIZER_BRAND = Symbol.for("@mmareg/tfjs/regularizer");

/** An angular regularizer instance: a tf.layers `Regularizer` with its resolved options. */
export type AngularRegularizer = TfRegularizer & {
  /** The options after defaults (what is serialized). */
  readonly options: Readonly<ResolvedRegularizerOptions>;
  /**
   * Free the cached nearest-neighbour pairs of `refreshEvery > 1` (one int32 tensor per
   * weight; the next step searches again). Call it when the model is disposed; it is a
   * no-op with `refreshEvery: 1`, which caches nothing.
   */
  dispose(): void;
};

/** A regularizer class as registered with `tf.serialization`. */
export type AngularRegularizerClass = (new (options: AngularRegularizerOptions) => AngularRegularizer) & {
  className: string;
  fromConfig<T extends serialization.Serializable>(cls: serialization.SerializableConstructor<T>, config: serialization.ConfigDict): T;
};

/** The two classes of one tf namespace. */
export interface RegularizerClasses {
  AngularRegularizer: AngularRegularizerClass;
  MMARegularizer: AngularRegularizerClass;
}

/**
 * tfjs does not export its `Regularizer` base class, but `model.fit` only accepts
 * instances of it (`instanceof`); it is the parent of the built-in `L1L2`.
 */
function regularizerBase(tf: TfNamespace): abstract new () => TfRegularizer {
  const base = Object.getPrototypeOf(tf.regularizers.l1l2({ l1: 0, l2: 0 }).constructor) as unknown;
  if (typeof base !== "function" || !(base.prototype instanceof tf.serialization.Serializable)) {
    throw new MMARegError("BACKEND", "this TensorFlow.js has no tf.layers Regularizer base class: use @tensorflow/tfjs >= 4.22 (with tfjs-layers)");
  }
  return base as abstract new () => TfRegularizer;
}

/** Serialized config back to options; tolerant of tfjs's camel/snake key conversion. */
function optionsFromConfig(config: serialization.ConfigDict): AngularRegularizerOptions {
  const c = config as Record<string, unknown>;
  const pick = (...keys: string[]) => keys.map((k) => c[k]).find((v) => v !== undefined && v !== null);
  const out: Record<string, unknown> = {};
  for (const [key, alias] of [["loss"], ["coefficient"], ["mode"], ["layout"], ["check"], ["refreshEvery", "refresh_every"], ["s"], ["halfSpace", "half_space"], ["batch"]] as const) {
    const v = pick(key, ...(alias ? [alias] : []));
    if (v !== undefined) out[key] = v;
  }
  return out as unknown as AngularRegularizerOptions;
}

function createClasses(tf: TfNamespace): RegularizerClasses {
  const Base = regularizerBase(tf);

  class AngularRegularizerImpl extends Base {
    static className = "AngularRegularizer";
    static readonly [REGULARIZER_BRAND] = true;
    readonly options: Readonly<ResolvedRegularizerOptions>;
    private calls = 0;
    private readonly checked = new Set<string>();
    /** `refreshEvery > 1`: the cached pairs, one cache per weight (by variable name). */
    private readonly pairs: PairCaches<string> | null;

    constructor(options: AngularRegularizerOptions) {
      super();
      this.options = Object.freeze(resolveRegularizerOptions(options));
      this.pairs = this.options.refreshEvery > 1 ? new PairCaches<string>(tf, this) : null;
    }

    dispose(): void {
      this.pairs?.dispose();
    }

    apply(x: Tensor): Scalar {
      const o = this.options;
      const name = (x as { name?: string }).name;
      const layout = resolveLayout(o.layout, x.shape, name);
      const key = `${name ?? ""}:${x.shape.join("x")}`;
      if (o.check === "always" || (o.check === "first" && !this.checked.has(key))) {
        checkWeight(x, layout, { loss: o.loss, mode: o.mode, backend: sharedBackend(tf).name, ...(name !== undefined ? { name } : {}) });
        this.checked.add(key);
      }
      const batch = o.batch ? { ...o.batch, seed: (o.batch.seed ?? 0) + this.calls } : undefined;
      this.calls++;
      const lossOptions = { loss: o.loss, mode: o.mode, ...(o.s !== undefined ? { s: o.s } : {}), ...(o.halfSpace !== undefined ? { halfSpace: o.halfSpace } : {}), ...(batch ? { batch } : {}) };
      // the weight's own cache (keyed by variable name; a new shape under the same name refreshes)
      const pairs = this.pairs?.get(name ?? "", o);
      // cached steps on a host-memory backend: one op on the kernel as stored (no transposes)
      if (pairs && hostPairsApply(tf, o.mode)) return tf.tidy(() => tf.mul(pairLossOp(tf, x, layout, pairs, o.loss as PairLossName), o.coefficient) as Scalar);
      return tf.tidy(() => tf.mul(angularLoss(kernelRows(tf, x, layout), { ...lossOptions, tf, ...(pairs ? { pairs } : {}) }), o.coefficient) as Scalar);
    }

    getConfig(): serialization.ConfigDict {
      // refreshEvery 1 (the default) is left out, so such a model saves exactly as before the option existed
      const { batch, refreshEvery, ...rest } = this.options;
      return { ...rest, ...(refreshEvery !== 1 ? { refreshEvery } : {}), ...(batch ? { batch: { ...batch } as serialization.ConfigDict } : {}) };
    }

    static fromConfig<T extends serialization.Serializable>(cls: serialization.SerializableConstructor<T>, config: serialization.ConfigDict): T {
      return new (cls as unknown as new (o: AngularRegularizerOptions) => T)(optionsFromConfig(config));
    }
  }

  class MMARegularizerImpl extends AngularRegularizerImpl {
    static override className = "MMARegularizer";
    constructor(options: AngularRegularizerOptions) {
      const loss = (options as { loss?: unknown } | undefined)?.loss;
      if (loss !== undefined && loss !== "mma") {
        throw new MMARegError("BAD_OPTION", `mmaRegularizer is the mma loss; for ${String(loss)} use angularRegularizer({ loss: ${JSON.stringify(loss)}, ... })`);
      }
      super({ ...options, loss: "mma" });
    }
  }

  return {
    AngularRegularizer: AngularRegularizerImpl as unknown as AngularRegularizerClass,
    MMARegularizer: MMARegularizerImpl as unknown as AngularRegularizerClass,
  };
}

const classes = new WeakMap<TfNamespace, RegularizerClasses>();

/**
 * The regularizer classes bound to a tf namespace (created once per namespace), and
 * registered with its `tf.serialization` so saved models load with their regularizers.
 * Registration is idempotent: a class already registered under the same name by this
 * package (another copy of it, or an earlier import) is left in place. Also applies
 * `fixDepthwiseConfig` (a tfjs-layers save bug with depthwise regularizers).
 *
 * @example
 * ```ts
 * const { MMARegularizer } = registerRegularizers(tf); // before tf.loadLayersModel in a fresh program
 * ```
 * @throws {@link MMARegError} `BACKEND` when the namespace has no tf.layers.
 */
export function registerRegularizers(tfArg?: TfNamespace): RegularizerClasses {
  const tf = resolveTf(tfArg);
  let c = classes.get(tf);
  if (!c) {
    c = createClasses(tf);
    classes.set(tf, c);
  }
  const map = tf.serialization.SerializationMap.getMap().classNameMap as Record<string, [unknown, unknown] | undefined>;
  for (const cls of [c.AngularRegularizer, c.MMARegularizer]) {
    const existing = map[cls.className]?.[0] as Record<symbol, unknown> | undefined;
    if (existing?.[REGULARIZER_BRAND] !== true) tf.serialization.registerClass(cls as never);
  }
  fixDepthwiseConfig(tf);
  return c;
}
