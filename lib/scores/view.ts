/** Stored snapshots → what the score panel shows. Pure; all values are JSON-serialisable. */
import type { CatalogEntry } from "@/lib/catalog/snapshot";
import { couplingDegree, type ConstraintDiagnostic, type Dimension, type ProjectScore, type StageReason } from "@/lib/scoring";

export type ScoreHistoryPoint = {
  id: string;
  computedAt: string;
  modelVersion: number;
  trigger: string;
  triggerId: string | null;
  D: number;
  U: Record<Dimension, number>;
  level: number;
  stage: number | null;
};

export type ObstacleView = { indicatorId: string; code: string; degree: number };

export type ScoreView = ScoreHistoryPoint & {
  C: number;
  T: number;
  levelKey: string;
  confidence: number;
  coverage: number;
  countedIndicators: number;
  stageReasons: StageReason[];
  constraints: ConstraintDiagnostic[];
  obstacles: ObstacleView[];
  /**
   * The same U under the classic and the corrected coupling (README "Coupling default"): the
   * classic C is ≈ 1 for any balanced project, so the panel shows both side by side. `used`
   * is the one the snapshot's C came from (null for another variant, e.g. fan).
   */
  coupling: { classic: { C: number; D: number }; wang: { C: number; D: number }; used: "classic" | "wang" | null };
};

type HistoryRow = {
  id: bigint;
  computedAt: Date;
  modelVersion: number;
  trigger: string;
  triggerId: string | null;
  uTechnology: number;
  uInstitutional: number;
  uResource: number;
  d: number;
  level: number;
  stage: number | null;
};

type SnapshotRow = HistoryRow & { c: number; t: number; confidence: number; coverage: number; result: unknown };

/** One point of the score history: the figures every snapshot row carries, without its result. */
export function toHistoryPoint(row: HistoryRow): ScoreHistoryPoint {
  return {
    id: row.id.toString(),
    computedAt: row.computedAt.toISOString(),
    modelVersion: row.modelVersion,
    trigger: row.trigger,
    triggerId: row.triggerId,
    D: row.d,
    U: { TECHNOLOGY: row.uTechnology, INSTITUTIONAL: row.uInstitutional, RESOURCE: row.uResource },
    level: row.level,
    stage: row.stage,
  };
}

/** How many obstacles the panel lists before "show all". */
export const TOP_OBSTACLES = 5;

export function toScoreView(row: SnapshotRow, catalog: readonly CatalogEntry[]): ScoreView {
  const result = row.result as ProjectScore;
  const codes = new Map(catalog.map((i) => [i.id, i.code]));
  const obstacles = result.obstacles.indicatorIds
    .map((indicatorId, k) => ({ indicatorId, code: codes.get(indicatorId) ?? "?", degree: result.obstacles.degrees[k] }))
    .filter((o) => o.degree > 0);
  return {
    ...toHistoryPoint(row),
    C: row.c,
    T: row.t,
    levelKey: result.levelKey,
    confidence: row.confidence,
    coverage: row.coverage,
    countedIndicators: result.countedIndicators,
    stageReasons: result.stageReasons,
    constraints: result.constraints,
    obstacles,
    coupling: compareCoupling([row.uTechnology, row.uInstitutional, row.uResource], row.t, row.c),
  };
}

function compareCoupling(u: number[], T: number, storedC: number): ScoreView["coupling"] {
  const classic = couplingDegree(u, "standard");
  const wang = couplingDegree(u, "wang");
  const same = (a: number) => Math.abs(a - storedC) <= 1e-12;
  return {
    classic: { C: classic, D: Math.sqrt(classic * T) },
    wang: { C: wang, D: Math.sqrt(wang * T) },
    used: same(wang) ? "wang" : same(classic) ? "classic" : null,
  };
}
