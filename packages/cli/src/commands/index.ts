import { benchCommand } from "./bench.js";
import { inspectCommand } from "./inspect.js";
import { lossCommand } from "./loss.js";
import type { Command } from "./types.js";

export type { Command, CommandIO } from "./types.js";

/** Every subcommand, in `mma --help` order. Each lives in its own file. */
export const COMMANDS: readonly Command[] = [lossCommand, inspectCommand, benchCommand];
