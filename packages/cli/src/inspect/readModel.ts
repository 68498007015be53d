import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { MMARegError } from "@mmareg/core";
import { MODEL_READERS } from "./registry.js";
import type { FileProbe, LayerWeight, ModelReader } from "./types.js";

/** A model file's weights and the reader that read them. */
export interface ModelWeights {
  /** The reader's format name. */
  format: string;
  /** Every weight-like tensor: read, or with `skipped` saying why not. */
  weights: LayerWeight[];
}

function looksLikeJson(head: Uint8Array): boolean {
  for (const b of head) {
    if (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0xef || b === 0xbb || b === 0xbf) continue;
    return b === 0x7b || b === 0x5b;
  }
  return false;
}

/**
 * What readers decide on: the first 64 bytes and, for JSON (`.json` or text starting with
 * `{` / `[`), the whole file parsed, so that a graph model, a layers model and a bare
 * manifest are told apart by their content whatever the order of their keys.
 *
 * @throws MMARegError `PARSE` when the file cannot be read or a `.json` does not parse.
 */
export function probeFile(file: string): FileProbe {
  const head = new Uint8Array(64);
  let got = 0;
  try {
    const fd = openSync(file, "r");
    try {
      got = readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    throw new MMARegError("PARSE", `cannot read ${file}: ${(e as Error).message}`);
  }
  const probe: FileProbe = { file, head: head.subarray(0, got) };
  if (file.toLowerCase().endsWith(".json") || looksLikeJson(probe.head)) {
    try {
      probe.json = JSON.parse(readFileSync(file, "utf8"));
    } catch (e) {
      if (file.toLowerCase().endsWith(".json")) throw new MMARegError("PARSE", `${file}: not valid JSON: ${(e as Error).message}`);
    }
  }
  return probe;
}

/** The reader that handles a probed file, or `undefined`. */
export function readerFor(probe: FileProbe): ModelReader | undefined {
  return MODEL_READERS.find((r) => r.matches(probe));
}

/**
 * Read a model file's weights with the reader its content calls for.
 *
 * @example
 * ```ts
 * const { format, weights } = await readModel("model.onnx");
 * for (const w of weights) console.log(w.name, w.shape, w.skipped ?? w.layout);
 * ```
 * @throws {@link MMARegError} `PARSE` when no reader handles the file or it is malformed.
 */
export async function readModel(file: string): Promise<ModelWeights> {
  const probe = probeFile(file);
  const reader = readerFor(probe);
  if (!reader) {
    const what = probe.json !== undefined ? "JSON that is not a tfjs model.json or weights manifest" : "not a model format mma inspect reads";
    throw new MMARegError("PARSE", `${file}: ${what} (it reads: ${MODEL_READERS.map((r) => r.format).join(", ")})`);
  }
  return { format: reader.format, weights: await reader.read(probe) };
}
