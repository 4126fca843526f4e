import type { DbTx, Prisma } from "@/lib/db/client";
import { readStoredModel, restrictToModel, type ActiveModel } from "@/lib/scores/model";
import { snapshotFigures } from "@/lib/scores/snapshot";
import type { ProjectInput } from "@/lib/scoring";

/** The active model, read the way the scores service reads it. */
export async function loadSeedModel(tx: Pick<DbTx, "scoringModel">): Promise<ActiveModel> {
  const row = await tx.scoringModel.findFirst({ where: { active: true }, orderBy: { version: "desc" } });
  if (!row) throw new Error("The demo portfolio needs an active scoring model (seedCatalogAndModel).");
  return readStoredModel(row);
}

type SeedEvidence = {
  id: string;
  indicatorId: string;
  value: number;
  status: ProjectInput["evidence"][number]["status"];
  periodStart: Date;
  periodEnd: Date;
  createdAt: Date;
  country: "CN" | "RU";
};

/**
 * The snapshot row for a project's evidence so far, computed in memory (the seed inserts in bulk)
 * by the same `snapshotFigures` the scores service stores.
 */
export function seedSnapshotRow(projectId: string, rows: readonly SeedEvidence[], model: ActiveModel, computedAt: Date) {
  const ordered = [...rows].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const full: ProjectInput = {
    id: projectId,
    evidence: ordered.map((r) => ({
      id: r.id,
      indicatorId: r.indicatorId,
      value: r.value,
      status: r.status,
      recordedAt: r.periodEnd.toISOString(),
      periodStart: r.periodStart.toISOString(),
      country: r.country,
    })),
  };
  const { score, row } = snapshotFigures(restrictToModel(full, model), model);
  return { projectId, trigger: "seed", ...row, result: score as unknown as Prisma.InputJsonValue, computedAt };
}
