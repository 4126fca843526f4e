import { describe, expect, it } from "vitest";

import { D_CLASSES, FILL_EMPTY, FILL_UNSCORED, fillFor } from "@/components/regions/region-scale";

const fillOf = (from: number) => D_CLASSES.find((c) => c.from === from)!.fill;

describe("region colour classes", () => {
  it("colours a region by its mean as shown with two decimals", () => {
    // 0.5996 reads "0.60" in the tooltip and the table, so it is coloured 0.6–0.8, not 0.4–0.6.
    expect(fillFor(3, 0.5996)).toBe(fillOf(0.6));
    expect(fillFor(3, 0.5949)).toBe(fillOf(0.4));
    expect(fillFor(3, 0.19999)).toBe(fillOf(0.2));
    expect(fillFor(3, 0)).toBe(fillOf(0));
    expect(fillFor(3, 1)).toBe(fillOf(0.8));
  });

  it("tells regions without projects from regions without a score", () => {
    expect(fillFor(0, null)).toBe(FILL_EMPTY);
    expect(fillFor(2, null)).toBe(FILL_UNSCORED);
  });
});
