// Small ONNX models built in code for the tests (with onnx-proto, like any user would).
import { gaussianMatrix } from "@mmareg/core";
import { doubleTensor, floatTensor } from "../graph/tensorProtos.js";
import onnxProto from "onnx-proto";
import { DataType, IR_VERSION, OPSET, type NodeProto, type TensorProto } from "../proto.js";

const { onnx } = onnxProto;

export const ATTR_INT = 2;

/** A float tensor with seeded Gaussian values. */
export function randomInitializer(name: string, dims: number[], seed: number, raw = true): TensorProto {
  const size = dims.reduce((p, s) => p * s, 1);
  const values = gaussianMatrix(1, size, seed);
  return raw ? floatTensor(name, values, dims) : { name, dataType: DataType.FLOAT, dims, floatData: Array.from(Float32Array.from(values)) };
}

export { doubleTensor };

/** Serialize a model with the given nodes and initializers (input X, output Y). */
export function model(nodes: NodeProto[], initializers: TensorProto[], inputs = ["X"], outputs = ["Y"]): Uint8Array {
  const info = (name: string) => ({ name, type: { tensorType: { elemType: DataType.FLOAT } } });
  return onnx.ModelProto.encode(
    onnx.ModelProto.create({
      irVersion: IR_VERSION,
      opsetImport: [{ domain: "", version: OPSET }],
      producerName: "mmareg tests",
      graph: { name: "test", node: nodes, initializer: initializers, input: inputs.map(info), output: outputs.map(info) },
    }),
  ).finish();
}

/** The float32 values of a tensor built by {@link randomInitializer}. */
export function valuesOf(t: TensorProto): Float32Array {
  if (t.floatData && t.floatData.length > 0) return Float32Array.from(t.floatData);
  const raw = t.rawData as Uint8Array;
  return new Float32Array(raw.slice().buffer);
}
