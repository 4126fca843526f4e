import { describe, expect, it } from "vitest";

import { diagnosticValues, score } from "@/components/scores/format";
import { formatDecimal } from "@/lib/format/decimal";

describe("figures with fixed decimals in the reader's language", () => {
  it("writes a score with a decimal comma in Russian and a point in English and Chinese", () => {
    expect(score("ru", 0.5)).toBe("0,500");
    expect(score("en", 0.5)).toBe("0.500");
    expect(score("zh", 0.5)).toBe("0.500");
    expect(score("ru", 0.15349)).toBe("0,153");
    expect(score("en", 1)).toBe("1.000");
  });

  it("groups thousands as each language does and shows a dash for no value", () => {
    expect(formatDecimal("en", 1234.5, 1)).toBe("1,234.5");
    expect(formatDecimal("ru", 1234.5, 1)).toBe("1\u00a0234,5");
    expect(formatDecimal("zh", 1234.5, 1)).toBe("1,234.5");
    expect(score("ru", null)).toBe("—");
    expect(score("en", undefined)).toBe("—");
  });

  it("keeps one formatter per locale and precision (a cached ru formatter does not leak into en)", () => {
    expect(formatDecimal("ru", 0.25, 2)).toBe("0,25");
    expect(formatDecimal("en", 0.25, 2)).toBe("0.25");
    expect(formatDecimal("ru", 0.25, 3)).toBe("0,250");
  });
});

describe("the numbers of stage reasons and constraints", () => {
  it("writes counts and figures in the reader's language", () => {
    const values = { count: 1234, required: 12000, flagged: 3, counted: null, mean: 0.5, threshold: 0.4 };
    expect(diagnosticValues("ru", values)).toEqual({
      count: "1\u00a0234",
      required: "12\u00a0000",
      flagged: "3",
      counted: "0",
      mean: "0,500",
      threshold: "0,400",
    });
    expect(diagnosticValues("en", values)).toMatchObject({ count: "1,234", required: "12,000", mean: "0.500" });
    expect(diagnosticValues("zh", values)).toMatchObject({ count: "1,234", required: "12,000", counted: "0" });
  });
});
