import { MMARegError } from "./errors.js";
import { describeValue } from "./validate.js";
import type { Layout } from "./types.js";

/**
 * The weights of TensorFlow.js Layers models treated as rows of neurons, per `tf.layers`
 * class name and weight name, with their layout. Data only (no TensorFlow.js import), so
 * `@mmareg/tfjs` (live models) and the `mma inspect` reader (saved `model.json` files) use
 * the same table. Other layers (batch norm, embeddings, recurrent cells, transposed
 * convolutions) are left out: regularize those with a row matrix you build.
 *
 * @example
 * ```ts
 * LAYER_KERNELS.Conv2D.kernel; // "conv-hwio"
 * ```
 */
export const LAYER_KERNELS: Readonly<Record<string, Readonly<Record<string, Layout>>>> = {
  Dense: { kernel: "dense" },
  Conv1D: { kernel: "conv-hwio" },
  Conv2D: { kernel: "conv-hwio" },
  Conv3D: { kernel: "conv-hwio" },
  DepthwiseConv2D: { depthwise_kernel: "depthwise-hwcm" },
  SeparableConv2D: { depthwise_kernel: "depthwise-hwcm", pointwise_kernel: "conv-hwio" },
};

/** The row view of a weight tensor: `n` rows (neurons / filters) of length `d`. */
export interface RowsShape {
  n: number;
  d: number;
}

function product(xs: readonly number[]): number {
  let p = 1;
  for (const x of xs) p *= x;
  return p;
}

function checkShape(shape: readonly number[]): void {
  for (const [i, s] of shape.entries()) {
    if (!Number.isInteger(s) || s < 0) {
      throw new MMARegError("BAD_SHAPE", `dimension ${i} of shape [${shape.join(", ")}] is not a non-negative integer`);
    }
  }
}

/**
 * How many rows, and of what length, a weight of `shape` has under `layout`.
 *
 * @throws {@link MMARegError} `BAD_SHAPE` when the rank does not fit the layout
 *   (`rows` and `dense` need 2-D; conv layouts need at least 2-D; depthwise needs 4-D),
 *   `BAD_OPTION` for an unknown layout.
 * @example
 * ```ts
 * rowsShape([3, 3, 16, 32], "conv-hwio"); // { n: 32, d: 144 }
 * ```
 */
export function rowsShape(shape: readonly number[], layout: Layout = "rows"): RowsShape {
  checkShape(shape);
  const rank = shape.length;
  const need = (ok: boolean, what: string): void => {
    if (!ok) {
      throw new MMARegError(
        "BAD_SHAPE",
        `layout ${layout} needs ${what}, got shape [${shape.join(", ")}] (rank ${rank}); pick the layout that matches the weight (rows, dense, conv-hwio, conv-oihw, depthwise-hwcm)`,
      );
    }
  };
  switch (layout) {
    case "rows":
      need(rank === 2, "a 2-D [rows, cols] matrix");
      return { n: shape[0] as number, d: shape[1] as number };
    case "dense":
      need(rank === 2, "a 2-D [in, out] kernel");
      return { n: shape[1] as number, d: shape[0] as number };
    case "conv-hwio":
      need(rank >= 2, "a kernel of rank >= 2 with the filters on the last axis");
      return { n: shape[rank - 1] as number, d: product(shape.slice(0, -1)) };
    case "conv-oihw":
      need(rank >= 2, "a kernel of rank >= 2 with the filters on the first axis");
      return { n: shape[0] as number, d: product(shape.slice(1)) };
    case "depthwise-hwcm":
      need(rank === 4, "a 4-D [kh, kw, in, multiplier] depthwise kernel");
      return { n: (shape[2] as number) * (shape[3] as number), d: (shape[0] as number) * (shape[1] as number) };
    default:
      throw new MMARegError("BAD_OPTION", `unknown layout ${describeValue(layout)}: use rows, dense, conv-hwio, conv-oihw or depthwise-hwcm`);
  }
}

/** Whether a layout's flat data is already the row matrix, rows contiguous (`rows`, and PyTorch-style `conv-oihw`). */
export function isRowMajor(layout: Layout): boolean {
  return layout === "rows" || layout === "conv-oihw";
}

/**
 * The flat index in the original weight of element `(row, col)` of its row matrix.
 * Layouts that put neurons on the last axis store the row matrix transposed.
 */
export function flatIndexOf(shape: readonly number[], layout: Layout, row: number, col: number): number {
  const { n, d } = rowsShape(shape, layout);
  return isRowMajor(layout) ? row * d + col : col * n + row;
}

/**
 * Copy a weight into its `[n, d]` row matrix (row-major). Keeps `Float32Array` input as
 * `Float32Array`; anything else becomes `Float64Array`. With `copy` off, a `Float32Array`
 * or `Float64Array` whose layout is already row-major comes back as it is (no copy: the
 * caller promises not to write to it), which is what a 100,000-row layer needs.
 *
 * @example
 * ```ts
 * toRows([1, 2, 3, 4, 5, 6], [3, 2], "dense"); // rows [[1, 3, 5], [2, 4, 6]]
 * const big = new Float32Array(100000 * 512);
 * toRows(big, [100000, 512], "rows", false).data === big; // true
 * ```
 */
