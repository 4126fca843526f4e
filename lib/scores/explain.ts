/**
 * Why D is what it is, per indicator. Pure: it reads the core's own explanation columns and
 * re-runs the core (`scoreProject`) with one indicator's evidence left out.
 */
import { scoreProject, type Dimension, type ProjectInput, type ProjectScore, type ScoringContext, type ScoringModel } from "@/lib/scoring";

export type ContributionRow = {
  indicatorId: string;
  code: string;
  dimension: Dimension;
  /** Counted evidence exists for the indicator. */
  counted: boolean;
  /** Direction-aware value on 0–1 before the status factor. */
  normalized: number;
  /** Points of U the indicator contributes (per dimension they sum to U). */
  toU: number;
  /** Points of T: toU × α of the dimension (they sum to T). */
  toT: number;
  /**
   * D minus D without this indicator's evidence: how much the indicator moved D. null when the
   * indicator has no counted evidence, or the snapshot's model is not the one given.
   */
  toD: number | null;
};

/**
 * `score` is the stored result; `model`/`context` the model version that produced it (pass
 * null when that version is not at hand, and the D column stays empty).
 */
export function explainContributions(
  score: ProjectScore,
  input: ProjectInput,
  model: { config: ScoringModel; context: ScoringContext } | null,
  alpha: Record<Dimension, number>,
  codes: ReadonlyMap<string, string>,
): ContributionRow[] {
  const { indicatorIds, dimensions, evidenceIds, normalized, contributions } = score.indicators;
  return indicatorIds.map((indicatorId, k) => {
    const counted = evidenceIds[k] !== null || contributions[k] > 0;
    let toD: number | null = null;
    if (model && counted) {
      const without = { id: input.id, evidence: input.evidence.filter((e) => e.indicatorId !== indicatorId) };
      toD = score.D - scoreProject(without, model.config, model.context).D;
    }
    return {
      indicatorId,
      code: codes.get(indicatorId) ?? indicatorId,
      dimension: dimensions[k],
      counted,
      normalized: normalized[k],
      toU: contributions[k],
      toT: contributions[k] * alpha[dimensions[k]],
      toD,
    };
  });
}
