#!/usr/bin/env bash
# Run the GPU kit (.devkit/, built by scripts/device/build-kit.mjs) on a machine with no
# Node: unpack Node and the bench, set up the Vulkan loader, then nvidia-smi, the PyTorch
# anchor and the Node bench, each under its own timeout, each logged to $OUT (flat, at most
# 8 files). A step that fails does not stop the next. See scripts/device/README.md.
#
# Env: OUT (results; default ./device-out), MMA_DEVICE_SIZES, MMA_DEVICE_CPU_SIZES,
#      MMA_DEVICE_BACKENDS, PYTHON (default python3), TORCH_TIMEOUT_S (120), NODE_TIMEOUT_S (280),
#      MMA_DEVICE_SKIP_DEBS=1 (do not dpkg -x the loader .debs), MMA_DEVKIT_RUN (unpack dir).
set -u
export PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"  # ldconfig
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
KIT="$REPO/.devkit"
OUT="${OUT:-$REPO/device-out}"
RUN="${MMA_DEVKIT_RUN:-/tmp/mma-devkit}"
mkdir -p "$OUT" "$RUN"
ENVLOG="$OUT/setup.log"
T0=$(date +%s)
stamp() { echo "[$(( $(date +%s) - T0 )) s] $*"; }

{
  stamp "gpu-run.sh in $REPO, kit $KIT, unpacking to $RUN, results to $OUT"
  uname -a; nproc; free -g | head -2
  # 1. node and the app
  if xz -dc "$KIT/node.xz" > "$RUN/node" && chmod +x "$RUN/node"; then stamp "node $("$RUN/node" --version)"; else stamp "FAILED to unpack node"; fi
  if tar -xJf "$KIT/app.tar.xz" -C "$RUN"; then stamp "app unpacked: $(du -sh "$RUN/app" | cut -f1)"; else stamp "FAILED to unpack app.tar.xz"; fi
  # 2. Vulkan loader + GL libraries (the machine may lack them)
  if [ "${MMA_DEVICE_SKIP_DEBS:-0}" != 1 ]; then
    for f in "$KIT"/gl/*.deb; do
      if command -v dpkg >/dev/null; then dpkg -x "$f" /; else (cd "$RUN" && ar x "$f" data.tar.xz && tar -xJf data.tar.xz -C / && rm -f data.tar.xz); fi
    done
    ldconfig
    stamp "loader .debs unpacked: $(ls "$KIT"/gl | tr '\n' ' ')"
  fi
  for d in /usr/local/nvidia/lib64 /usr/local/nvidia/lib; do
    [ -d "$d" ] && export LD_LIBRARY_PATH="$d${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
  done
  if [ -z "${VK_DRIVER_FILES:-}${VK_ICD_FILENAMES:-}" ]; then
    found=$(ls /etc/vulkan/icd.d/*.json /usr/share/vulkan/icd.d/*.json /usr/local/share/vulkan/icd.d/*.json 2>/dev/null | grep -i nvidia | head -1)
    if [ -z "$found" ]; then
      for c in /usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json /usr/local/nvidia/icd.d/nvidia_icd.json \
               $(find /usr/local/nvidia /usr/share /etc /usr/lib/x86_64-linux-gnu -maxdepth 5 -name 'nvidia_icd*.json' 2>/dev/null); do
        if [ -f "$c" ]; then export VK_DRIVER_FILES="$c"; break; fi
      done
      # the same fallback the device docs give, even when the file is not visible here
      export VK_DRIVER_FILES="${VK_DRIVER_FILES:-/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json}"
      stamp "no NVIDIA ICD in the loader's default dirs: VK_DRIVER_FILES=$VK_DRIVER_FILES"
    else
      stamp "Vulkan ICD found: $found"
    fi
  fi
  stamp "VK_DRIVER_FILES=${VK_DRIVER_FILES:-} VK_ICD_FILENAMES=${VK_ICD_FILENAMES:-} LD_LIBRARY_PATH=${LD_LIBRARY_PATH:-}"
  for j in ${VK_DRIVER_FILES:-} ${VK_ICD_FILENAMES:-}; do [ -f "$j" ] && { echo "--- $j"; cat "$j"; echo; }; done
  ldconfig -p | grep -Ei 'libvulkan|nvidia|libGLX|libEGL' | head -30
} > "$ENVLOG" 2>&1
cat "$ENVLOG"
# (the { } group above ran in this shell: its exports hold below)

# 3. nvidia-smi
stamp "nvidia-smi" | tee -a "$ENVLOG"
timeout 30 nvidia-smi > "$OUT/nvidia-smi.txt" 2>&1 || echo "nvidia-smi failed or missing (rc $?)" >> "$OUT/nvidia-smi.txt"
head -20 "$OUT/nvidia-smi.txt"

# 4. PyTorch anchor
stamp "torch anchor (timeout ${TORCH_TIMEOUT_S:-120} s)" | tee -a "$ENVLOG"
MMA_REFERENCE_PY="$RUN/app/reference.py" OUT="$OUT" timeout -k 5 "${TORCH_TIMEOUT_S:-120}" "${PYTHON:-python3}" -u "$REPO/scripts/device/torch-gpu.py" 2>&1 | tee "$OUT/torch.log"
stamp "torch anchor exit ${PIPESTATUS[0]}" | tee -a "$ENVLOG"

# 5. Node bench (WebGPU via Dawn, conformance on tfjs-webgpu, MMA vs Gram per backend)
NT="${NODE_TIMEOUT_S:-280}"
stamp "node bench (timeout $NT s)" | tee -a "$ENVLOG"
MMA_DEVICE_BUDGET_S="${MMA_DEVICE_BUDGET_S:-$((NT - 100))}" MMA_DEVICE_JSON="$OUT/node-bench.json" \
  timeout -k 5 "$NT" "$RUN/node" "$RUN/app/bin/gpu-bench.mjs" 2>&1 | tee "$OUT/node-bench.log"
stamp "node bench exit ${PIPESTATUS[0]}" | tee -a "$ENVLOG"
stamp "done; results in $OUT: $(ls "$OUT" | tr '\n' ' ')" | tee -a "$ENVLOG"
exit 0
