import type { serialization } from "@tensorflow/tfjs";
import type { TfNamespace } from "../tf.js";

const PATCHED = Symbol.for("@mmareg/tfjs/depthwise-config-fix");
const OUR_CLASSES = new Set(["MMARegularizer", "AngularRegularizer"]);

type ConfigDict = serialization.ConfigDict;
type FromConfig = (cls: unknown, config: ConfigDict) => unknown;
interface DepthwiseLike {
  depthwiseRegularizer?: { getClassName(): string } | null;
  depthwiseConstraint?: { getClassName(): string; getConfig(): ConfigDict } | null;
}

function isOurs(value: unknown): boolean {
  const name = (value as { className?: unknown } | null | undefined)?.className;
  return typeof name === "string" && OUR_CLASSES.has(name);
}

/**
 * Work around a tfjs-layers bug (present in 4.22): `DepthwiseConv2D.getConfig` writes
 * the depthwise *regularizer* into `depthwiseConstraint`, so a saved model with a
 * `depthwiseRegularizer` loads it back as a constraint too, which tfjs then applies to
 * the kernel (and fails, a regularizer returns a scalar). Scoped to this package's
 * classes so nothing else changes: saving writes the layer's real constraint when its
 * regularizer is one of ours, and loading drops a constraint that names one of our
 * classes (written by an unpatched tfjs; ours are never constraints). Idempotent.
 */
export function fixDepthwiseConfig(tf: TfNamespace): void {
  const map = tf.serialization.SerializationMap.getMap().classNameMap as Record<string, [unknown, unknown] | undefined>;
  const entry = map["DepthwiseConv2D"];
  if (!entry) return;
  const cls = entry[0] as { prototype: { getConfig(): ConfigDict }; [PATCHED]?: boolean };
  if (cls[PATCHED]) return;
  const getConfig = cls.prototype.getConfig;
  cls.prototype.getConfig = function (this: DepthwiseLike) {
    const config = getConfig.call(this);
    if (this.depthwiseRegularizer && OUR_CLASSES.has(this.depthwiseRegularizer.getClassName())) {
      const c = this.depthwiseConstraint;
      config["depthwiseConstraint"] = c ? { className: c.getClassName(), config: c.getConfig() } : null;
    }
    return config;
  };
  const fromConfig = entry[1] as FromConfig;
  const patchedFromConfig: FromConfig = (c, config) =>
    fromConfig(c, isOurs(config["depthwiseConstraint"]) ? { ...config, depthwiseConstraint: null } : config);
  map["DepthwiseConv2D"] = [cls, patchedFromConfig];
  cls[PATCHED] = true;
}
