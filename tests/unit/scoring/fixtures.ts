import { defaultScoringModel, type EvidenceInput, type EvidenceStatus, type IndicatorDef, type ScoringModel } from "@/lib/scoring";

/**
 * Two indicators per dimension, chosen so hand calculations stay short:
 * T1 benefit 0–100 (expert 2), T2 cost 0–10 (expert 1, stage 3),
 * I1 benefit 0–100 (dataGovernance, stage 2), I2 ordinal 0–4 (stage 3),
 * R1 benefit 0–50 (talent, stage 2), R2 benefit 0–100 (expert 3, stage 3).
 */
/** PortfolioInput with mutable arrays, for tests that edit their input. */
export interface MutablePortfolio {
  indicators: IndicatorDef[];
  projects: { id: string; evidence: EvidenceInput[] }[];
}

export function catalog(): IndicatorDef[] {
  return [
    {
      id: "T1",
      code: "T-1",
      dimension: "TECHNOLOGY",
      stage: 1,
      direction: "benefit",
      lower: 0,
      upper: 100,
      expertWeight: 2,
      kind: "QUANTITATIVE",
    },
    {
      id: "T2",
      code: "T-2",
      dimension: "TECHNOLOGY",
      stage: 3,
      direction: "cost",
      lower: 0,
      upper: 10,
      expertWeight: 1,
      kind: "QUANTITATIVE",
    },
    {
      id: "I1",
      code: "I-1",
      dimension: "INSTITUTIONAL",
      stage: 2,
      direction: "benefit",
      lower: 0,
      upper: 100,
      expertWeight: 1,
      kind: "QUANTITATIVE",
      flags: ["dataGovernance"],
    },
    {
      id: "I2",
      code: "I-2",
      dimension: "INSTITUTIONAL",
      stage: 3,
      direction: "benefit",
      lower: 0,
      upper: 4,
      expertWeight: 1,
      kind: "ORDINAL",
    },
    {
      id: "R1",
      code: "R-1",
      dimension: "RESOURCE",
      stage: 2,
      direction: "benefit",
      lower: 0,
      upper: 50,
      expertWeight: 1,
      kind: "QUANTITATIVE",
      flags: ["talent"],
    },
    {
      id: "R2",
      code: "R-2",
      dimension: "RESOURCE",
      stage: 3,
      direction: "benefit",
      lower: 0,
      upper: 100,
      expertWeight: 3,
      kind: "QUANTITATIVE",
    },
  ];
}

export function ev(
  indicatorId: string,
  value: number,
  status: EvidenceStatus = "VERIFIED",
  recordedAt: string | number = "2024-01-01T00:00:00.000Z",
  id?: string,
): EvidenceInput {
  return { indicatorId, value, status, recordedAt, ...(id ? { id } : {}) };
}

/**
 * Project A (default model): T1 0.5, T2 (10−2)/10 = 0.8, I1 0.8 × 0.5 (submitted) = 0.4,
 * I2 3/4 = 0.75, R1 0.5, R2 1 → U_T = ⅔·0.5 + ⅓·0.8 = 0.6, U_I = (0.4 + 0.75)/2 = 0.575,
 * U_R = ¼·0.5 + ¾·1 = 0.875.
 */
export function projectA(): { id: string; evidence: EvidenceInput[] } {
  return {
    id: "A",
    evidence: [
      ev("T1", 50, "VERIFIED", "2024-01-01T00:00:00.000Z", "a1"),
      ev("T2", 2, "VERIFIED", "2024-01-02T00:00:00.000Z", "a2"),
      ev("I1", 80, "SUBMITTED", "2024-01-03T00:00:00.000Z", "a3"),
      ev("I2", 3, "VERIFIED", "2024-01-04T00:00:00.000Z", "a4"),
      ev("R1", 25, "VERIFIED", "2024-01-05T00:00:00.000Z", "a5"),
      ev("R2", 100, "VERIFIED", "2024-01-06T00:00:00.000Z", "a6"),
    ],
  };
}

export function model(overrides: Partial<ScoringModel> = {}): ScoringModel {
  return { ...structuredClone(defaultScoringModel), ...overrides } as ScoringModel;
}
