#!/usr/bin/env python3
"""PyTorch anchor of the GPU kit (see README.md here): the paper's MMA loss, forward +
backward, against the plain Gram product W W^T alone, float32, on CUDA (median of 20 timed
calls after warm-up, torch.cuda.synchronize around each, peak memory from
torch.cuda.max_memory_allocated) and on the CPU with 16 threads for the small sizes.

Env: MMA_DEVICE_SIZES (GPU sizes, default 64x576,512x4608,10575x512,100000x512),
     MMA_DEVICE_CPU_SIZES (default 64x576,512x4608), MMA_REFERENCE_PY (the project's
     reference.py; default the kit's copy), OUT (the JSON goes to $OUT/torch-gpu.json).
Without CUDA it says so and still does the CPU rows.
"""
import importlib.util
import json
import os
import platform
import statistics
import sys
import time

import torch

REPEATS = 20
OOM = getattr(torch.cuda, "OutOfMemoryError", MemoryError)


def load_loss():
    """get_mma_loss from the project's reference.py (named mma_loss there)."""
    candidates = [os.environ.get("MMA_REFERENCE_PY"), "/work/shared/anchors/pytorch/reference.py"]
    for path in candidates:
        if path and os.path.exists(path):
            spec = importlib.util.spec_from_file_location("mma_reference", path)
            mod = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(mod)
            fn = getattr(mod, "get_mma_loss", None) or getattr(mod, "mma_loss")
            return fn, path
    raise SystemExit("torch-gpu.py: reference.py not found (set MMA_REFERENCE_PY)")


def sizes(var, default):
    out = []
    for s in (os.environ.get(var) or default).split(","):
        n, d = s.strip().split("x")
        out.append((int(n), int(d)))
    return out


def sync(device):
    if device == "cuda":
        torch.cuda.synchronize()


def median_ms(fn, device, repeats=REPEATS, warmup=3):
    for _ in range(warmup):
        fn()
    sync(device)
    times = []
    for _ in range(repeats):
        sync(device)
        t = time.perf_counter()
        fn()
        sync(device)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def measure(get_mma_loss, n, d, device):
    gen = torch.Generator().manual_seed(n * 7919 + d)
    w0 = torch.randn(n, d, generator=gen, dtype=torch.float32).to(device)
    row = {"device": device, "n": n, "d": d, "dtype": "float32"}

    def mma():
        w = w0.detach().requires_grad_(True)
        loss = get_mma_loss(w)
        loss.backward()
        return loss

    def gram():
        return w0 @ w0.t()

    for label, fn in (("mma", mma), ("gram", gram)):
        try:
            if device == "cuda":
                torch.cuda.empty_cache()
                torch.cuda.reset_peak_memory_stats()
                base = torch.cuda.memory_allocated()
            # a call slower than 2 s gets 3 timed runs, so one size stays within a minute
            t = time.perf_counter()
            fn()
            sync(device)
            first = time.perf_counter() - t
            reps = 3 if first > 2 else REPEATS
            row[label + "Ms"] = median_ms(fn, device, reps, warmup=1 if first > 2 else 3)
            row[label + "Repeats"] = reps
            if device == "cuda":
                row[label + "PeakMiB"] = (torch.cuda.max_memory_allocated() - base) / 2**20
        except OOM as e:
            row[label + "Error"] = "out of memory: " + str(e).split("\n")[0][:200]
        except RuntimeError as e:
            row[label + "Error"] = str(e).split("\n")[0][:200]
        finally:
            if device == "cuda":
                torch.cuda.empty_cache()
    if "mmaMs" in row and "gramMs" in row:
        row["ratio"] = row["mmaMs"] / row["gramMs"]
    return row


def fmt(row):
    def cell(label):
        if label + "Ms" in row:
            peak = row.get(label + "PeakMiB")
            return "%10.3f ms%s" % (row[label + "Ms"], "" if peak is None else " (peak %8.0f MiB)" % peak)
        return "FAILED: " + row.get(label + "Error", "?")
    ratio = "ratio %.3f" % row["ratio"] if "ratio" in row else ""
    return "torch-%-5s %-11s MMA loss+grad %s   Gram %s   %s" % (row["device"], "%dx%d" % (row["n"], row["d"]), cell("mma"), cell("gram"), ratio)


def main():
    get_mma_loss, ref = load_loss()
    report = {"torch": torch.__version__, "python": platform.python_version(), "reference": ref, "rows": []}
    print("torch %s, reference %s" % (torch.__version__, ref), flush=True)
    if torch.cuda.is_available():
        props = torch.cuda.get_device_properties(0)
        report["cuda"] = {"device": props.name, "totalMiB": props.total_memory / 2**20, "cudaVersion": torch.version.cuda,
                          "allowTf32Matmul": torch.backends.cuda.matmul.allow_tf32}
        print("CUDA: %s, %.0f MiB, CUDA %s, TF32 matmul %s" % (props.name, props.total_memory / 2**20, torch.version.cuda,
                                                          torch.backends.cuda.matmul.allow_tf32), flush=True)
        for n, d in sizes("MMA_DEVICE_SIZES", "64x576,512x4608,10575x512,100000x512"):
            row = measure(get_mma_loss, n, d, "cuda")
            report["rows"].append(row)
            print(fmt(row), flush=True)
    else:
        report["cuda"] = None
        print("no CUDA (torch.cuda.is_available() is False): CPU rows only", flush=True)
    torch.set_num_threads(16)
    report["cpuThreads"] = torch.get_num_threads()
    print("CPU: %d threads" % torch.get_num_threads(), flush=True)
    for n, d in sizes("MMA_DEVICE_CPU_SIZES", "64x576,512x4608"):
        row = measure(get_mma_loss, n, d, "cpu")
        report["rows"].append(row)
        print(fmt(row), flush=True)
    out = os.environ.get("OUT")
    if out:
        with open(os.path.join(out, "torch-gpu.json"), "w") as f:
            json.dump(report, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
