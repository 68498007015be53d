import { parseArgs, type ParseArgsConfig } from "node:util";
import { CliError } from "./cliError.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** The parsed flags of a subcommand: strings for string flags, booleans for switches. */
export type ParsedFlags<O extends Options> = {
  [K in keyof O]?: O[K]["type"] extends "boolean" ? boolean : string;
} & { help?: boolean };

/** Parse a subcommand's argv strictly; unknown flags become a usage error. */
export function parse<O extends Options>(argv: string[], options: O): { values: ParsedFlags<O>; positionals: string[] } {
  try {
    const r = parseArgs({ args: argv, options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
    return { values: r.values as ParsedFlags<O>, positionals: r.positionals };
  } catch (e) {
    throw new CliError((e as Error).message.replace(/\. To specify a positional argument.*$/s, ""));
  }
}

/** A numeric flag, or a usage error naming the flag. */
export function numberFlag(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const v = Number(value);
  if (value.trim() === "" || !Number.isFinite(v)) throw new CliError(`--${flag} expects a number, got "${value}"`);
  return v;
}

/** A flag restricted to a set of choices, or a usage error listing them. */
export function choiceFlag<C extends string>(value: string | undefined, flag: string, choices: readonly C[], fallback: C): C {
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value)) throw new CliError(`--${flag} must be one of ${choices.join(", ")}, got "${value}"`);
  return value as C;
}
