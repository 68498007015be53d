/** A subcommand of `mma`. Each lives in its own file in this folder. */
export interface Command {
  /** The word after `mma`. */
  name: string;
  /** One line for `mma --help`. */
  summary: string;
  /** The full text of `mma <name> --help`. */
  help: string;
  /** Run with the arguments after the subcommand; resolves to the exit code. */
  run(argv: string[], io: CommandIO): Promise<number>;
}

/** Where a command writes (injectable for tests). */
export interface CommandIO {
  out(text: string): void;
  err(text: string): void;
  /** Whether stdout is a terminal (progress bars). */
  isTTY: boolean;
  /**
   * Whether stderr is a terminal: progress displays are drawn only then (absent: `isTTY`
   * decides, as for an injected io in tests).
   */
  errIsTTY?: boolean;
  /** The terminal width of stderr, when it is one (progress lines stay shorter). */
  errColumns?: number;
  /** Sets a process-wide V8 flag (`mma loss --low-memory`; absent: `v8.setFlagsFromString`). Tests pass a spy. */
  setV8Flag?(flag: string): void;
}
