import { describe, expect, it } from "vitest";

import { INDICATOR_SEEDS, UNITS } from "@/lib/catalog/indicators";
import { INDICATOR_FLAGS, ZUpdateIndicator } from "@/lib/catalog/schema";
import { catalogSnapshot, toIndicatorDef } from "@/lib/catalog/snapshot";
import { fromConfig, toConfig, ZModelConfigForm } from "@/lib/scores/config-form";
import { ZModelConfig } from "@/lib/scores/schema";
import {
  articleScoringModel,
  DATA_GOVERNANCE_FLAG,
  defaultScoringModel,
  DIMENSIONS,
  DOCKING_FLAG,
  FLOW_FLAG,
  PLATFORM_FLAG,
  scorePortfolio,
  TALENT_FLAG,
} from "@/lib/scoring";

const entries = INDICATOR_SEEDS.map((s, i) => ({
  id: `id-${i}`,
  code: s.code,
  dimension: s.dimension,
  stageTag: s.stageTag,
  unit: s.unit,
  direction: s.direction,
  kind: s.kind,
  lower: s.lower,
  upper: s.upper,
  weight: s.weight,
  flags: s.flags,
  nameEn: s.name.en,
  nameZh: s.name.zh,
  nameRu: s.name.ru,
  definitionEn: s.definition.en,
  definitionZh: s.definition.zh,
  definitionRu: s.definition.ru,
  version: 1,
}));

describe("the seeded indicator catalog", () => {
  it("has the article's indicators per dimension (9 / 11 / 11) whose expert weights sum to 1", () => {
    const sizes = { TECHNOLOGY: 9, INSTITUTIONAL: 11, RESOURCE: 11 };
    for (const dimension of DIMENSIONS) {
      const own = INDICATOR_SEEDS.filter((s) => s.dimension === dimension);
      expect(own).toHaveLength(sizes[dimension]);
      expect(own.reduce((sum, s) => sum + s.weight, 0)).toBeCloseTo(1, 12);
    }
    expect(new Set(INDICATOR_SEEDS.map((s) => s.code)).size).toBe(31);
  });

  it("uses known units, the scoring core's flags, ordinal 0–4 scales and at least one cost indicator", () => {
    for (const s of INDICATOR_SEEDS) {
      expect(UNITS).toContain(s.unit);
      expect(s.lower).toBeLessThan(s.upper);
      for (const flag of s.flags) expect(INDICATOR_FLAGS).toContain(flag);
      if (s.kind === "ORDINAL") expect([s.lower, s.upper]).toEqual([0, 4]);
      if (s.flags.includes(FLOW_FLAG)) expect(s.kind).toBe("QUANTITATIVE");
      for (const text of [...Object.values(s.name), ...Object.values(s.definition)]) expect(text.trim()).not.toBe("");
    }
    expect(INDICATOR_SEEDS.some((s) => s.direction === "COST")).toBe(true);
    expect(INDICATOR_SEEDS.filter((s) => s.flags.includes(DATA_GOVERNANCE_FLAG)).length).toBeGreaterThanOrEqual(2);
    expect(INDICATOR_SEEDS.filter((s) => s.flags.includes(TALENT_FLAG)).length).toBeGreaterThanOrEqual(2);
    // Stage 3 needs two stage-3 indicators with evidence, so the catalog must offer them.
    expect(INDICATOR_SEEDS.filter((s) => s.stageTag === 3).length).toBeGreaterThanOrEqual(2);
  });

  it("follows the article: power interconnection is stage 1, platforms and docking carry the stage features", () => {
    const byCode = new Map(INDICATOR_SEEDS.map((s) => [s.code, s]));
    expect(byCode.get("R5")?.stageTag).toBe(1);
    expect(byCode.get("I11")).toMatchObject({ stageTag: 3, flags: [DOCKING_FLAG] });
    expect(INDICATOR_SEEDS.filter((s) => s.flags.includes(PLATFORM_FLAG)).map((s) => s.code)).toEqual(["T5", "T9", "R2"]);
    expect(INDICATOR_SEEDS.filter((s) => s.flags.includes(DOCKING_FLAG)).map((s) => s.code)).toEqual(["I4", "I10", "I11"]);
    expect(INDICATOR_SEEDS.filter((s) => s.flags.includes(FLOW_FLAG)).map((s) => s.code)).toEqual(["T7", "I9", "R10"]);
  });

  it("is accepted by the scoring core, sorted by dimension and code", () => {
    const catalog = catalogSnapshot([...entries].reverse());
    expect(catalog.map((e) => e.code).slice(0, 11)).toEqual(["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "I1", "I2"]);
    const { context } = scorePortfolio({ indicators: catalog.map(toIndicatorDef), projects: [] }, defaultScoringModel);
    expect(context.indicators).toHaveLength(31);
  });
});

describe("indicator edit schema", () => {
  const valid = { ...entries[1], id: "6f1c1b1e-2f1a-4c1d-9e1f-1a2b3c4d5e6f", flags: [] as string[] };

  it("accepts a valid edit and refuses lower ≥ upper or a weight above 1", () => {
    expect(ZUpdateIndicator.safeParse(valid).success).toBe(true);
    expect(ZUpdateIndicator.safeParse({ ...valid, lower: 5, upper: 5 }).error?.issues[0].message).toBe("boundsOrder");
    expect(ZUpdateIndicator.safeParse({ ...valid, weight: 1.5 }).error?.issues[0].message).toBe("weightRange");
    expect(ZUpdateIndicator.safeParse({ ...valid, nameRu: " " }).error?.issues[0].message).toBe("required");
  });
});

describe("scoring model configuration form", () => {
  it("round-trips the article model (its stage features and missing-indicator rule survive a save)", () => {
    const { version: _v, ...config } = articleScoringModel;
    const parsed = ZModelConfigForm.parse(fromConfig(config));
    expect(toConfig(parsed)).toEqual(JSON.parse(JSON.stringify(config)));
    expect(ZModelConfig.safeParse(toConfig(parsed)).success).toBe(true);
  });

  it("round-trips the default model", () => {
    const { version: _v, ...config } = defaultScoringModel;
    const parsed = ZModelConfigForm.parse(fromConfig(config));
    expect(toConfig(parsed)).toEqual(JSON.parse(JSON.stringify(config)));
    expect(ZModelConfig.safeParse(toConfig(parsed)).success).toBe(true);
  });

  it("refuses dimension weights not summing to 1, mixes not summing to 1 and bad level thresholds", () => {
    const { version: _v, ...config } = defaultScoringModel;
    const base = fromConfig(config);
    const issue = (patch: object) => ZModelConfigForm.safeParse({ ...base, ...patch }).error?.issues[0];
    expect(issue({ alphaTECHNOLOGY: 0.5 })).toMatchObject({ path: ["alphaTECHNOLOGY"], message: "dimensionWeightsSum" });
    expect(issue({ weightingKind: "mix", mixExpert: 0.5, mixEntropy: 0.2, mixEqual: 0.2 })).toMatchObject({ message: "mixSum" });
    expect(issue({ levelThresholds: "0.1, 0.2" })).toMatchObject({ message: "levelThresholds" });
    expect(issue({ levelThresholds: "0.1, 0.3, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9" })).toMatchObject({ message: "levelThresholds" });
  });
});
