import type { OrtSession } from "./ortTypes.js";

/**
 * A least-recently-used cache of ONNX Runtime sessions keyed by graph structure, so each
 * distinct graph (one per loss, options and shape) is compiled once. Evicted sessions are
 * released.
 */
export class SessionCache {
  private readonly entries = new Map<string, Promise<OrtSession>>();
  private created = 0;

  /** @param capacity - the most sessions kept alive. */
  constructor(private readonly capacity: number) {}

  /** The session for `key`, created with `make` on a miss. A failed creation is not cached. */
  get(key: string, make: () => Promise<OrtSession>): Promise<OrtSession> {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const made = make();
    this.created++;
    this.entries.set(key, made);
    made.catch(() => this.entries.delete(key));
    while (this.entries.size > this.capacity) {
      const [oldest, session] = this.entries.entries().next().value as [string, Promise<OrtSession>];
      this.entries.delete(oldest);
      void session.then((s) => s.release()).catch(() => {});
    }
    return made;
  }

  /** Sessions alive now. */
  get size(): number {
    return this.entries.size;
  }

  /** Sessions created so far (cache misses). */
  get misses(): number {
    return this.created;
  }

  /** Release every session. */
  async clear(): Promise<void> {
    const all = [...this.entries.values()];
    this.entries.clear();
    await Promise.all(all.map((p) => p.then((s) => s.release()).catch(() => {})));
  }
}
