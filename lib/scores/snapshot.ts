/**
 * What a score snapshot stores for a project input under a model: the fingerprint, the figures
 * and the full result. Not `server-only` (unlike service.ts), so plain Node scripts such as the
 * demo seed compute exactly what the service stores.
 */
import { createHash } from "node:crypto";

import { scoreProject, type ProjectInput, type ProjectScore } from "@/lib/scoring";

import type { ActiveModel } from "./model";

/** SHA-256 over the model version and the scoring input, in a stable key order. */
export function fingerprint(modelVersion: number, input: ProjectInput): string {
  const evidence = input.evidence.map((e) => [
    e.id ?? null,
    e.indicatorId,
    e.value,
    e.status,
    e.recordedAt,
    e.country ?? null,
    e.periodStart ?? null,
    e.periodKey ?? null,
  ]);
  return createHash("sha256")
    .update(JSON.stringify({ modelVersion, project: input.id, evidence }))
    .digest("hex");
}

/** The snapshot columns (without trigger and time) and the project row's latest figures. */
export function snapshotFigures(input: ProjectInput, model: Pick<ActiveModel, "version" | "config" | "context">) {
  const score: ProjectScore = scoreProject(input, model.config, model.context);
  // A project without counted evidence is "not assessed", not "level 1": its row keeps no figures.
  const assessed = score.countedIndicators > 0;
  return {
    score,
    row: {
      modelVersion: model.version,
      fingerprint: fingerprint(model.version, input),
      uTechnology: score.U.TECHNOLOGY,
      uInstitutional: score.U.INSTITUTIONAL,
      uResource: score.U.RESOURCE,
      c: score.C,
      t: score.T,
      d: score.D,
      level: score.level,
      stage: score.stage,
      confidence: score.confidence,
      coverage: score.coverage,
    },
    latest: { latestD: assessed ? score.D : null, latestLevel: assessed ? score.level : null, latestStage: score.stage },
  };
}