export function toRows(
  data: ArrayLike<number>,
  shape: readonly number[],
  layout: Layout = "rows",
  copy = true,
): { data: Float64Array | Float32Array } & RowsShape {
  const { n, d } = rowsShape(shape, layout);
  if (data.length !== n * d) {
    throw new MMARegError("BAD_SHAPE", `data has ${data.length} values but shape [${shape.join(", ")}] needs ${n * d}`);
  }
  if (!copy && isRowMajor(layout) && (data instanceof Float32Array || data instanceof Float64Array)) return { data, n, d };
  const out = data instanceof Float32Array ? new Float32Array(n * d) : new Float64Array(n * d);
  if (isRowMajor(layout)) {
    for (let i = 0; i < out.length; i++) out[i] = data[i] as number;
  } else {
    // input is [d, n] row-major (neurons on the last axis): transpose
    for (let k = 0; k < d; k++) for (let i = 0; i < n; i++) out[i * d + k] = data[k * n + i] as number;
  }
  return { data: out, n, d };
}

/** The inverse of {@link toRows}: put an `[n, d]` row matrix back in the weight's own order. */
export function fromRows<A extends Float64Array | Float32Array>(rows: A, shape: readonly number[], layout: Layout = "rows"): A {
  const { n, d } = rowsShape(shape, layout);
  if (isRowMajor(layout)) return rows.slice() as A;
  const out = (rows instanceof Float32Array ? new Float32Array(n * d) : new Float64Array(n * d)) as A;
  for (let i = 0; i < n; i++) for (let k = 0; k < d; k++) out[k * n + i] = rows[i * d + k] as number;
  return out;
}

/** The most axes a weight may have (NumPy's historical limit); deeper nesting is refused. */
export const MAX_RANK = 32;

/** A path such as `[0, 3, 1]` for an error message. */
function pathText(path: readonly number[]): string {
  return `[${path.join(", ")}]`;
}

/**
 * Flatten nested arrays (any depth up to {@link MAX_RANK}, rectangular) into row-major data
 * and a shape. Iterative, so hostile input (an array nested thousands deep) gets a short
 * typed error rather than a stack overflow.
 *
 * @throws {@link MMARegError} `BAD_SHAPE` for ragged arrays, an element that is not a
 *   number (booleans, strings and `null` are refused, never coerced), or nesting deeper
 *   than {@link MAX_RANK}; `NON_FINITE` is not checked here.
 * @example
 * ```ts
 * flattenNested([[1, 2], [3, 4], [5, 6]]); // { data: Float64Array [1, 2, 3, 4, 5, 6], shape: [3, 2] }
 * ```
 */
export function flattenNested(value: unknown): { data: Float64Array; shape: number[] } {
  const shape: number[] = [];
  let probe: unknown = value;
  while (Array.isArray(probe)) {
    if (shape.length === MAX_RANK) {
      throw new MMARegError(
        "BAD_SHAPE",
        `arrays nested more than ${MAX_RANK} deep: a weight has at most ${MAX_RANK} axes; pass nested arrays of numbers as deep as the weight's rank`,
      );
    }
    shape.push(probe.length);
    probe = probe[0];
  }
  const data = new Float64Array(product(shape));
  // Depth-first walk with an explicit stack of (array, next index) pairs: `path` holds the
  // index at each level, `arrays` the array being walked at that level.
  const arrays: unknown[][] = [];
  const path: number[] = [];
  let k = 0;
  const enter = (v: unknown, depth: number): void => {
    if (!Array.isArray(v) || v.length !== shape[depth]) {
      throw new MMARegError(
        "BAD_SHAPE",
        `ragged array at ${pathText(path)}: expected ${shape[depth]} entries like the first one, got ${Array.isArray(v) ? v.length : elementKind(v)}`,
      );
    }
    arrays.push(v);
    path.push(0);
  };
  const leaf = (v: unknown): void => {
    if (typeof v !== "number") {
      throw new MMARegError("BAD_SHAPE", `element at ${pathText(path)} is ${elementKind(v)}, expected a number`);
    }
    data[k++] = v;
  };
  if (shape.length === 0) {
    leaf(value);
    return { data, shape };
  }
  enter(value, 0);
  while (arrays.length > 0) {
    const depth = arrays.length - 1;
    const i = path[depth] as number;
    const arr = arrays[depth] as unknown[];
    if (i === arr.length) {
      arrays.pop();
      path.pop();
      if (path.length > 0) path[path.length - 1] = (path[path.length - 1] as number) + 1;
      continue;
    }
    const v = arr[i];
    if (depth + 1 === shape.length) {
      leaf(v);
      path[depth] = i + 1;
    } else {
      enter(v, depth + 1);
    }
  }
  return { data, shape };
}

/**
 * What a non-number element is, for error messages: `null`, `boolean (true)`, `string
 * ("1.5")` (cut to 20 characters), `undefined (a hole)`, or its `typeof`.
 */
export function elementKind(v: unknown): string {
  if (v === null) return "null";
  if (v === undefined) return "undefined (a hole or missing entry)";
  if (typeof v === "boolean") return `boolean (${String(v)})`;
  if (typeof v === "string") return `string (${JSON.stringify(v.length > 20 ? `${v.slice(0, 20)}...` : v)})`;
  if (Array.isArray(v)) return "an array";
  return typeof v;
}
