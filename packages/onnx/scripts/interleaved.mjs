// Shared by the A/B scripts of this folder: time labelled async calls interleaved in one
// process (each call once per round, so load and clock changes hit every call alike).

/** The median of a list of numbers (the upper one of an even count). */
export const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/**
 * Run every `[label, fn]` `warmup` times, then rounds of one call each until `seconds` have
 * passed and at least `minRounds` rounds ran. Returns, per call, the wall times and the
 * process CPU times (user + system) in ms.
 */
export async function interleaved(fns, { seconds, warmup = 3, minRounds = 5 }) {
  const wall = fns.map(() => []);
  const cpu = fns.map(() => []);
  for (const [, f] of fns) for (let i = 0; i < warmup; i++) await f();
  const t0 = performance.now();
  while (performance.now() - t0 < seconds * 1000 || wall[0].length < minRounds) {
    for (const [i, [, f]] of fns.entries()) {
      const c = process.cpuUsage();
      const t = performance.now();
      await f();
      wall[i].push(performance.now() - t);
      const u = process.cpuUsage(c);
      cpu[i].push((u.user + u.system) / 1000);
    }
  }
  return { wall, cpu };
}
