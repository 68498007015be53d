/**
 * A small progress display for long CLI work, on stderr only: a bar with percent, elapsed
 * time and ETA when the total is known, a spinner with the elapsed seconds when it is not.
 * It redraws at most every `intervalMs` (10 times a second by default), keeps the line
 * shorter than the terminal, clears it at the end, and writes nothing at all when it is
 * disabled (stderr not a terminal, `--quiet`, `--no-progress`): piped output and `--json`
 * never see an escape code.
 */

/** Where a progress display writes: stderr, or a fake terminal in tests. */
export interface ProgressSink {
  write(text: string): void;
  /** Terminal width in characters, when known (the line is kept shorter). */
  columns?: number;
}

/** Options of {@link createProgressDisplay}. */
export interface ProgressOptions {
  /** Draw anything at all (false: every method is a no-op). */
  enabled: boolean;
  sink: ProgressSink;
  /** Milliseconds clock (default `performance.now`); tests pass a fake one. */
  now?: () => number;
  /** Least milliseconds between two redraws (default 100). */
  intervalMs?: number;
  /** Redraw a spinner on a timer while the event loop is free (default true; tests turn it off). */
  timer?: boolean;
}

/** A progress display (see {@link createProgressDisplay}). */
export interface ProgressDisplay {
  /** Whether it draws anything. */
  readonly enabled: boolean;
  /**
   * Start a new phase: a bar when `total` is given, a spinner otherwise; drawn at once.
   * Elapsed time and ETA count from `startedAt` (clock milliseconds; default now).
   */
  phase(label: string, total?: number, startedAt?: number): void;
  /**
   * Report `done` of the phase's total (or any activity, for a spinner), with an optional
   * note; throttled, unless `force` (for a step known to be slow, so its note is on screen
   * while it runs).
   */
  update(done?: number, note?: string, force?: boolean): void;
  /** Clear the line and stop the timer; the display can start a new phase afterwards. */
  end(): void;
}

/** A duration for a progress line: `8.2 s`, `3 min 05 s`, `1 h 02 min`. */
export function formatElapsed(ms: number): string {
  const s = Math.max(0, ms / 1000);
  if (s < 60) return `${s.toFixed(1)} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${String(Math.floor(s % 60)).padStart(2, "0")} s`;
  return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, "0")} min`;
}

const SPINNER = ["|", "/", "-", "\\"];
const BAR_WIDTH = 24;
const MIN_BAR = 10;
/** Carriage return and erase-to-end-of-line: how a line is redrawn and cleared. */
const CLEAR = "\r\x1b[K";

/**
 * Make a progress display. With `enabled: false` it is silent.
 *
 * @example
 * ```ts
 * const p = createProgressDisplay({ enabled: Boolean(process.stderr.isTTY), sink: process.stderr });
 * p.phase("layer 3/41 conv2d_7 [512, 4608]");
 * p.phase("SGD", 10000);
 * for (let i = 1; i <= 10000; i++) p.update(i, `loss ${loss.toFixed(4)}`);
 * p.end();
 * ```
 */
export function createProgressDisplay(options: ProgressOptions): ProgressDisplay {
  const { sink, enabled } = options;
  const now = options.now ?? (() => performance.now());
  const interval = options.intervalMs ?? 100;
  let label = "";
  let total: number | undefined;
  let done = 0;
  let note = "";
  let start = now();
  let lastDraw = -Infinity;
  let frame = 0;
  let drawn = false;
  let timer: ReturnType<typeof setInterval> | undefined;

  const line = (t: number): string => {
    const elapsed = t - start;
    const tail = note ? ` ${note}` : "";
    // a line that wraps cannot be redrawn with \r: keep it inside the terminal, first by
    // narrowing the bar (down to MIN_BAR), then by cutting the end
    const max = (sink.columns ?? 80) - 1;
    let text: string;
    if (total !== undefined && total > 0) {
      const f = Math.min(1, Math.max(0, done / total));
      const eta = done > 0 && done < total ? `, ETA ${formatElapsed((elapsed / done) * (total - done))}` : "";
      const rest = `] ${Math.floor(f * 100)}% ${formatElapsed(elapsed)}${eta}${tail}`;
      const width = Math.max(MIN_BAR, Math.min(BAR_WIDTH, max - label.length - 2 - rest.length));
      const filled = Math.round(f * width);
      text = `${label} [${"#".repeat(filled)}${".".repeat(width - filled)}${rest}`;
    } else {
      text = `${SPINNER[frame % SPINNER.length]} ${label} ${formatElapsed(elapsed)}${tail}`;
    }
    return text.length > max ? `${text.slice(0, Math.max(0, max - 3))}...` : text;
  };
  const draw = (force: boolean): void => {
    const t = now();
    if (!force && t - lastDraw < interval) return;
    lastDraw = t;
    sink.write(CLEAR + line(t));
    frame++;
    drawn = true;
  };
  const stopTimer = (): void => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
  };

  if (!enabled) return { enabled: false, phase() {}, update() {}, end() {} };
  return {
    enabled: true,
    phase(newLabel, newTotal, startedAt) {
      label = newLabel;
      total = newTotal;
      done = 0;
      note = "";
      start = startedAt ?? now();
      draw(true);
      if (options.timer !== false && timer === undefined) {
        timer = setInterval(() => draw(false), interval);
        timer.unref?.();
      }
    },
    update(newDone, newNote, force) {
      if (newDone !== undefined) done = newDone;
      if (newNote !== undefined) note = newNote;
      // the last step of a bar is always drawn, so it never stops short of 100%
      draw(force === true || (total !== undefined && done >= total));
    },
    end() {
      stopTimer();
      if (drawn) sink.write(CLEAR);
      drawn = false;
      lastDraw = -Infinity;
    },
  };
}

/** What a command needs to know to make its display: the io and its own flags. */
export interface ProgressIO {
  err(text: string): void;
  isTTY: boolean;
  errIsTTY?: boolean;
  errColumns?: number;
}

/**
 * The progress display of a command: drawn on stderr when stderr is a terminal (or, for an
 * io without `errIsTTY`, when `isTTY` is set) and neither `--quiet` nor `--no-progress`
 * was given; silent otherwise.
 *
 * @example
 * ```ts
 * const progress = commandProgress(io, values.quiet || values["no-progress"]);
 * ```
 */
export function commandProgress(io: ProgressIO, off: boolean | undefined, now?: () => number): ProgressDisplay {
  const tty = io.errIsTTY ?? io.isTTY;
  return createProgressDisplay({
    enabled: tty && !off,
    sink: { write: (t) => io.err(t), ...(io.errColumns ? { columns: io.errColumns } : {}) },
    ...(now ? { now, timer: false } : {}),
  });
}
