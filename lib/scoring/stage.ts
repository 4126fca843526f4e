import { BAND_EPSILON } from "./levels";
import type { StageReason, StageTag, StageThresholds } from "./types";

export interface StageInput {
  D: number;
  minU: number;
  counted: number;
  stage3Indicators: number;
  stage2PlusIndicators: number;
  /** Indicators with counted evidence per flag (only the flags the model's stage features name). */
  featureCounts?: Readonly<Record<string, number>>;
}

function atLeast(value: number, threshold: number): boolean {
  return value >= threshold - BAND_EPSILON;
}

/**
 * Development stage (DESIGN §1 and §5.7, thresholds from the model):
 * 3 when D ≥ stage3.minD, every U ≥ stage3.minU and counted evidence exists on
 *   ≥ stage3.minIndicators indicators tagged stage 3;
 * else 2 when D ≥ stage2.minD and counted evidence exists on ≥ stage2.minIndicators
 *   indicators tagged stage ≥ 2;
 * else 1 when any evidence counts; else null (not assessed).
 * With `features`, stage 3 and stage 2 also need counted evidence on an indicator carrying
 * each flag listed for them (e.g. stage 2 "platform", stage 3 "platform" and "docking").
 * Every condition is always reported, grouped by stage, so the UI can show what the next
 * stage needs.
 * "≥" forgives BAND_EPSILON of rounding, as the level bands do.
 */
export function assessStage(s: StageInput, t: StageThresholds): { stage: StageTag | null; reasons: StageReason[] } {
  const reasons: StageReason[] = [
    {
      key: "stage3.coordination",
      held: atLeast(s.D, t.stage3.minD),
      values: { D: s.D, threshold: t.stage3.minD },
    },
    {
      key: "stage3.weakestDimension",
      held: atLeast(s.minU, t.stage3.minU),
      values: { minU: s.minU, threshold: t.stage3.minU },
    },
    {
      key: "stage3.stageEvidence",
      held: s.stage3Indicators >= t.stage3.minIndicators,
      values: { count: s.stage3Indicators, required: t.stage3.minIndicators },
    },
    {
      key: "stage2.coordination",
      held: atLeast(s.D, t.stage2.minD),
      values: { D: s.D, threshold: t.stage2.minD },
    },
    {
      key: "stage2.stageEvidence",
      held: s.stage2PlusIndicators >= t.stage2.minIndicators,
      values: { count: s.stage2PlusIndicators, required: t.stage2.minIndicators },
    },
    { key: "stage1.anyEvidence", held: s.counted > 0, values: { count: s.counted } },
  ];
  // The defining kind of cooperation of each stage, when the model names one (README:
  // "Stages are kinds of cooperation"): each flag needs counted evidence on one indicator.
  const feature = (stage: 2 | 3, flag: string): StageReason => {
    const count = s.featureCounts?.[flag] ?? 0;
    return { key: `stage${stage}.feature.${flag}`, held: count > 0, values: { count } };
  };
  const stage3Features = (t.features?.stage3 ?? []).map((f) => feature(3, f));
  const stage2Features = (t.features?.stage2 ?? []).map((f) => feature(2, f));
  const all = (list: StageReason[]) => list.every((r) => r.held);
  const stage3 = reasons[0].held && reasons[1].held && reasons[2].held && all(stage3Features);
  const stage2 = reasons[3].held && reasons[4].held && all(stage2Features);
  const stage: StageTag | null = stage3 ? 3 : stage2 ? 2 : reasons[5].held ? 1 : null;
  reasons.splice(3, 0, ...stage3Features);
  reasons.splice(3 + stage3Features.length + 2, 0, ...stage2Features);
  return { stage, reasons };
}
