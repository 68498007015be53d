import { describe, expect, it } from "vitest";
import { polyAcos, polyAtan2 } from "../accurateMath.js";

describe("polyAcos / polyAtan2", () => {
  it("acos to 1e-9 over [-1, 1], exact at the ends and 0", () => {
    let worst = 0;
    for (let i = 0; i <= 100000; i++) {
      const x = -1 + i / 50000;
      worst = Math.max(worst, Math.abs(polyAcos(x) - Math.acos(x)));
    }
    expect(worst).toBeLessThan(1e-9);
    expect(polyAcos(1)).toBe(0);
    expect(polyAcos(-1)).toBe(Math.PI);
    expect(polyAcos(0)).toBe(Math.PI / 2);
  });
  it("keeps relative accuracy for small angles (x near 1, where the sqrt form takes over)", () => {
    for (const t of [1e-2, 1e-4, 1e-6, 1e-7]) {
      const x = Math.cos(t);
      expect(Math.abs(polyAcos(x) - Math.acos(x)) / Math.acos(x)).toBeLessThan(1e-9);
    }
  });
  it("atan2 to 1e-9 in every quadrant and on the axes", () => {
    let worst = 0;
    for (let i = 0; i <= 100000; i++) {
      const th = -Math.PI + (2 * Math.PI * i) / 100000;
      for (const r of [1e-3, 1, 7]) {
        const y = r * Math.sin(th);
        const x = r * Math.cos(th);
        worst = Math.max(worst, Math.abs(polyAtan2(y, x) - Math.atan2(y, x)));
      }
    }
    expect(worst).toBeLessThan(1e-9);
    expect(polyAtan2(0, 0)).toBe(0);
    expect(polyAtan2(0, -1)).toBe(Math.PI);
    expect(polyAtan2(1, 0)).toBe(Math.PI / 2);
    expect(polyAtan2(-1, 0)).toBe(-Math.PI / 2);
  });
});
