import type { IndicatorTable } from "./catalog";
import { BAND_EPSILON } from "./levels";
import type { ConstraintDiagnostic, ConstraintThresholds } from "./types";

/**
 * The article's three known constraints (DESIGN §1), always all three, in this order:
 * - institutionalLag: U_TECHNOLOGY − U_INSTITUTIONAL > threshold.
 * - dataGovernanceGap / talentShortage: none of the flagged indicators has counted evidence,
 *   or the plain mean of their scores (normalized × status factor, as they enter U) is
 *   below the threshold. A catalog without flagged indicators cannot diagnose the gap,
 *   so it is not triggered (values.flagged = 0).
 * Comparisons forgive BAND_EPSILON of rounding.
 */
export function diagnoseConstraints(
  uTechnology: number,
  uInstitutional: number,
  score: Float64Array,
  present: Uint8Array,
  table: IndicatorTable,
  t: ConstraintThresholds,
): ConstraintDiagnostic[] {
  const gap = uTechnology - uInstitutional;
  return [
    {
      key: "institutionalLag",
      triggered: gap > t.institutionalLag + BAND_EPSILON,
      values: { uTechnology, uInstitutional, gap, threshold: t.institutionalLag },
    },
    flaggedGap("dataGovernanceGap", table.dataGovernance, score, present, t.dataGovernance),
    flaggedGap("talentShortage", table.talent, score, present, t.talent),
  ];
}

function flaggedGap(
  key: "dataGovernanceGap" | "talentShortage",
  flag: Uint8Array,
  score: Float64Array,
  present: Uint8Array,
  threshold: number,
): ConstraintDiagnostic {
  let flagged = 0;
  let counted = 0;
  let sum = 0;
  for (let j = 0; j < flag.length; j++) {
    if (flag[j] !== 1) continue;
    flagged++;
    if (present[j] === 1) {
      counted++;
      sum += score[j];
    }
  }
  const mean = counted > 0 ? sum / counted : null;
  const triggered = flagged > 0 && (mean === null || mean < threshold - BAND_EPSILON);
  return { key, triggered, values: { flagged, counted, mean, threshold } };
}
