#!/usr/bin/env node
// Build the GPU device kit into <repo>/.devkit/ (see README.md here): a compressed Node 20
// binary, one tar.xz with the bundled bench program and the native pieces it loads (Dawn's
// WebGPU addon, onnxruntime-node, onnxruntime-web's WebGPU build, our wasm kernels), the
// PyTorch reference, and the Vulkan/GL loader .debs. Run from a built checkout:
//   pnpm install && pnpm build && node scripts/device/build-kit.mjs
// Env: WEBGPU_TGZ (default /tmp/wgpu/webgpu-0.6.2.tgz, else `npm pack webgpu@0.6.2`),
//      NODE_BIN (default the running node), KIT_SKIP_DEBS=1 (reuse .devkit/gl),
//      KIT_STAGE_ONLY=<dir> (lay out <dir>/app uncompressed and stop: for trying the bench).
import { execFileSync, execSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const kit = join(repo, ".devkit");
const pnpmModules = join(repo, "node_modules/.pnpm/node_modules");
const log = (s) => console.log(`build-kit: ${s}`);
const sh = (cmd, opts = {}) => execSync(cmd, { stdio: "inherit", ...opts });
const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const realPkg = (name) => {
  const p = join(pnpmModules, name);
  if (!existsSync(p)) throw new Error(`${name} not found under ${pnpmModules}: run pnpm install first`);
  return p;
};

mkdirSync(kit, { recursive: true });
// KIT_STAGE_ONLY=<dir>: only lay out <dir>/app (uncompressed, for trying the bench quickly)
const stageOnly = process.env.KIT_STAGE_ONLY;
if (stageOnly) rmSync(join(stageOnly, "app"), { recursive: true, force: true });
const stage = stageOnly ?? mkdtempSync(join(tmpdir(), "devkit-"));
const app = join(stage, "app");
const nm = join(app, "node_modules");
mkdirSync(join(app, "bin"), { recursive: true });

// 1. node, xz-compressed (reused when newer than the binary)
const nodeBin = process.env.NODE_BIN ?? process.execPath;
const nodeXz = join(kit, "node.xz");
if (!existsSync(nodeXz) || statSync(nodeXz).mtimeMs < statSync(nodeBin).mtimeMs) {
  log(`compressing ${nodeBin} (${process.version}) with xz -9 -T2 ...`);
  sh(`xz -9 -T2 -c ${JSON.stringify(nodeBin)} > ${JSON.stringify(nodeXz + ".tmp")} && mv ${JSON.stringify(nodeXz + ".tmp")} ${JSON.stringify(nodeXz)}`);
}
log(`node.xz ${mib(statSync(nodeXz).size)} (from ${mib(statSync(nodeBin).size)})`);

// 2. Dawn's WebGPU addon: index.js (needs only node builtins), package.json, linux-x64 dawn.node
let tgz = process.env.WEBGPU_TGZ ?? "/tmp/wgpu/webgpu-0.6.2.tgz";
if (!existsSync(tgz)) {
  const dir = mkdtempSync(join(tmpdir(), "wgpu-"));
  log(`packing webgpu@0.6.2 into ${dir}`);
  sh("npm pack webgpu@0.6.2", { cwd: dir });
  tgz = join(dir, "webgpu-0.6.2.tgz");
}
const wg = join(nm, "webgpu");
mkdirSync(wg, { recursive: true });
execFileSync("tar", ["xzf", tgz, "-C", wg, "--strip-components=1", "package/index.js", "package/package.json", "package/LICENSE.md", "package/dist/linux-x64/dawn.node"]);

// 3. onnxruntime-node (linux x64 binding + its .so) and onnxruntime-common
const ortNode = realPkg("onnxruntime-node");
const ortNodeDst = join(nm, "onnxruntime-node");
cpSync(join(ortNode, "dist"), join(ortNodeDst, "dist"), { recursive: true, filter: (p) => !p.endsWith(".map") && !p.endsWith(".d.ts") });
copyFileSync(join(ortNode, "package.json"), join(ortNodeDst, "package.json"));
cpSync(join(ortNode, "bin/napi-v6/linux/x64"), join(ortNodeDst, "bin/napi-v6/linux/x64"), { recursive: true });
const ortCommon = realPkg("onnxruntime-common");
cpSync(ortCommon, join(nm, "onnxruntime-common"), { recursive: true, dereference: true, filter: (p) => !p.endsWith(".map") && !p.endsWith(".d.ts") && !p.includes("/lib/") });

// 4. onnxruntime-web's browser build with the JSEP WebGPU provider (what the browser tests
// use; its "./webgpu" export, the native WebGPU EP, cannot partition our f64 Cast nodes)
const ortWeb = realPkg("onnxruntime-web");
const ortWebDst = join(nm, "onnxruntime-web");
mkdirSync(join(ortWebDst, "dist"), { recursive: true });
copyFileSync(join(ortWeb, "package.json"), join(ortWebDst, "package.json"));
for (const f of ["ort.bundle.min.mjs", "ort-wasm-simd-threaded.jsep.wasm", "ort-wasm-simd-threaded.jsep.mjs"]) {
  copyFileSync(join(ortWeb, "dist", f), join(ortWebDst, "dist", f));
}

// 5. the bench, one ESM bundle; our wasm kernels at ../wasm from it (as in the package)
const require = createRequire(join(pnpmModules, "esbuild", "package.json"));
const esbuild = require("esbuild");
const stub = join(stage, "vitest-stub.mjs");
writeFileSync(
  stub,
  `const no = () => { throw new Error("vitest is not available in the device kit"); };
export const describe = no, it = no, test = no, beforeAll = no, afterAll = no, expect = no;\n`,
);
// the CLI's backend list reaches @mmareg/gpujs, which imports gpu.js (native gl): not in the kit
const gpujsStub = join(stage, "gpujs-stub.mjs");
writeFileSync(gpujsStub, `export class GPU { constructor() { throw new Error("gpu.js is not in the device kit"); } }\n`);
await esbuild.build({
  entryPoints: [join(repo, "scripts/device/gpu-bench.mjs")],
  outfile: join(app, "bin/gpu-bench.mjs"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  conditions: ["@mmareg/source"],
  nodePaths: [join(repo, "packages/cli/node_modules"), join(repo, "packages/tfjs/node_modules"), pnpmModules],
  alias: { vitest: stub, "gpu.js": gpujsStub },
  external: ["webgpu", "onnxruntime-node", "onnxruntime-web", "onnxruntime-web/*", "gl", "@tensorflow/tfjs-node", "@tensorflow/tfjs-node-gpu"],
  // CommonJS inside an ESM bundle (tfjs's deps) needs require
  banner: { js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);' },
  logLevel: "warning",
  legalComments: "none",
});
if (!existsSync(join(repo, "packages/wasm/wasm/kernels-mt.wasm"))) throw new Error("packages/wasm/wasm/*.wasm missing: run pnpm build first");
cpSync(join(repo, "packages/wasm/wasm"), join(app, "wasm"), { recursive: true, filter: (p) => !p.endsWith(".wat") && !p.endsWith(".map") });
log(`bundle ${mib(statSync(join(app, "bin/gpu-bench.mjs")).size)}`);

// 6. PyTorch reference (the project's shared anchor)
const ref = process.env.MMA_REFERENCE_PY ?? "/work/shared/anchors/pytorch/reference.py";
if (existsSync(ref)) copyFileSync(ref, join(app, "reference.py"));
else log(`WARNING: ${ref} missing; torch-gpu.py will fall back to its own copy of get_mma_loss`);

if (stageOnly) {
  log(`staged ${app} (no compression, no .debs)`);
  process.exit(0);
}
const appTar = join(kit, "app.tar.xz");
log("compressing app/ with xz -9 -T2 ...");
sh(`tar -C ${JSON.stringify(stage)} -cf - app | xz -9 -T2 > ${JSON.stringify(appTar)}`);
log(`app.tar.xz ${mib(statSync(appTar).size)} (unpacked ${execSync(`du -sh ${JSON.stringify(app)}`).toString().split("\t")[0]})`);

// 7. Vulkan loader and GL libraries (amd64 .debs, unpacked with dpkg -x on the device)
const gl = join(kit, "gl");
if (process.env.KIT_SKIP_DEBS !== "1" || !existsSync(gl)) {
  rmSync(gl, { recursive: true, force: true });
  mkdirSync(gl, { recursive: true });
  const o = "-oAPT::Architecture=amd64 -oAPT::Architectures=amd64 -oDir::State::Lists=/tmp/amd64";
  mkdirSync("/tmp/amd64/partial", { recursive: true });
  sh(`apt-get ${o} update -qq`);
  sh(`apt-get ${o} download libvulkan1 libegl1 libglvnd0 libopengl0 libgl1 libglx0 libgles2`, { cwd: gl });
}
log(`gl/: ${readdirSync(gl).join(" ")}`);
rmSync(stage, { recursive: true, force: true });
sh(`du -sh ${JSON.stringify(kit)}; du -sh ${JSON.stringify(kit)}/*`);
const total = Number(execSync(`du -sb ${JSON.stringify(kit)}`).toString().split("\t")[0]);
if (total > 55 * 2 ** 20) throw new Error(`kit is ${mib(total)}, over the 55 MiB budget`);
log(`kit ready: ${mib(total)}`);
