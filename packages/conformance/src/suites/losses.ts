import type { AnyLossOptions } from "@mmareg/core";

/** The loss configurations every generic check runs over. */
export const LOSS_CONFIGS: readonly { label: string; options: AnyLossOptions }[] = [
  { label: "mma", options: { loss: "mma" } },
  { label: "mma reference", options: { loss: "mma", mode: "reference" } },
  { label: "cosine", options: { loss: "cosine" } },
  { label: "mhe s=2", options: { loss: "mhe", s: 2 } },
  { label: "mhe s=0", options: { loss: "mhe", s: 0 } },
  { label: "mhe s=1 half-space", options: { loss: "mhe", s: 1, halfSpace: true } },
  { label: "mhe s=2 batch", options: { loss: "mhe", s: 2, batch: { size: 4, seed: 3 } } },
  { label: "orthogonal", options: { loss: "orthogonal" } },
];
