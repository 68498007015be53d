import { benchCommand } from "./bench.js";
import { exportOnnxCommand } from "./exportOnnx.js";
import { inspectCommand } from "./inspect.js";
import { lossCommand } from "./loss.js";
import { plotCommand } from "./plot.js";
import { table1Command } from "./table1.js";
import { tammesCommand } from "./tammes.js";
import type { Command } from "./types.js";

export type { Command, CommandIO } from "./types.js";

/** Every subcommand, in `mma --help` order. Each lives in its own file. */
export const COMMANDS: readonly Command[] = [lossCommand, inspectCommand, benchCommand, exportOnnxCommand, tammesCommand, table1Command, plotCommand];
