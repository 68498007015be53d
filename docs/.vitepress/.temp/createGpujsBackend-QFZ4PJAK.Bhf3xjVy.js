var __defProp = Object.defineProperty;
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField = (obj, key, value) => __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);
import { M as MMARegError, d as defineBackend, e as createScopeTracker, p as polyAcos, f as polyAtan2$1 } from "./app.js";
import { GPU } from "gpu.js";
import "vue/server-renderer";
import "vue";
import "./plugin-vue_export-helper.1tPrXgE0.js";
var __defProp2 = Object.defineProperty;
var __export = (target, all2) => {
  for (var name in all2)
    __defProp2(target, name, { get: all2[name], enumerable: true });
};
var KERNEL_SOURCES = {
  "addDiagonal": `function(a, value) {
    const i = this.thread.y;
    const j = this.thread.x;
    return i === j ? a[i][j] + value : a[i][j];
}`,
  "binary.number.matrix": `function(a, s) {
    return binaryOp(a[this.thread.y][this.thread.x], s);
}`,
  "binary.number.vector": `function(a, s) {
    return binaryOp(a[this.thread.x], s);
}`,
  "binary.op.add": `function(x, y) {
    return x + y;
}`,
  "binary.op.div": `function(x, y) {
    return x / y;
}`,
  "binary.op.eq": `function(x, y) {
    return x === y ? 1 : 0;
}`,
  "binary.op.ge": `function(x, y) {
    return x >= y ? 1 : 0;
}`,
  "binary.op.gt": `function(x, y) {
    return x > y ? 1 : 0;
}`,
  "binary.op.le": `function(x, y) {
    return x <= y ? 1 : 0;
}`,
  "binary.op.lt": `function(x, y) {
    return x < y ? 1 : 0;
}`,
  "binary.op.max": `function(x, y) {
    return Math.max(x, y);
}`,
  "binary.op.min": `function(x, y) {
    return Math.min(x, y);
}`,
  "binary.op.mul": `function(x, y) {
    return x * y;
}`,
  "binary.op.pow": `function(x, y) {
    return Math.pow(x, y);
}`,
  "binary.op.sub": `function(x, y) {
    return x - y;
}`,
  "binary.row.matrix": `function(a, b) {
    return binaryOp(a[this.thread.y][this.thread.x], b[this.thread.y]);
}`,
  "binary.same.matrix": `function(a, b) {
    return binaryOp(a[this.thread.y][this.thread.x], b[this.thread.y][this.thread.x]);
}`,
  "binary.same.vector": `function(a, b) {
    return binaryOp(a[this.thread.x], b[this.thread.x]);
}`,
  "binary.scalar.matrix": `function(a, b) {
    return binaryOp(a[this.thread.y][this.thread.x], b[0]);
}`,
  "binary.scalar.vector": `function(a, b) {
    return binaryOp(a[this.thread.x], b[0]);
}`,
  "core.polyAcos": `function(x) {
    const a = Math.abs(x);
    let z = a * a;
    let s = a;
    if (a > 0.5) {
        z = (1 - a) * 0.5;
        s = Math.sqrt(z);
    }
    const p = 0.16666666317129095 +
        z * (0.07500098734975315 + z * (0.04459803824076617 + z * (0.0311161027541083 + z * (0.01707807041351953 + z * 0.03380544541846393))));
    const asinS = s + s * z * p;
    if (a <= 0.5) {
        if (x < 0)
            return 1.5707963267948966 + asinS;
        return 1.5707963267948966 - asinS;
    }
    if (x < 0)
        return 3.141592653589793 - 2 * asinS;
    return 2 * asinS;
}`,
  "core.polyAtan2": `function(y, x) {
    const ax = Math.abs(x);
    const ay = Math.abs(y);
    const hi = Math.max(ax, ay);
    const lo = Math.min(ax, ay);
    let t = 0;
    if (hi > 0)
        t = lo / hi;
    let u = t;
    let base = 0;
    if (t > 0.41421356237309503) {
        u = (t - 1) / (t + 1);
        base = 0.7853981633974483;
    }
    const w = u * u;
    const q = -0.33333333281218136 +
        w * (0.19999977799628693 + w * (-0.14284175982174147 + w * (0.11071765598373014 + w * (-0.08627326793197383 + w * 0.050542883057250854))));
    let r = base + u + u * w * q;
    if (ay > ax)
        r = 1.5707963267948966 - r;
    if (x < 0)
        r = 3.141592653589793 - r;
    if (y < 0)
        r = -r;
    return r;
}`,
  "fillDiagonal": `function(a, value) {
    const i = this.thread.y;
    const j = this.thread.x;
    return i === j ? value : a[i][j];
}`,
  "gatherRows": `function(a, index) {
    return a[index[this.thread.y]][this.thread.x];
}`,
  "gram": `function(a) {
    const i = this.thread.y;
    const j = this.thread.x;
    let s = 0;
    for (let k = 0; k < this.constants.d; k++)
        s += a[i][k] * a[j][k];
    return s;
}`,
  "matmul": `function(a, b) {
    const i = this.thread.y;
    const j = this.thread.x;
    let s = 0;
    for (let p = 0; p < this.constants.k; p++)
        s += a[i][p] * b[p][j];
    return s;
}`,
  "nearestNeighbors.index": `function(u) {
    const i = this.thread.x;
    let best = 0;
    let arg = -1;
    for (let j = 0; j < this.constants.n; j++) {
        if (j !== i || this.constants.negate > 0) {
            let s = 0;
            for (let k = 0; k < this.constants.d; k++)
                s += u[i][k] * u[j][k];
            const v = j === i ? -s : s;
            if (arg < 0 || v > best) {
                best = v;
                arg = j;
            }
        }
    }
    return arg;
}`,
  "nearestNeighbors.value": `function(u, index) {
    const i = this.thread.x;
    const j = index[i];
    let hi = 0;
    let lo = 0;
    for (let k = 0; k < this.constants.d; k++) {
        const x = u[i][k];
        const y = u[j][k];
        const p = x * y;
        const cx = 4097 * x;
        const xh = cx - (cx - x);
        const xl = x - xh;
        const cy = 4097 * y;
        const yh = cy - (cy - y);
        const yl = y - yh;
        const s = hi + p;
        const bb = s - hi;
        lo += hi - (s - bb) + (p - bb) + (xh * yh - p + xh * yl + xl * yh + xl * yl);
        hi = s;
    }
    const v = hi + lo;
    return j === i ? -v : v;
}`,
  "normalizeRows.norms": `function(a) {
    const i = this.thread.x;
    let big = 0;
    for (let k = 0; k < this.constants.d; k++)
        big = Math.max(big, Math.abs(a[i][k]));
    const scale = big > 0 ? Math.pow(2, -Math.min(Math.max(Math.floor(Math.log2(big)), -126), 126)) : 1;
    let hi = 0;
    let lo = 0;
    for (let k = 0; k < this.constants.d; k++) {
        const t = a[i][k] * scale;
        const p = t * t;
        const c = 4097 * t;
        const th = c - (c - t);
        const tl = t - th;
        const s = hi + p;
        const bb = s - hi;
        lo += hi - (s - bb) + (p - bb) + (th * th - p + 2 * th * tl + tl * tl);
        hi = s;
    }
    const sum = hi + lo;
    const sumLo = lo - (sum - hi);
    const r = Math.fround(Math.sqrt(sum));
    const c2 = 4097 * r;
    const rh = c2 - (c2 - r);
    const rl = r - rh;
    const rr = r * r;
    const rlo = r > 0 ? (sum - rr - (rh * rh - rr + 2 * rh * rl + rl * rl) + sumLo) / (2 * r) : 0;
    return this.constants.part > 0 ? rlo / scale : r / scale;
}`,
  "normalizeRows.unit": `function(a, hi, lo, eps) {
    const i = this.thread.y;
    const x = a[i][this.thread.x];
    const clamp = this.constants.useEps > 0 && hi[i] < eps ? 1 : 0;
    const h = clamp > 0 ? eps : hi[i];
    const l = clamp > 0 ? 0 : lo[i];
    const q = x / h;
    const cq = 4097 * q;
    const qh = cq - (cq - q);
    const ql = q - qh;
    const ch = 4097 * h;
    const hh = ch - (ch - h);
    const hl = h - hh;
    const p = q * h;
    const rem = x - p - (qh * hh - p + qh * hl + ql * hh + ql * hl);
    return Math.abs(h) < 1e30 ? q + (rem - q * l) / h : q;
}`,
  "normalizeRowsGrad.dots.eps": `function(g, u, norms, eps) {
    const i = this.thread.x;
    let s = 0;
    for (let k = 0; k < this.constants.d; k++)
        s += g[i][k] * u[i][k];
    return norms[i] >= eps ? s : 0;
}`,
  "normalizeRowsGrad.dots.exact": `function(g, u) {
    const i = this.thread.x;
    let s = 0;
    for (let k = 0; k < this.constants.d; k++)
        s += g[i][k] * u[i][k];
    return s;
}`,
  "normalizeRowsGrad.grad.eps": `function(g, u, dots, norms, eps) {
    const i = this.thread.y;
    const k = this.thread.x;
    return (g[i][k] - dots[i] * u[i][k]) / Math.max(norms[i], eps);
}`,
  "normalizeRowsGrad.grad.exact": `function(g, u, dots, norms) {
    const i = this.thread.y;
    const k = this.thread.x;
    return (g[i][k] - dots[i] * u[i][k]) / norms[i];
}`,
  "pairAngles.grad": `function(u, index, stats, start, order) {
    const r = this.thread.y;
    const c = this.thread.x;
    const x = u[r][c];
    const y = u[index[r]][c];
    let g = (stats[r][1] * x - (x - y)) * stats[r][2];
    const first = start[r];
    const count = start[r + 1] - first;
    for (let t = 0; t < this.constants.n; t++) {
        if (t >= count)
            break;
        const i = order[first + t];
        g += (u[i][c] - x + stats[i][1] * x) * stats[i][3];
    }
    return g;
}`,
  "pairAngles.stats": `function(u, index) {
    const i = this.thread.y;
    const q = this.thread.x;
    const j = index[i];
    let a2 = 0;
    let b2 = 0;
    for (let k = 0; k < this.constants.d; k++) {
        const x = u[i][k];
        const y = u[j][k];
        a2 += (x - y) * (x - y);
        b2 += (x + y) * (x + y);
    }
    const h = a2 / 2;
    let out = 0;
    if (q === 0) {
        out = 2 * polyAtan2(Math.sqrt(a2), Math.sqrt(b2));
    }
    else if (q === 1) {
        out = h;
    }
    else {
        let s = 0;
        for (let k = 0; k < this.constants.d; k++) {
            const x = u[i][k];
            const y = u[j][k];
            const t = q === 2 ? h * x - (x - y) : x - y + h * y;
            s += t * t;
        }
        out = s > 0 ? -1 / Math.sqrt(s) : 0;
    }
    return out;
}`,
  "pairAngles.theta": `function(stats) {
    return stats[this.thread.x][0];
}`,
  "pairEnergy.grad": `function(u, slope) {
    const i = this.thread.y;
    const c = this.thread.x;
    const x = u[i][c];
    let g = 0;
    for (let j = 0; j < this.constants.n; j++)
        g += slope[i][j] * (x - u[j][c]);
    return 4 * g;
}`,
  "pairEnergy.grad.half": `function(u, slope) {
    const i = this.thread.y;
    const c = this.thread.x;
    const x = u[i][c];
    let g = 0;
    for (let j = 0; j < this.constants.n; j++) {
        const y = u[j][c];
        g += slope[i][j] * (x - y) + slope[i][this.constants.n + j] * (x + y);
    }
    return 4 * g;
}`,
  "pairEnergy.rows": `function(u, s) {
    const i = this.thread.x;
    let e = 0;
    let c = 0;
    for (let j = 0; j < this.constants.n; j++) {
        if (j !== i) {
            let m2 = 0;
            let p2 = 0;
            for (let k = 0; k < this.constants.d; k++) {
                const x = u[i][k];
                const y = u[j][k];
                m2 += (x - y) * (x - y);
                p2 += (x + y) * (x + y);
            }
            let v = energyTerm(m2, s);
            if (this.constants.half > 0)
                v += energyTerm(p2, s);
            const t = e + v;
            if (Math.abs(e) >= Math.abs(v)) {
                c += e - t + v;
            }
            else {
                c += v - t + e;
            }
            e = t;
        }
    }
    return Math.abs(e) <= 3.4e38 ? e + c : e;
}`,
  "pairEnergy.slope.log": `function(x2, s) {
    return -0.5 / x2;
}`,
  "pairEnergy.slope.riesz": `function(x2, s) {
    return (-s / 2) * Math.pow(x2, -s / 2 - 1);
}`,
  "pairEnergy.slopes": `function(u, s) {
    const i = this.thread.y;
    const far = this.thread.x >= this.constants.n ? 1 : 0;
    const j = this.thread.x - far * this.constants.n;
    let x2 = 0;
    for (let k = 0; k < this.constants.d; k++) {
        const t = far > 0 ? u[i][k] + u[j][k] : u[i][k] - u[j][k];
        x2 += t * t;
    }
    return j === i ? 0 : energySlope(x2, s);
}`,
  "pairEnergy.term.log": `function(x2, s) {
    return -0.5 * Math.log(x2);
}`,
  "pairEnergy.term.riesz": `function(x2, s) {
    return Math.pow(x2, -s / 2);
}`,
  "rowDot": `function(a, b) {
    const i = this.thread.x;
    let s = 0;
    for (let k = 0; k < this.constants.d; k++)
        s += a[i][k] * b[i][k];
    return s;
}`,
  "rowMax.index.exclude": `function(c) {
    const i = this.thread.x;
    let best = 0;
    let arg = -1;
    for (let j = 0; j < this.constants.n; j++) {
        if (j !== i) {
            const v = c[i][j];
            if (arg < 0 || v > best) {
                best = v;
                arg = j;
            }
        }
    }
    return arg;
}`,
  "rowMax.index.negate": `function(c) {
    const i = this.thread.x;
    let best = 0;
    let arg = -1;
    for (let j = 0; j < this.constants.n; j++) {
        const v = j === i ? -c[i][j] : c[i][j];
        if (arg < 0 || v > best) {
            best = v;
            arg = j;
        }
    }
    return arg;
}`,
  "rowMax.value": `function(c, index) {
    const i = this.thread.x;
    const j = index[i];
    return j === i ? -c[i][j] : c[i][j];
}`,
  "rowSum": `function(a) {
    const i = this.thread.x;
    let s = 0;
    let c = 0;
    for (let k = 0; k < this.constants.d; k++) {
        const v = a[i][k];
        const t = s + v;
        if (Math.abs(s) >= Math.abs(v)) {
            c += s - t + v;
        }
        else {
            c += v - t + s;
        }
        s = t;
    }
    return Math.abs(s) <= 3.4e38 ? s + c : s;
}`,
  "scatterAddRows": `function(a, start, order) {
    const r = this.thread.y;
    const c = this.thread.x;
    const first = start[r];
    const count = start[r + 1] - first;
    let s = 0;
    for (let t = 0; t < this.constants.k; t++) {
        if (t >= count)
            break;
        s += a[order[first + t]][c];
    }
    return s;
}`,
  "selfMask": `function(index) {
    return index[this.thread.x] === this.thread.x ? 1 : 0;
}`,
  "sqDist": `function(a, b) {
    const i = this.thread.y;
    const j = this.thread.x;
    let s = 0;
    for (let k = 0; k < this.constants.d; k++) {
        const t = a[i][k] - b[j][k];
        s += t * t;
    }
    return s;
}`,
  "sum": `function(a) {
    let s = 0;
    let c = 0;
    for (let k = 0; k < this.constants.n; k++) {
        const v = a[k];
        const t = s + v;
        if (Math.abs(s) >= Math.abs(v)) {
            c += s - t + v;
        }
        else {
            c += v - t + s;
        }
        s = t;
    }
    return Math.abs(s) <= 3.4e38 ? s + c : s;
}`,
  "unary.matrix": `function(a) {
    return unaryOp(a[this.thread.y][this.thread.x]);
}`,
  "unary.op.abs": `function(x) {
    return Math.abs(x);
}`,
  "unary.op.exp": `function(x) {
    return Math.exp(x);
}`,
  "unary.op.log": `function(x) {
    return Math.log(x);
}`,
  "unary.op.neg": `function(x) {
    return -x;
}`,
  "unary.op.reciprocal": `function(x) {
    return 1 / x;
}`,
  "unary.op.sqrt": `function(x) {
    return Math.sqrt(x);
}`,
  "unary.op.square": `function(x) {
    return x * x;
}`,
  "unary.vector": `function(a) {
    return unaryOp(a[this.thread.x]);
}`,
  "upload.matrix": `function(a) {
    return a[this.thread.y][this.thread.x];
}`,
  "upload.vector": `function(a) {
    return a[this.thread.x];
}`
};
function defineKernel(id, fn) {
  const k = { id, kind: "kernel", fn };
  return k;
}
function defineHelper(id, fn) {
  const k = { id, kind: "helper", fn };
  return k;
}
function kernelText(k) {
  const text = Object.prototype.hasOwnProperty.call(KERNEL_SOURCES, k.id) ? KERNEL_SOURCES[k.id] : void 0;
  if (text === void 0) {
    throw new MMARegError(
      "BACKEND",
      `gpu.js ${k.kind} ${JSON.stringify(k.id)} has no generated source: run "pnpm --filter @mmareg/gpujs generate:kernels" (the build runs it) and commit src/kernelSources.generated.ts`,
      { backend: "gpujs" }
    );
  }
  return text;
}
function isPromise(v) {
  return typeof v === "object" && v !== null && typeof v.then === "function";
}
function after(v, f) {
  return isPromise(v) ? v.then(f) : f(v);
}
function all(vs) {
  return vs.some(isPromise) ? Promise.all(vs) : vs;
}
function quiet(v) {
  if (isPromise(v)) v.catch(() => void 0);
  return v;
}
function hostLayout(flat, shape) {
  if (shape.length < 2) return flat;
  const [n, d] = shape;
  const rows = new Array(n);
  for (let i = 0; i < n; i++) rows[i] = flat.subarray(i * d, (i + 1) * d);
  return rows;
}
function flatten(out, size) {
  const flat = new Float32Array(size);
  if (ArrayBuffer.isView(out)) {
    flat.set(out.subarray(0, size));
    return flat;
  }
  const rows = out;
  let o = 0;
  for (let i = 0; i < rows.length && o < size; i++) {
    const row = rows[i];
    if (ArrayBuffer.isView(row)) flat.set(row, o);
    else for (let k = 0; k < row.length; k++) flat[o + k] = row[k];
    o += row.length;
  }
  return flat;
}
var hostStorage = {
  kind: "host",
  kernelSettings: { pipeline: false, immutable: true },
  read: (v, size) => flatten(v, size),
  free: () => void 0
};
var deviceStorage = {
  kind: "device",
  kernelSettings: { pipeline: true, immutable: true },
  read: (v, size) => after(v.toArray(), (out) => flatten(out, size)),
  free: (v) => v.delete()
};
var GpujsTensor = class {
  constructor(value, shape) {
    __publicField(this, "shape");
    /** @internal The stored value, or a promise of it. */
    __publicField(this, "value");
    /** @internal Kernel runs issued (or pending) that read this tensor: disposal waits for them. */
    __publicField(this, "uses", []);
    /** @internal Set once the memory is released. */
    __publicField(this, "disposed", false);
    this.value = value;
    this.shape = shape;
  }
  /** Number of elements. */
  get size() {
    return this.shape.reduce((p, s) => p * s, 1);
  }
};
function dims2(x, op, backend) {
  if (x.shape.length !== 2) {
    throw new MMARegError("BAD_SHAPE", `${op} expects a 2-D tensor, got shape [${x.shape.join(", ")}]`, { backend });
  }
  return x.shape;
}
function dims1(x, op, backend) {
  if (x.shape.length !== 1) {
    throw new MMARegError("BAD_SHAPE", `${op} expects a 1-D tensor, got shape [${x.shape.join(", ")}]`, { backend });
  }
  return x.shape[0];
}
function outputOf(shape) {
  if (shape.length === 0) return [1];
  if (shape.length === 1) return [shape[0]];
  return [shape[1], shape[0]];
}
var upload1 = defineKernel("upload.vector", function upload12(a) {
  return a[this.thread.x];
});
var upload2 = defineKernel("upload.matrix", function upload22(a) {
  return a[this.thread.y][this.thread.x];
});
var GpujsContext = class {
  constructor(name, cache, storage) {
    __publicField(this, "name");
    __publicField(this, "cache");
    __publicField(this, "storage");
    __publicField(this, "closed", false);
    /** Core's scope bookkeeping (tfjs `tidy` semantics), freeing through {@link GpujsContext.free}. */
    __publicField(this, "tracker");
    this.name = name;
    this.cache = cache;
    this.storage = storage;
    this.tracker = createScopeTracker({
      isTensor: (x) => x instanceof GpujsTensor,
      free: (t) => this.free(t),
      name: () => this.name
    });
  }
  /** A typed error naming this backend. */
  error(code, message) {
    return new MMARegError(code, message, { backend: this.name });
  }
  /** Refuse further work: the backend was destroyed. */
  close() {
    this.closed = true;
  }
  checkOpen() {
    if (this.closed) throw this.error("BACKEND", "this backend was destroyed: create a new one with createGpujsBackend()");
  }
  /** Register a new tensor with the innermost scope. */
  track(t) {
    return this.tracker.track(t);
  }
  /** Upload row-major data as a tensor (on GPU modes through an upload kernel into a texture). */
  upload(flat, shape) {
    this.checkOpen();
    const host = hostLayout(flat, shape);
    if (this.storage.kind === "host") return this.track(new GpujsTensor(host, [...shape]));
    const spec = {
      name: "upload",
      shapes: [shape],
      output: outputOf(shape),
      source: shape.length === 2 ? upload2 : upload1
    };
    return this.run(spec, [host], shape);
  }
  /** The stored value of a live tensor, or a typed error for a disposed one. */
  valueOf(t) {
    if (t.disposed) throw this.error("BACKEND", "a tensor was used after it was disposed: keep it out of scope() or dispose() until you are done");
    return t.value;
  }
  /**
   * Run the kernel of `spec` (compiled on first use) on `args` and wrap its output as a
   * tensor of `shape`.
   */
  run(spec, args, shape) {
    this.checkOpen();
    const kernel = this.cache.get(spec);
    const values = args.map((a) => a instanceof GpujsTensor ? this.valueOf(a) : a);
    const out = after(all(values), (vs) => kernel(...vs));
    if (isPromise(out)) {
      const settled = out.then(
        () => void 0,
        () => void 0
      );
      for (const a of args) if (a instanceof GpujsTensor) a.uses.push(settled);
    }
    return this.track(new GpujsTensor(quiet(out), [...shape]));
  }
  /** Read a tensor back as flat row-major float32. */
  read(t) {
    return after(this.valueOf(t), (v) => this.storage.read(v, t.size));
  }
  /**
   * Release a tensor's memory. On asynchronous modes the release waits until the kernels
   * that read it have been issued.
   */
  free(t) {
    if (t.disposed) return;
    t.disposed = true;
    const v = t.value;
    if (this.storage.kind === "host") {
      t.value = new Float32Array(0);
      return;
    }
    if (!isPromise(v) && t.uses.length === 0) {
      this.storage.free(v);
      return;
    }
    void Promise.allSettled([v, ...t.uses]).then(([r]) => {
      if ((r == null ? void 0 : r.status) === "fulfilled") this.storage.free(r.value);
    });
  }
  /**
   * Run `fn` and free every tensor it created except those it returns (a tensor, or
   * tensors inside arrays and plain objects), like tfjs `tidy`. If `fn` throws, all of
   * them are freed.
   */
  scope(fn) {
    return this.tracker.scope(fn);
  }
};
function kernelMode(Kernel, requested) {
  const k = Kernel;
  if (!(k == null ? void 0 : k.mode)) return void 0;
  if (k.mode !== "gpu") return k.mode;
  if (requested === "webgl" || requested === "webgl2" || requested === "headlessgl") return requested;
  const name = k.name ?? "";
  if (/WebGL2/.test(name)) return "webgl2";
  if (/HeadlessGL/.test(name)) return "headlessgl";
  if (/WebGL/.test(name)) return "webgl";
  return "gl";
}
function floatHelper(name, helper, arity) {
  return { name, source: kernelText(helper), argumentTypes: Array.from({ length: arity }, () => "Number"), returnType: "Number" };
}
var KernelCache = class _KernelCache {
  /**
   * @param gpu - the gpu.js instance that compiles.
   * @param settings - kernel settings shared by every kernel (pipeline, precision, ...).
   * @param limit - most kernels held at once.
   */
  constructor(gpu, settings, limit) {
    __publicField(this, "gpu");
    __publicField(this, "settings");
    __publicField(this, "limit");
    __publicField(this, "entries", /* @__PURE__ */ new Map());
    __publicField(this, "compiles", 0);
    __publicField(this, "hits", 0);
    __publicField(this, "evictions", 0);
    /** The mode the GPU was asked for (names GL kernels in {@link KernelCache.stats}). */
    __publicField(this, "requested");
    this.gpu = gpu;
    this.settings = settings;
    this.limit = limit;
    this.requested = gpu.mode;
  }
  /** The cache key of a spec. */
  static key(spec) {
    const shapes = spec.shapes.map((s) => `[${s.join("x")}]`).join("");
    const constants = spec.constants ? JSON.stringify(spec.constants) : "";
    return `${spec.name}|${spec.variant ?? ""}|${shapes}|${spec.output.join("x")}|${constants}`;
  }
  /** The compiled kernel for `spec`, compiled now if it is not held. */
  get(spec) {
    const key = _KernelCache.key(spec);
    const hit = this.entries.get(key);
    if (hit) {
      this.hits++;
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.run;
    }
    const dims = [...spec.output, ...spec.shapes.flat()];
    const source = typeof spec.source === "object" ? kernelText(spec.source) : spec.source;
    const shortcut = this.gpu.createKernel(source, {
      ...this.settings,
      output: [...spec.output],
      constants: spec.constants ?? {},
      functions: spec.functions ? [...spec.functions] : [],
      // our loops are bounded by constants; this only caps gpu.js's guarded loops
      loopMaxIterations: Math.max(1e3, ...dims) + 1
    });
    const entry = {
      shortcut,
      kernels: new Set(shortcut.kernel ? [shortcut.kernel] : []),
      seen: void 0,
      run: (...args) => {
        const out = shortcut(...args);
        if (shortcut.kernel !== entry.seen) {
          entry.seen = shortcut.kernel;
          entry.kernels.add(shortcut.kernel);
          this.compiles++;
        }
        return out;
      }
    };
    this.entries.set(key, entry);
    while (this.entries.size > this.limit) {
      const [oldKey, old] = this.entries.entries().next().value;
      this.entries.delete(oldKey);
      this.release(old);
      this.evictions++;
    }
    return entry.run;
  }
  /** Counters: kernels held, compilations, hits, evictions, backends in use. */
  stats() {
    var _a;
    const modes = {};
    for (const e of this.entries.values()) {
      const mode = kernelMode((_a = e.shortcut.kernel) == null ? void 0 : _a.constructor, this.requested) ?? "unbuilt";
      modes[mode] = (modes[mode] ?? 0) + 1;
    }
    return { kernels: this.entries.size, compiles: this.compiles, hits: this.hits, evictions: this.evictions, modes };
  }
  /** Destroy every held kernel (its textures, buffers, wasm memories and programs). */
  destroy() {
    for (const e of this.entries.values()) this.release(e);
    this.entries.clear();
  }
  /**
   * Destroy an entry's kernel and drop every kernel object it used from `gpu.kernels`.
   * gpu.js 2.24.1's CPU (and dev) kernels do not remove themselves there on `destroy()`
   * (the GL, WebGPU and WebAssembly ones do), so without this a CPU-mode cache that
   * evicts a kernel per new shape keeps every compiled kernel alive: ~0.35 MB a call.
   */
  release(e) {
    e.shortcut.destroy();
    const list = this.gpu.kernels;
    if (!Array.isArray(list)) return;
    for (const k of e.kernels) {
      const i = list.indexOf(k);
      if (i >= 0) list.splice(i, 1);
    }
    e.kernels.clear();
  }
};
var ops_exports = {};
__export(ops_exports, {
  addDiagonal: () => addDiagonal,
  binary: () => binary,
  fillDiagonal: () => fillDiagonal,
  gatherRows: () => gatherRows,
  gram: () => gram,
  matmul: () => matmul,
  nearestNeighbors: () => nearestNeighbors,
  normalizeRows: () => normalizeRows,
  normalizeRowsGrad: () => normalizeRowsGrad,
  pairAngles: () => pairAngles,
  pairEnergy: () => pairEnergy,
  rowDot: () => rowDot,
  rowMax: () => rowMax,
  rowSum: () => rowSum,
  scatterAddRows: () => scatterAddRows,
  selfMask: () => selfMask,
  sqDist: () => sqDist,
  sum: () => sum,
  unary: () => unary
});
var addDiagonalEntry = defineKernel("addDiagonal", function addDiagonalEntry2(a, value) {
  const i = this.thread.y;
  const j = this.thread.x;
  return i === j ? a[i][j] + value : a[i][j];
});
function addDiagonal(ctx, a, value) {
  const [n, m] = dims2(a, "addDiagonal", ctx.name);
  return ctx.run({ name: "addDiagonal", shapes: [[n, m]], output: [m, n], source: addDiagonalEntry }, [a, value], [n, m]);
}
var POLY_ACOS = defineHelper("core.polyAcos", polyAcos);
var POLY_ATAN2 = defineHelper("core.polyAtan2", polyAtan2$1);
var BINARY = {
  add: defineHelper("binary.op.add", function(x, y) {
    return x + y;
  }),
  sub: defineHelper("binary.op.sub", function(x, y) {
    return x - y;
  }),
  mul: defineHelper("binary.op.mul", function(x, y) {
    return x * y;
  }),
  div: defineHelper("binary.op.div", function(x, y) {
    return x / y;
  }),
  pow: defineHelper("binary.op.pow", function(x, y) {
    return Math.pow(x, y);
  }),
  // as acos in unary.ts: core's arithmetic atan2, accurate on every GPU
  atan2: POLY_ATAN2,
  max: defineHelper("binary.op.max", function(x, y) {
    return Math.max(x, y);
  }),
  min: defineHelper("binary.op.min", function(x, y) {
    return Math.min(x, y);
  }),
  gt: defineHelper("binary.op.gt", function(x, y) {
    return x > y ? 1 : 0;
  }),
  ge: defineHelper("binary.op.ge", function(x, y) {
    return x >= y ? 1 : 0;
  }),
  lt: defineHelper("binary.op.lt", function(x, y) {
    return x < y ? 1 : 0;
  }),
  le: defineHelper("binary.op.le", function(x, y) {
    return x <= y ? 1 : 0;
  }),
  eq: defineHelper("binary.op.eq", function(x, y) {
    return x === y ? 1 : 0;
  })
};
var same1 = defineKernel("binary.same.vector", function same12(a, b) {
  return binaryOp(a[this.thread.x], b[this.thread.x]);
});
var same2 = defineKernel("binary.same.matrix", function same22(a, b) {
  return binaryOp(a[this.thread.y][this.thread.x], b[this.thread.y][this.thread.x]);
});
var row2 = defineKernel("binary.row.matrix", function row22(a, b) {
  return binaryOp(a[this.thread.y][this.thread.x], b[this.thread.y]);
});
var scalar1 = defineKernel("binary.scalar.vector", function scalar12(a, b) {
  return binaryOp(a[this.thread.x], b[0]);
});
var scalar2 = defineKernel("binary.scalar.matrix", function scalar22(a, b) {
  return binaryOp(a[this.thread.y][this.thread.x], b[0]);
});
var number1 = defineKernel("binary.number.vector", function number12(a, s) {
  return binaryOp(a[this.thread.x], s);
});
var number2 = defineKernel("binary.number.matrix", function number22(a, s) {
  return binaryOp(a[this.thread.y][this.thread.x], s);
});
var KERNELS = {
  same: [same1, same2],
  row: [same1, row2],
  // a vector `row` operand only broadcasts over a matrix
  scalar: [scalar1, scalar2],
  number: [number1, number2]
};
function binary(ctx, op, a, b) {
  const f = BINARY[op];
  if (!f) throw ctx.error("BAD_OPTION", `unknown binary op ${JSON.stringify(op)}: use one of ${Object.keys(BINARY).join(", ")}`);
  let mode;
  if (typeof b === "number") mode = "number";
  else if (!(b instanceof GpujsTensor)) throw ctx.error("BAD_OPTION", `binary ${op}: the second operand must be a tensor of this backend or a number`);
  else if (b.shape.length === 0 && a.shape.length > 0) mode = "scalar";
  else if (b.shape.join() === a.shape.join() || a.shape.length < 2 && b.shape.length < 2 && b.size === a.size) mode = "same";
  else if (a.shape.length === 2 && b.shape.length === 1 && b.shape[0] === a.shape[0]) mode = "row";
  else throw ctx.error("BAD_SHAPE", `binary ${op}: cannot broadcast [${b.shape.join(", ")}] to [${a.shape.join(", ")}]`);
  const source = a.shape.length === 2 ? KERNELS[mode][1] : KERNELS[mode][0];
  return ctx.run(
    {
      name: "binary",
      variant: `${op}:${mode}`,
      shapes: typeof b === "number" ? [a.shape] : [a.shape, b.shape],
      output: outputOf(a.shape),
      source,
      functions: [floatHelper("binaryOp", f, 2)]
    },
    [a, b],
    a.shape
  );
}
var fillDiagonalEntry = defineKernel("fillDiagonal", function fillDiagonalEntry2(a, value) {
  const i = this.thread.y;
  const j = this.thread.x;
  return i === j ? value : a[i][j];
});
function fillDiagonal(ctx, a, value) {
  const [n, m] = dims2(a, "fillDiagonal", ctx.name);
  return ctx.run({ name: "fillDiagonal", shapes: [[n, m]], output: [m, n], source: fillDiagonalEntry }, [a, value], [n, m]);
}
var gatherEntry = defineKernel("gatherRows", function gatherEntry2(a, index) {
  return a[index[this.thread.y]][this.thread.x];
});
function gatherRows(ctx, a, index) {
  const [m, d] = dims2(a, "gatherRows", ctx.name);
  const k = dims1(index, "gatherRows", ctx.name);
  return ctx.run({ name: "gatherRows", shapes: [[m, d], [k]], output: outputOf([k, d]), source: gatherEntry }, [a, index], [k, d]);
}
var gramEntry = defineKernel("gram", function gramEntry2(a) {
  const i = this.thread.y;
  const j = this.thread.x;
  let s = 0;
  for (let k = 0; k < this.constants.d; k++) s += a[i][k] * a[j][k];
  return s;
});
function gram(ctx, a) {
  const [n, d] = dims2(a, "gram", ctx.name);
  return ctx.run({ name: "gram", shapes: [[n, d]], output: [n, n], constants: { d }, source: gramEntry }, [a], [n, n]);
}
var matmulEntry = defineKernel("matmul", function matmulEntry2(a, b) {
  const i = this.thread.y;
  const j = this.thread.x;
  let s = 0;
  for (let p = 0; p < this.constants.k; p++) s += a[i][p] * b[p][j];
  return s;
});
function matmul(ctx, a, b) {
  const [n, k] = dims2(a, "matmul", ctx.name);
  const [k2, m] = dims2(b, "matmul", ctx.name);
  if (k !== k2) throw ctx.error("BAD_SHAPE", `matmul: inner sizes differ (${k} vs ${k2})`);
  return ctx.run({ name: "matmul", shapes: [[n, k], [k, m]], output: [m, n], constants: { k }, source: matmulEntry }, [a, b], [n, m]);
}
var nearestIndex = defineKernel("nearestNeighbors.index", function nearestIndex2(u) {
  const i = this.thread.x;
  let best = 0;
  let arg = -1;
  for (let j = 0; j < this.constants.n; j++) {
    if (j !== i || this.constants.negate > 0) {
      let s = 0;
      for (let k = 0; k < this.constants.d; k++) s += u[i][k] * u[j][k];
      const v = j === i ? -s : s;
      if (arg < 0 || v > best) {
        best = v;
        arg = j;
      }
    }
  }
  return arg;
});
var nearestValue = defineKernel("nearestNeighbors.value", function nearestValue2(u, index) {
  const i = this.thread.x;
  const j = index[i];
  let hi = 0;
  let lo = 0;
  for (let k = 0; k < this.constants.d; k++) {
    const x = u[i][k];
    const y = u[j][k];
    const p = x * y;
    const cx = 4097 * x;
    const xh = cx - (cx - x);
    const xl = x - xh;
    const cy = 4097 * y;
    const yh = cy - (cy - y);
    const yl = y - yh;
    const s = hi + p;
    const bb = s - hi;
    lo += hi - (s - bb) + (p - bb) + (xh * yh - p + xh * yl + xl * yh + xl * yl);
    hi = s;
  }
  const v = hi + lo;
  return j === i ? -v : v;
});
function nearestNeighbors(ctx, unit, rule) {
  const [n, d] = dims2(unit, "nearestNeighbors", ctx.name);
  if (rule === "exclude" && n === 1) {
    return { value: ctx.upload(new Float32Array([-Infinity]), [1]), index: ctx.upload(new Float32Array([0]), [1]) };
  }
  const negate = rule === "negate" ? 1 : 0;
  const index = ctx.run(
    { name: "nearestNeighbors.index", variant: rule, shapes: [[n, d]], output: [n], constants: { n, d, negate }, source: nearestIndex },
    [unit],
    [n]
  );
  const value = ctx.run({ name: "nearestNeighbors.value", shapes: [[n, d], [n]], output: [n], constants: { d }, source: nearestValue }, [unit, index], [n]);
  return { value, index };
}
var rowNormPart = defineKernel("normalizeRows.norms", function rowNormPart2(a) {
  const i = this.thread.x;
  let big = 0;
  for (let k = 0; k < this.constants.d; k++) big = Math.max(big, Math.abs(a[i][k]));
  const scale = big > 0 ? Math.pow(2, -Math.min(Math.max(Math.floor(Math.log2(big)), -126), 126)) : 1;
  let hi = 0;
  let lo = 0;
  for (let k = 0; k < this.constants.d; k++) {
    const t = a[i][k] * scale;
    const p = t * t;
    const c = 4097 * t;
    const th = c - (c - t);
    const tl = t - th;
    const s = hi + p;
    const bb = s - hi;
    lo += hi - (s - bb) + (p - bb) + (th * th - p + 2 * th * tl + tl * tl);
    hi = s;
  }
  const sum2 = hi + lo;
  const sumLo = lo - (sum2 - hi);
  const r = Math.fround(Math.sqrt(sum2));
  const c2 = 4097 * r;
  const rh = c2 - (c2 - r);
  const rl = r - rh;
  const rr = r * r;
  const rlo = r > 0 ? (sum2 - rr - (rh * rh - rr + 2 * rh * rl + rl * rl) + sumLo) / (2 * r) : 0;
  return this.constants.part > 0 ? rlo / scale : r / scale;
});
var unitRows = defineKernel("normalizeRows.unit", function unitRows2(a, hi, lo, eps) {
  const i = this.thread.y;
  const x = a[i][this.thread.x];
  const clamp = this.constants.useEps > 0 && hi[i] < eps ? 1 : 0;
  const h = clamp > 0 ? eps : hi[i];
  const l = clamp > 0 ? 0 : lo[i];
  const q = x / h;
  const cq = 4097 * q;
  const qh = cq - (cq - q);
  const ql = q - qh;
  const ch = 4097 * h;
  const hh = ch - (ch - h);
  const hl = h - hh;
  const p = q * h;
  const rem = x - p - (qh * hh - p + qh * hl + ql * hh + ql * hl);
  return Math.abs(h) < 1e30 ? q + (rem - q * l) / h : q;
});
function normalizeRows(ctx, a, eps) {
  const [n, d] = dims2(a, "normalizeRows", ctx.name);
  const normPart = (part) => ctx.run({ name: "normalizeRows.norms", variant: `part${part}`, shapes: [[n, d]], output: [n], constants: { d, part }, source: rowNormPart }, [a], [n]);
  const norms = normPart(0);
  const lo = normPart(1);
  const useEps = eps === null ? 0 : 1;
  const unit = ctx.run(
    { name: "normalizeRows.unit", variant: eps === null ? "exact" : "eps", shapes: [[n, d], [n], [n]], output: outputOf([n, d]), constants: { useEps }, source: unitRows },
    [a, norms, lo, eps ?? 0],
    [n, d]
  );
  ctx.free(lo);
  return { unit, norms };
}
var dotsEps = defineKernel("normalizeRowsGrad.dots.eps", function dotsEps2(g, u, norms, eps) {
  const i = this.thread.x;
  let s = 0;
  for (let k = 0; k < this.constants.d; k++) s += g[i][k] * u[i][k];
  return norms[i] >= eps ? s : 0;
});
var dotsExact = defineKernel("normalizeRowsGrad.dots.exact", function dotsExact2(g, u) {
  const i = this.thread.x;
  let s = 0;
  for (let k = 0; k < this.constants.d; k++) s += g[i][k] * u[i][k];
  return s;
});
var gradEps = defineKernel("normalizeRowsGrad.grad.eps", function gradEps2(g, u, dots, norms, eps) {
  const i = this.thread.y;
  const k = this.thread.x;
  return (g[i][k] - dots[i] * u[i][k]) / Math.max(norms[i], eps);
});
var gradExact = defineKernel("normalizeRowsGrad.grad.exact", function gradExact2(g, u, dots, norms) {
  const i = this.thread.y;
  const k = this.thread.x;
  return (g[i][k] - dots[i] * u[i][k]) / norms[i];
});
function normalizeRowsGrad(ctx, g, unit, norms, eps) {
  const [n, d] = dims2(g, "normalizeRowsGrad", ctx.name);
  const shapes = [[n, d], [n, d], [n]];
  if (eps === null) {
    const dots2 = ctx.run({ name: "normalizeRowsGrad.dots", variant: "exact", shapes, output: [n], constants: { d }, source: dotsExact }, [g, unit], [n]);
    const out2 = ctx.run(
      { name: "normalizeRowsGrad.grad", variant: "exact", shapes: [[n, d], [n, d], [n], [n]], output: outputOf([n, d]), source: gradExact },
      [g, unit, dots2, norms],
      [n, d]
    );
    ctx.free(dots2);
    return out2;
  }
  const dots = ctx.run({ name: "normalizeRowsGrad.dots", variant: "eps", shapes, output: [n], constants: { d }, source: dotsEps }, [g, unit, norms, eps], [n]);
  const out = ctx.run(
    { name: "normalizeRowsGrad.grad", variant: "eps", shapes: [[n, d], [n, d], [n], [n]], output: outputOf([n, d]), source: gradEps },
    [g, unit, dots, norms, eps],
    [n, d]
  );
  ctx.free(dots);
  return out;
}
function inverseIndex(index, rows, backend) {
  const k = index.length;
  const start = new Float32Array(rows + 1);
  const count = new Int32Array(rows + 1);
  for (let i = 0; i < k; i++) {
    const r = index[i];
    if (!Number.isInteger(r) || r < 0 || r >= rows) {
      throw new MMARegError("BAD_SHAPE", `index ${r} at position ${i} is not a row number in [0, ${rows})`, { backend });
    }
    count[r + 1] = count[r + 1] + 1;
  }
  for (let r = 0; r < rows; r++) count[r + 1] = count[r + 1] + count[r];
  start.set(count);
  const order = new Float32Array(k);
  const next = count.slice(0, rows);
  for (let i = 0; i < k; i++) {
    const r = index[i];
    order[next[r]] = i;
    next[r] = next[r] + 1;
  }
  return { start, order };
}
var pairStats = defineKernel("pairAngles.stats", function pairStats2(u, index) {
  const i = this.thread.y;
  const q = this.thread.x;
  const j = index[i];
  let a2 = 0;
  let b2 = 0;
  for (let k = 0; k < this.constants.d; k++) {
    const x = u[i][k];
    const y = u[j][k];
    a2 += (x - y) * (x - y);
    b2 += (x + y) * (x + y);
  }
  const h = a2 / 2;
  let out = 0;
  if (q === 0) {
    out = 2 * polyAtan2(Math.sqrt(a2), Math.sqrt(b2));
  } else if (q === 1) {
    out = h;
  } else {
    let s = 0;
    for (let k = 0; k < this.constants.d; k++) {
      const x = u[i][k];
      const y = u[j][k];
      const t = q === 2 ? h * x - (x - y) : x - y + h * y;
      s += t * t;
    }
    out = s > 0 ? -1 / Math.sqrt(s) : 0;
  }
  return out;
});
var thetaColumn = defineKernel("pairAngles.theta", function thetaColumn2(stats) {
  return stats[this.thread.x][0];
});
var pairGrad = defineKernel("pairAngles.grad", function pairGrad2(u, index, stats, start, order) {
  const r = this.thread.y;
  const c = this.thread.x;
  const x = u[r][c];
  const y = u[index[r]][c];
  let g = (stats[r][1] * x - (x - y)) * stats[r][2];
  const first = start[r];
  const count = start[r + 1] - first;
  for (let t = 0; t < this.constants.n; t++) {
    if (t >= count) break;
    const i = order[first + t];
    g += (u[i][c] - x + stats[i][1] * x) * stats[i][3];
  }
  return g;
});
function pairAngles(ctx, unit, index) {
  const [n, d] = dims2(unit, "pairAngles", ctx.name);
  if (dims1(index, "pairAngles", ctx.name) !== n) throw ctx.error("BAD_SHAPE", "pairAngles: index length differs from the row count");
  const inverse = after(ctx.read(index), (data) => inverseIndex(data, n, ctx.name));
  const stats = ctx.run(
    {
      name: "pairAngles.stats",
      shapes: [[n, d], [n]],
      output: [4, n],
      constants: { d },
      source: pairStats,
      // GPU atan builtins are not accurate: core's arithmetic atan2 (see unary.ts)
      functions: [floatHelper("polyAtan2", POLY_ATAN2, 2)]
    },
    [unit, index],
    [n, 4]
  );
  const theta = ctx.run({ name: "pairAngles.theta", shapes: [[n, 4]], output: [n], source: thetaColumn }, [stats], [n]);
  const grad = ctx.run(
    { name: "pairAngles.grad", shapes: [[n, d], [n], [n, 4], [n + 1], [n]], output: outputOf([n, d]), constants: { n }, source: pairGrad },
    [unit, index, stats, after(inverse, (v) => v.start), after(inverse, (v) => v.order)],
    [n, d]
  );
  ctx.free(stats);
  return { theta, grad };
}
var rowSumEntry = defineKernel("rowSum", function rowSumEntry2(a) {
  const i = this.thread.x;
  let s = 0;
  let c = 0;
  for (let k = 0; k < this.constants.d; k++) {
    const v = a[i][k];
    const t = s + v;
    if (Math.abs(s) >= Math.abs(v)) {
      c += s - t + v;
    } else {
      c += v - t + s;
    }
    s = t;
  }
  return Math.abs(s) <= 34e37 ? s + c : s;
});
function rowSum(ctx, a) {
  const [n, d] = dims2(a, "rowSum", ctx.name);
  return ctx.run({ name: "rowSum", shapes: [[n, d]], output: [n], constants: { d }, source: rowSumEntry }, [a], [n]);
}
var sumEntry = defineKernel("sum", function sumEntry2(a) {
  let s = 0;
  let c = 0;
  for (let k = 0; k < this.constants.n; k++) {
    const v = a[k];
    const t = s + v;
    if (Math.abs(s) >= Math.abs(v)) {
      c += s - t + v;
    } else {
      c += v - t + s;
    }
    s = t;
  }
  return Math.abs(s) <= 34e37 ? s + c : s;
});
function sum(ctx, a) {
  const rows = a.shape.length === 2 ? rowSum(ctx, a) : a;
  const n = rows.size;
  const out = ctx.run({ name: "sum", shapes: [[n]], output: [1], constants: { n }, source: sumEntry }, [rows], []);
  if (rows !== a) ctx.free(rows);
  return out;
}
var ENERGY = {
  riesz: [
    defineHelper("pairEnergy.term.riesz", function(x2, s) {
      return Math.pow(x2, -s / 2);
    }),
    defineHelper("pairEnergy.slope.riesz", function(x2, s) {
      return -s / 2 * Math.pow(x2, -s / 2 - 1);
    })
  ],
  log: [
    // `s` is unused here: every energy helper takes (x2, s)
    defineHelper("pairEnergy.term.log", function(x2, s) {
      return -0.5 * Math.log(x2);
    }),
    defineHelper("pairEnergy.slope.log", function(x2, s) {
      return -0.5 / x2;
    })
  ]
};
var energyRow = defineKernel("pairEnergy.rows", function energyRow2(u, s) {
  const i = this.thread.x;
  let e = 0;
  let c = 0;
  for (let j = 0; j < this.constants.n; j++) {
    if (j !== i) {
      let m2 = 0;
      let p2 = 0;
      for (let k = 0; k < this.constants.d; k++) {
        const x = u[i][k];
        const y = u[j][k];
        m2 += (x - y) * (x - y);
        p2 += (x + y) * (x + y);
      }
      let v = energyTerm(m2, s);
      if (this.constants.half > 0) v += energyTerm(p2, s);
      const t = e + v;
      if (Math.abs(e) >= Math.abs(v)) {
        c += e - t + v;
      } else {
        c += v - t + e;
      }
      e = t;
    }
  }
  return Math.abs(e) <= 34e37 ? e + c : e;
});
var slopes = defineKernel("pairEnergy.slopes", function slopes2(u, s) {
  const i = this.thread.y;
  const far = this.thread.x >= this.constants.n ? 1 : 0;
  const j = this.thread.x - far * this.constants.n;
  let x2 = 0;
  for (let k = 0; k < this.constants.d; k++) {
    const t = far > 0 ? u[i][k] + u[j][k] : u[i][k] - u[j][k];
    x2 += t * t;
  }
  return j === i ? 0 : energySlope(x2, s);
});
var energyGrad = defineKernel("pairEnergy.grad", function energyGrad2(u, slope) {
  const i = this.thread.y;
  const c = this.thread.x;
  const x = u[i][c];
  let g = 0;
  for (let j = 0; j < this.constants.n; j++) g += slope[i][j] * (x - u[j][c]);
  return 4 * g;
});
var energyGradHalf = defineKernel("pairEnergy.grad.half", function energyGradHalf2(u, slope) {
  const i = this.thread.y;
  const c = this.thread.x;
  const x = u[i][c];
  let g = 0;
  for (let j = 0; j < this.constants.n; j++) {
    const y = u[j][c];
    g += slope[i][j] * (x - y) + slope[i][this.constants.n + j] * (x + y);
  }
  return 4 * g;
});
function pairEnergy(ctx, unit, kernel) {
  const [n, d] = dims2(unit, "pairEnergy", ctx.name);
  const family = kernel.s > 0 ? "riesz" : "log";
  const half = kernel.halfSpace ? 1 : 0;
  const [term, slope] = ENERGY[family];
  const variant = `${family}${half ? ":half" : ""}`;
  const rows = ctx.run(
    {
      name: "pairEnergy.rows",
      variant,
      shapes: [[n, d]],
      output: [n],
      constants: { n, d, half },
      source: energyRow,
      functions: [floatHelper("energyTerm", term, 2)]
    },
    [unit, kernel.s],
    [n]
  );
  const width = half ? 2 * n : n;
  const table = ctx.run(
    { name: "pairEnergy.slopes", variant, shapes: [[n, d]], output: [width, n], constants: { n, d }, source: slopes, functions: [floatHelper("energySlope", slope, 2)] },
    [unit, kernel.s],
    [n, width]
  );
  const grad = ctx.run(
    { name: "pairEnergy.grad", variant, shapes: [[n, d], [n, width]], output: outputOf([n, d]), constants: { n }, source: half ? energyGradHalf : energyGrad },
    [unit, table],
    [n, d]
  );
  const energy = sum(ctx, rows);
  ctx.free(rows);
  ctx.free(table);
  return { energy, grad };
}
var rowDotEntry = defineKernel("rowDot", function rowDotEntry2(a, b) {
  const i = this.thread.x;
  let s = 0;
  for (let k = 0; k < this.constants.d; k++) s += a[i][k] * b[i][k];
  return s;
});
function rowDot(ctx, a, b) {
  const [n, d] = dims2(a, "rowDot", ctx.name);
  const [n2, d2] = dims2(b, "rowDot", ctx.name);
  if (n !== n2 || d !== d2) throw ctx.error("BAD_SHAPE", `rowDot: shapes differ ([${n}, ${d}] vs [${n2}, ${d2}])`);
  return ctx.run({ name: "rowDot", shapes: [[n, d], [n, d]], output: [n], constants: { d }, source: rowDotEntry }, [a, b], [n]);
}
var argmaxExclude = defineKernel("rowMax.index.exclude", function argmaxExclude2(c) {
  const i = this.thread.x;
  let best = 0;
  let arg = -1;
  for (let j = 0; j < this.constants.n; j++) {
    if (j !== i) {
      const v = c[i][j];
      if (arg < 0 || v > best) {
        best = v;
        arg = j;
      }
    }
  }
  return arg;
});
var argmaxNegate = defineKernel("rowMax.index.negate", function argmaxNegate2(c) {
  const i = this.thread.x;
  let best = 0;
  let arg = -1;
  for (let j = 0; j < this.constants.n; j++) {
    const v = j === i ? -c[i][j] : c[i][j];
    if (arg < 0 || v > best) {
      best = v;
      arg = j;
    }
  }
  return arg;
});
var pick = defineKernel("rowMax.value", function pick2(c, index) {
  const i = this.thread.x;
  const j = index[i];
  return j === i ? -c[i][j] : c[i][j];
});
function rowMax(ctx, c, rule) {
  const [n, m] = dims2(c, "rowMax", ctx.name);
  if (n !== m) throw ctx.error("BAD_SHAPE", `rowMax expects a square matrix, got [${n}, ${m}]`);
  if (rule === "exclude" && n === 1) {
    return { value: ctx.upload(new Float32Array([-Infinity]), [1]), index: ctx.upload(new Float32Array([0]), [1]) };
  }
  const index = ctx.run(
    { name: "rowMax.index", variant: rule, shapes: [[n, n]], output: [n], constants: { n }, source: rule === "exclude" ? argmaxExclude : argmaxNegate },
    [c],
    [n]
  );
  const value = ctx.run({ name: "rowMax.value", shapes: [[n, n], [n]], output: [n], source: pick }, [c, index], [n]);
  return { value, index };
}
var scatterEntry = defineKernel("scatterAddRows", function scatterEntry2(a, start, order) {
  const r = this.thread.y;
  const c = this.thread.x;
  const first = start[r];
  const count = start[r + 1] - first;
  let s = 0;
  for (let t = 0; t < this.constants.k; t++) {
    if (t >= count) break;
    s += a[order[first + t]][c];
  }
  return s;
});
function scatterAddRows(ctx, a, index, rows) {
  const [k, d] = dims2(a, "scatterAddRows", ctx.name);
  if (dims1(index, "scatterAddRows", ctx.name) !== k) throw ctx.error("BAD_SHAPE", "scatterAddRows: index length differs from the row count");
  const inverse = after(ctx.read(index), (data) => inverseIndex(data, rows, ctx.name));
  return ctx.run(
    { name: "scatterAddRows", shapes: [[k, d], [rows + 1], [k]], output: outputOf([rows, d]), constants: { k }, source: scatterEntry },
    [a, after(inverse, (v) => v.start), after(inverse, (v) => v.order)],
    [rows, d]
  );
}
var selfEntry = defineKernel("selfMask", function selfEntry2(index) {
  return index[this.thread.x] === this.thread.x ? 1 : 0;
});
function selfMask(ctx, index) {
  const n = dims1(index, "selfMask", ctx.name);
  return ctx.run({ name: "selfMask", shapes: [[n]], output: [n], source: selfEntry }, [index], [n]);
}
var sqDistEntry = defineKernel("sqDist", function sqDistEntry2(a, b) {
  const i = this.thread.y;
  const j = this.thread.x;
  let s = 0;
  for (let k = 0; k < this.constants.d; k++) {
    const t = a[i][k] - b[j][k];
    s += t * t;
  }
  return s;
});
function sqDist(ctx, a, b) {
  const [n, d] = dims2(a, "sqDist", ctx.name);
  const [m, d2] = dims2(b, "sqDist", ctx.name);
  if (d !== d2) throw ctx.error("BAD_SHAPE", `sqDist: row lengths differ (${d} vs ${d2})`);
  return ctx.run({ name: "sqDist", shapes: [[n, d], [m, d]], output: [m, n], constants: { d }, source: sqDistEntry }, [a, b], [n, m]);
}
var UNARY = {
  neg: defineHelper("unary.op.neg", function(x) {
    return -x;
  }),
  abs: defineHelper("unary.op.abs", function(x) {
    return Math.abs(x);
  }),
  sqrt: defineHelper("unary.op.sqrt", function(x) {
    return Math.sqrt(x);
  }),
  square: defineHelper("unary.op.square", function(x) {
    return x * x;
  }),
  reciprocal: defineHelper("unary.op.reciprocal", function(x) {
    return 1 / x;
  }),
  // GPU acos builtins are not accurate (SwiftShader's acos(0) is off by 7e-5): core's
  // arithmetic acos, in every mode so that all modes agree
  acos: POLY_ACOS,
  log: defineHelper("unary.op.log", function(x) {
    return Math.log(x);
  }),
  exp: defineHelper("unary.op.exp", function(x) {
    return Math.exp(x);
  })
};
var unary1 = defineKernel("unary.vector", function unary12(a) {
  return unaryOp(a[this.thread.x]);
});
var unary2 = defineKernel("unary.matrix", function unary22(a) {
  return unaryOp(a[this.thread.y][this.thread.x]);
});
function unary(ctx, op, a) {
  const f = UNARY[op];
  if (!f) throw ctx.error("BAD_OPTION", `unknown unary op ${JSON.stringify(op)}: use one of ${Object.keys(UNARY).join(", ")}`);
  return ctx.run(
    {
      name: "unary",
      variant: op,
      shapes: [a.shape],
      output: outputOf(a.shape),
      source: a.shape.length === 2 ? unary2 : unary1,
      functions: [floatHelper("unaryOp", f, 1)]
    },
    [a],
    a.shape
  );
}
var GPUJS_MODES = ["gpu", "webgl2", "webgl", "webgpu", "webasm", "cpu"];
function startGpu(options) {
  if (options.gpu) {
    if (options.mode !== void 0 || options.GPU !== void 0) {
      throw new MMARegError("BAD_OPTION", "pass either an existing gpu instance or mode/GPU, not both", { backend: "gpujs" });
    }
    return { gpu: options.gpu, owned: false };
  }
  const mode = options.mode ?? "gpu";
  if (!GPUJS_MODES.includes(mode)) {
    throw new MMARegError("BAD_OPTION", `unknown gpu.js mode ${JSON.stringify(mode)}: use one of ${GPUJS_MODES.join(", ")}`, { backend: "gpujs" });
  }
  const Ctor = options.GPU ?? GPU;
  try {
    return { gpu: new Ctor({ mode }), owned: true };
  } catch (e) {
    throw new MMARegError(
      "BACKEND",
      `gpu.js mode ${mode} is not available here (${e.message}): webgl, webgl2 and webgpu need a browser; use mode "webasm" or "cpu" in Node`,
      { backend: `gpujs-${mode}` }
    );
  }
}
function createGpujsBackend(options = {}) {
  if (options.dtype !== void 0 && options.dtype !== "float32") {
    throw new MMARegError("BAD_OPTION", `gpu.js computes in float32 only, got dtype ${JSON.stringify(options.dtype)}: leave dtype out`, {
      backend: "gpujs"
    });
  }
  if (options.maxKernels !== void 0 && !(options.maxKernels >= 1)) {
    throw new MMARegError("BAD_OPTION", `maxKernels must be at least 1, got ${String(options.maxKernels)}`, { backend: "gpujs" });
  }
  const { gpu, owned } = startGpu(options);
  const gpuMode = gpu.mode;
  const mode = kernelMode(gpu.Kernel, gpuMode);
  if (gpuMode === "dev" || !mode) {
    throw new MMARegError("BAD_OPTION", `gpu.js mode ${String(gpuMode)} has no compiling kernel: use cpu, webasm, webgl, webgl2 or webgpu`, {
      backend: "gpujs"
    });
  }
  const name = `gpujs-${mode}`;
  const host = mode === "cpu" || mode === "webasm";
  const storage = host ? hostStorage : deviceStorage;
  const limit = options.maxKernels ?? (host ? 256 : Infinity);
  const cache = new KernelCache(gpu, { ...storage.kernelSettings, precision: "single", tactic: "precision" }, limit);
  const ctx = new GpujsContext(name, cache, storage);
  const synchronous = gpuMode !== "async" && mode !== "webgpu";
  let destroyed;
  const backend = defineBackend({
    name,
    dtype: "float32",
    context: ctx,
    ops: ops_exports,
    tensor(data, shape, kind) {
      const size = data.length;
      if (size === 0) throw new MMARegError("EMPTY", `tensor: shape [${shape.join(", ")}] is empty`, { backend: name });
      if (kind === "index") {
        for (let i = 0; i < size; i++) {
          const r = data[i];
          if (!Number.isInteger(r) || r < 0 || r >= 2 ** 24) {
            throw new MMARegError("BAD_SHAPE", `tensor: index ${r} is not a row number float32 holds exactly (0 <= r < 2^24)`, { backend: name });
          }
        }
      }
      return ctx.upload(Float32Array.from(data), shape);
    },
    shape: (x) => x.shape,
    read: async (x) => ctx.read(x),
    ...synchronous ? {
      readSync(x) {
        const v = ctx.read(x);
        if (isPromise(v)) throw new MMARegError("BACKEND", "this tensor is still being computed: use read() (await it)", { backend: name });
        return v;
      }
    } : {},
    dispose: (x) => ctx.free(x),
    scope: (fn) => ctx.scope(fn),
    close() {
      destroyed ?? (destroyed = (async () => {
        ctx.close();
        cache.destroy();
        if (owned) await gpu.destroy();
      })());
      return destroyed;
    }
  });
  return Object.assign(backend, {
    mode,
    gpu,
    stats: () => cache.stats(),
    destroy: async () => {
      await backend.close();
    }
  });
}
export {
  GPUJS_MODES,
  createGpujsBackend
};
