/**
 * Slots of the control block (an `Int32Array` of 16 in the shared memory) through which
 * the main thread hands jobs to the workers.
 */
export const CTL = {
  /** Job generation: bumped (and notified) once per job. */
  GEN: 0,
  /** Next task number to claim (`Atomics.add`). */
  NEXT: 1,
  /** Number of tasks of the current job. */
  NTASKS: 2,
  /** Kernel number (index into {@link KERNELS}). */
  KERNEL: 3,
  /** Byte offset of the job's parameter block. */
  PARAMS: 4,
  /** Workers finished with the current job. */
  DONE: 5,
  /** 1 asks the workers to leave their loop. */
  QUIT: 6,
  /** 1 when a task threw in a worker. */
  ERROR: 7,
} as const;

/** The exported kernels, by number. */
export const KERNELS = ["gramTask", "nearestTask", "normalizeTask", "normalizeGradTask", "pairAnglesTask", "pairGradTask", "pairEnergyTask", "statsTask", "scaleTask", "pairDotsTask", "pairGradRawTask"] as const;

/** A kernel's name. */
export type KernelName = (typeof KERNELS)[number];

/**
 * The worker's whole program, as a string so that it needs no bundler support and no file
 * of its own: Node runs it with `new Worker(src, { eval: true })`, a browser from a Blob
 * URL. It receives the compiled module, the shared memory, the control block's offset and
 * its thread number; instantiates the kernels; says it is ready; then sleeps on the
 * generation counter, claims tasks until none are left, and reports done, forever.
 */
export const WORKER_SOURCE = `"use strict";
let nodePort = null;
const post = (m) => (nodePort ? nodePort.postMessage(m) : self.postMessage(m));
function start(msg) {
  const inst = new WebAssembly.Instance(msg.module, { env: { memory: msg.memory } });
  const fns = msg.kernels.map((k) => inst.exports[k]);
  const ctl = new Int32Array(msg.memory.buffer, msg.ctl, 16);
  const tid = msg.tid;
  let seen = Atomics.load(ctl, ${CTL.GEN});
  post({ ready: tid });
  for (;;) {
    Atomics.wait(ctl, ${CTL.GEN}, seen);
    const g = Atomics.load(ctl, ${CTL.GEN});
    if (g === seen) continue;
    seen = g;
    if (Atomics.load(ctl, ${CTL.QUIT}) !== 0) break;
    try {
      const fn = fns[ctl[${CTL.KERNEL}]];
      const p = ctl[${CTL.PARAMS}];
      const nt = ctl[${CTL.NTASKS}];
      for (;;) {
        const t = Atomics.add(ctl, ${CTL.NEXT}, 1);
        if (t >= nt) break;
        fn(p, t, tid);
      }
    } catch (e) {
      Atomics.store(ctl, ${CTL.ERROR}, 1);
    }
    Atomics.add(ctl, ${CTL.DONE}, 1);
    Atomics.notify(ctl, ${CTL.DONE});
  }
  if (nodePort) nodePort.close();
  else self.close();
}
// dynamic import works whether Node runs this string as CommonJS or as a module
if (typeof self === "undefined") import("node:worker_threads").then((wt) => { nodePort = wt.parentPort; nodePort.once("message", start); });
else self.onmessage = (e) => { self.onmessage = null; start(e.data); };
`;
