import { createHash } from "node:crypto";
import type { DbTx, Prisma } from "@/lib/db/client";
import { readStoredModel, restrictToModel, type ActiveModel } from "@/lib/scores/model";
import { scoreProject, type ProjectInput } from "@/lib/scoring";

/**
 * The seed's score recorder. It mirrors `recordScoreSnapshot` in lib/scores/service.ts (same
 * input, fingerprint and stored figures) because that module is `server-only` and the seed runs
 * from plain Node scripts (start, e2e, db:seed), where importing it throws. Swap this for the
 * scores service's recorder once it is importable outside Next.js.
 */
export async function loadSeedModel(tx: Pick<DbTx, "scoringModel">): Promise<ActiveModel> {
  const row = await tx.scoringModel.findFirst({ where: { active: true }, orderBy: { version: "desc" } });
  if (!row) throw new Error("The demo portfolio needs an active scoring model (seedCatalogAndModel).");
  return readStoredModel(row);
}

type SeedEvidence = { id: string; indicatorId: string; value: number; status: ProjectInput["evidence"][number]["status"]; periodEnd: Date; createdAt: Date; country: "CN" | "RU" };

/** The snapshot row for a project's evidence so far, computed in memory (the seed inserts in bulk). */
export function seedSnapshotRow(projectId: string, rows: readonly SeedEvidence[], model: ActiveModel, computedAt: Date) {
  const ordered = [...rows].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const full: ProjectInput = {
    id: projectId,
    evidence: ordered.map((r) => ({ id: r.id, indicatorId: r.indicatorId, value: r.value, status: r.status, recordedAt: r.periodEnd.toISOString(), country: r.country })),
  };
  const input = restrictToModel(full, model);
  const evidence = input.evidence.map((e) => [e.id ?? null, e.indicatorId, e.value, e.status, e.recordedAt, e.country ?? null]);
  const fingerprint = createHash("sha256").update(JSON.stringify({ modelVersion: model.version, project: input.id, evidence })).digest("hex");
  const score = scoreProject(input, model.config, model.context);
  return {
    projectId,
    modelVersion: model.version,
    trigger: "seed",
    fingerprint,
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
    result: score as unknown as Prisma.InputJsonValue,
    computedAt,
  };
}
