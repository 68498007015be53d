import { describe, expect, it } from "vitest";
import { createProgressDisplay, commandProgress, formatElapsed } from "../progress.js";
import { createProgress } from "../commands/tammes.js";

/** A fake terminal: what was written, and the line a terminal would show now. */
function fakeTTY(columns = 80) {
  const writes: string[] = [];
  return {
    writes,
    sink: { write: (t: string) => void writes.push(t), columns },
    /** The visible line: everything after the last carriage return + erase. */
    screen: () => writes.join("").split("\r\x1b[K").pop() ?? "",
  };
}

describe("progress display", () => {
  it("draws a bar with percent, elapsed time and ETA, throttled to one redraw per 100 ms", () => {
    let t = 0;
    const tty = fakeTTY();
    const p = createProgressDisplay({ enabled: true, sink: tty.sink, now: () => t, timer: false });
    p.phase("SGD", 200);
    expect(tty.writes).toEqual(["\r\x1b[KSGD [........................] 0% 0.0 s"]);
    t = 50;
    p.update(10);
    expect(tty.writes).toHaveLength(1); // 50 ms after the last draw: skipped
    t = 2000;
    p.update(50, "loss -0.12345");
    expect(tty.writes).toHaveLength(2);
    expect(tty.screen()).toBe("SGD [######..................] 25% 2.0 s, ETA 6.0 s loss -0.12345");
    // 100 updates inside 99 ms: not one redraw
    for (let i = 0; i < 100; i++) {
      t = 2000 + i * 0.99;
      p.update(51 + i);
    }
    expect(tty.writes).toHaveLength(2);
    t = 2100;
    p.update(160);
    expect(tty.writes).toHaveLength(3);
    expect(tty.screen()).toMatch(/^SGD \[#{19}\.{5}\] 80% 2\.1 s, ETA 0\.5 s loss -0\.12345$/);
    // the last step is always drawn, even inside the throttle window
    t = 2101;
    p.update(200);
    expect(tty.screen()).toBe("SGD [########################] 100% 2.1 s loss -0.12345");
    p.end();
    expect(tty.writes.at(-1)).toBe("\r\x1b[K");
    expect(tty.screen()).toBe("");
  });
  it("spins with the elapsed seconds when the total is unknown, and forces slow steps on screen", () => {
    let t = 0;
    const tty = fakeTTY();
    const p = createProgressDisplay({ enabled: true, sink: tty.sink, now: () => t, timer: false });
    p.phase("reading w.npy");
    expect(tty.screen()).toBe("| reading w.npy 0.0 s");
    t = 1500;
    p.update();
    expect(tty.screen()).toBe("/ reading w.npy 1.5 s");
    t = 1510;
    p.update(undefined, "layer 3/41 conv2d_7 [512, 4608]");
    expect(tty.screen()).toBe("/ reading w.npy 1.5 s"); // throttled
    p.update(undefined, "layer 4/41 big [100000, 512]", true);
    expect(tty.screen()).toBe("- reading w.npy 1.5 s layer 4/41 big [100000, 512]");
    t = 125_000;
    p.update();
    expect(tty.screen()).toBe("\\ reading w.npy 2 min 05 s layer 4/41 big [100000, 512]");
  });
  it("keeps the line inside the terminal (a wrapped line cannot be redrawn)", () => {
    const tty = fakeTTY(30);
    const p = createProgressDisplay({ enabled: true, sink: tty.sink, now: () => 0, timer: false });
    p.phase("a very long label that does not fit in thirty columns", 10);
    expect(tty.screen()).toHaveLength(29);
    expect(tty.screen().endsWith("...")).toBe(true);
  });
  it("writes nothing when disabled, when stderr is not a terminal, or with --quiet", () => {
    const tty = fakeTTY();
    const off = createProgressDisplay({ enabled: false, sink: tty.sink, timer: false });
    off.phase("x", 10);
    off.update(5, "y", true);
    off.end();
    expect(tty.writes).toEqual([]);
    let err = "";
    const io = (errIsTTY: boolean) => ({ err: (s: string) => void (err += s), isTTY: true, errIsTTY });
    for (const p of [commandProgress(io(false), false, () => 0), commandProgress(io(true), true, () => 0)]) {
      p.phase("x", 10);
      p.update(10);
      p.end();
    }
    expect(err).toBe("");
    const on = commandProgress(io(true), false, () => 0);
    on.phase("x", 10);
    expect(err).toContain("\r\x1b[Kx [");
  });
  it("a timer redraws a spinner while the event loop is free, and end() stops it", async () => {
    const tty = fakeTTY();
    const p = createProgressDisplay({ enabled: true, sink: tty.sink, intervalMs: 10 });
    p.phase("statistics");
    await new Promise((r) => setTimeout(r, 80));
    p.end();
    const n = tty.writes.length;
    expect(n).toBeGreaterThan(2);
    await new Promise((r) => setTimeout(r, 40));
    expect(tty.writes.length).toBe(n);
  });
  it("formats elapsed times", () => {
    expect([0, 8200, 59_949, 185_000, 3_725_000].map(formatElapsed)).toEqual(["0.0 s", "8.2 s", "59.9 s", "3 min 05 s", "1 h 02 min"]);
  });
  it("tammes draws through the same display on a terminal and is silent with --quiet", () => {
    let t = 0;
    let err = "";
    const io = { out: () => {}, err: (s: string) => void (err += s), isTTY: false, errIsTTY: true, errColumns: 200 };
    const progress = createProgress(io, "tammes", () => t);
    t = 2000;
    progress({ phase: "sgd", step: 10, total: 100, loss: -1, lr: 0.1 });
    expect(err).toMatch(/\r\x1b\[Ktammes SGD \[##\.+\] 10% 2\.0 s, ETA 18\.0 s 10\/100 loss -1\.00000 lr 0\.10$/);
    progress({ phase: "done", step: 1, total: 1 });
    expect(err.endsWith("\r\x1b[K")).toBe(true);
    err = "";
    const quiet = createProgress(io, "tammes", () => t, true);
    quiet({ phase: "sgd", step: 10, total: 100, loss: -1, lr: 0.1 });
    quiet({ phase: "done", step: 1, total: 1 });
    expect(err).toBe("");
  });
});

describe("progress of the commands on a terminal", () => {
  it("mma loss shows its phases on stderr, clears the line, and keeps stdout clean; --quiet and --no-progress silence it", async () => {
    const { encodeNpy } = await import("../io/npy.js");
    const { runMma, tempDir } = await import("./helpers.js");
    const { writeFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const dir = tempDir();
    const w = join(dir, "w.npy");
    writeFileSync(w, encodeNpy(Float64Array.from({ length: 30 }, (_, i) => Math.sin(i * 1.7) + (i % 3)), [6, 5]));
    const r = await runMma(["loss", w, "--grad-out", join(dir, "g.npy"), "--json"], true);
    expect(r.code).toBe(0);
    for (const phase of ["[1/4] reading", "[2/4] mma loss + gradient of [6, 5] on cpu", "[3/4] writing", "[4/4] angle statistics of 6 rows"]) expect(r.err).toContain(phase);
    expect(r.err.endsWith("\r\x1b[K")).toBe(true);
    expect(JSON.parse(r.out).grad).toBeNull(); // stdout is pure JSON
    for (const flag of ["--quiet", "--no-progress"]) {
      const q = await runMma(["loss", w, flag], true);
      expect(q.code).toBe(0);
      expect(q.err).toBe("");
    }
  });
  it("mma inspect names the layer it measures", async () => {
    const { encodeNpy } = await import("../io/npy.js");
    const { runMma, tempFile } = await import("./helpers.js");
    const file = tempFile("fc.npy", encodeNpy(Float64Array.from({ length: 40 }, (_, i) => Math.cos(i * 0.9)), [8, 5]));
    const r = await runMma(["inspect", file], true);
    expect(r.code).toBe(0);
    expect(r.err).toContain("layer 1/1 fc [8, 5]");
    expect(r.err.endsWith("\r\x1b[K")).toBe(true);
    expect(r.out).not.toMatch(/[\r\x1b]/);
    expect((await runMma(["inspect", file, "--quiet"], true)).err).toBe("");
  });
});
