/**
 * The three small networks of the suite, built with tf.layers from seeded initializers
 * (the same seed gives the same initial weights in every setting, so settings differ only
 * in their regularization):
 *
 * - `cnn`: a plain VGG-style CNN (the paper's VGG19-BN, Fig. 3 and Tables 2, 3):
 *   conv 3x3x16 → max-pool → conv 3x3x32 → max-pool → dense 64 → dense 10 (the classifier).
 * - `resnet`: a small residual CNN (the paper's ResNet20, Fig. 4): conv 3x3x16 → max-pool →
 *   residual block (two 3x3x16 "same" convs + identity, ReLU after the sum) → conv 3x3x32 →
 *   max-pool → residual block (two 3x3x32 convs + identity) → global average pool → dense 10.
 * - `embed`: an embedding network for ArcFace (Table 7): the `cnn` trunk → dense 64 (ReLU)
 *   → a linear embedding; the class weights of the ArcFace head live outside the model.
 */
import * as tf from "@tensorflow/tfjs";

/** Seeded He-normal initializer number `k` of a run with seed `seed`. */
const init = (seed, k) => tf.initializers.heNormal({ seed: 1000 * seed + k });

/** conv 3x3x16 → pool → conv 3x3x32 → pool → flatten → dense 64: the trunk of `cnn` and `embed`. */
function trunk(seed) {
  const conv = (filters, k, extra = {}) => tf.layers.conv2d({ filters, kernelSize: 3, activation: "relu", kernelInitializer: init(seed, k), ...extra });
  return [
    conv(16, 1, { inputShape: [28, 28, 1], name: "conv1" }),
    tf.layers.maxPooling2d({ poolSize: 2 }),
    conv(32, 2, { name: "conv2" }),
    tf.layers.maxPooling2d({ poolSize: 2 }),
    tf.layers.flatten(),
    tf.layers.dense({ units: 64, activation: "relu", name: "fc", kernelInitializer: init(seed, 3) }),
  ];
}

function cnn(seed) {
  return tf.sequential({ name: "cnn", layers: [...trunk(seed), tf.layers.dense({ units: 10, name: "classify", kernelInitializer: init(seed, 4) })] });
}

function resnet(seed) {
  let k = 0;
  const conv = (x, filters, name, padding, activation = "relu") =>
    tf.layers.conv2d({ filters, kernelSize: 3, padding, activation, name, kernelInitializer: init(seed, ++k) }).apply(x);
  const block = (x, filters, name) => {
    const y = conv(conv(x, filters, `${name}a`, "same"), filters, `${name}b`, "same", "linear");
    return tf.layers.activation({ activation: "relu" }).apply(tf.layers.add().apply([x, y]));
  };
  const input = tf.input({ shape: [28, 28, 1] });
  let x = tf.layers.maxPooling2d({ poolSize: 2 }).apply(conv(input, 16, "conv1", "valid")); // 13 x 13 x 16
  x = block(x, 16, "res1");
  x = tf.layers.maxPooling2d({ poolSize: 2 }).apply(conv(x, 32, "conv2", "valid")); // 5 x 5 x 32
  x = block(x, 32, "res2");
  x = tf.layers.globalAveragePooling2d({}).apply(x);
  const out = tf.layers.dense({ units: 10, name: "classify", kernelInitializer: init(seed, ++k) }).apply(x);
  return tf.model({ inputs: input, outputs: out, name: "resnet" });
}

function embed(seed, dims) {
  const embedding = tf.layers.dense({ units: dims, name: "embedding", kernelInitializer: tf.initializers.glorotNormal({ seed: 1000 * seed + 4 }) });
  return tf.sequential({ name: "embed", layers: [...trunk(seed), embedding] });
}

/** The wide MLP of the neighbour-refresh measurements (src/refresh.mjs): 784 → 1024 → 1024 → 10. */
function mlp(seed) {
  const dense = (units, k, name, activation = "relu") => tf.layers.dense({ units, activation, name, kernelInitializer: init(seed, k) });
  return tf.sequential({ name: "mlp", layers: [tf.layers.flatten({ inputShape: [28, 28, 1] }), dense(1024, 1, "fc1"), dense(1024, 2, "fc2"), dense(10, 3, "classify", "linear")] });
}

/** Build a network by name (`cnn`, `resnet`, `embed`, `mlp`), seeded. */
export function buildModel(name, seed, { embeddingDims = 8 } = {}) {
  if (name === "cnn") return cnn(seed);
  if (name === "mlp") return mlp(seed);
  if (name === "resnet") return resnet(seed);
  if (name === "embed") return embed(seed, embeddingDims);
  throw new Error(`unknown model ${JSON.stringify(name)}: use cnn, resnet or embed`);
}
