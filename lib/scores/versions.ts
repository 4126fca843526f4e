import "server-only";

import { recordAudit } from "@/lib/audit/service";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { catalogSnapshot, toIndicatorDef } from "@/lib/catalog/snapshot";
import { getDb, type DbTx, type Prisma } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { assertUuid } from "@/lib/ids";
import { enqueueRescore } from "@/lib/jobs/queues";
import { scorePortfolio, ScoringInputError, validateScoringModel, type ProjectInput, type ScoringModel } from "@/lib/scoring";

import { EVIDENCE_INPUT_SELECT, readStoredModel, restrictToModel, toEvidenceInput } from "./model";
import type { TModelConfig } from "./schema";

const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;

/** The core's own checks, as a translated error naming the field it refused. */
function checked<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ScoringInputError) throw new ValidationError("modelNotApplicable", error.field, { detail: error.message });
    throw error;
  }
}

export async function listModelVersions(actor: Actor) {
  assertCan(actor, "scoringModel.manage");
  const rows = await getDb().scoringModel.findMany({
    orderBy: { version: "desc" },
    select: { id: true, version: true, config: true, active: true, note: true, createdAt: true, activatedAt: true },
  });
  return rows.map((row) => ({ ...row, config: row.config as unknown as ScoringModel }));
}

/** The configuration a new version starts from: the latest version's. */
export async function latestConfig(actor: Actor): Promise<ScoringModel> {
  assertCan(actor, "scoringModel.manage");
  const latest = await getDb().scoringModel.findFirst({ orderBy: { version: "desc" }, select: { config: true } });
  if (!latest) throw new NotFoundError();
  return latest.config as unknown as ScoringModel;
}

/**
 * A new, inactive version that freezes the current catalog: the given configuration, or the
 * latest version's. Called by every catalog edit and every configuration change.
 */
export async function createModelVersion(tx: DbTx, actor: Actor, input: { config?: TModelConfig; note?: string }) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('synergia.scoring_models.version'))`;
  const latest = await tx.scoringModel.findFirst({ orderBy: { version: "desc" } });
  const version = (latest?.version ?? 0) + 1;
  const base = input.config ?? (latest?.config as unknown as TModelConfig | undefined);
  if (!base) throw new NotFoundError();
  const config: ScoringModel = { ...base, version };
  checked(() => validateScoringModel(config));
  const catalog = catalogSnapshot(await tx.indicator.findMany({ where: { active: true } }));
  // Refuses a catalog the core cannot use (e.g. a dimension without indicators) now, not at activation.
  checked(() => scorePortfolio({ indicators: catalog.map(toIndicatorDef), projects: [] }, { ...config, weighting: { kind: "expert" } }));
  const row = await tx.scoringModel.create({
    data: { version, config: json(config), catalog: json(catalog), active: false, note: input.note ?? null, createdById: actor.id },
  });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "scoringModel.create",
    entityType: "ScoringModel",
    entityId: row.id,
    after: { version, config, note: row.note },
  });
  return row;
}

export async function createModelVersionFromConfig(actor: Actor, input: { config: TModelConfig; note?: string }) {
  assertCan(actor, "scoringModel.manage");
  return getDb().$transaction((tx) => createModelVersion(tx, actor, input));
}

/** Every project that has been scored, with all its evidence (for the portfolio context). */
async function scoredPortfolio(tx: DbTx): Promise<ProjectInput[]> {
  const rows = await tx.evidence.findMany({
    where: { project: { snapshots: { some: {} } } },
    orderBy: [{ projectId: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: { ...EVIDENCE_INPUT_SELECT, projectId: true },
  });
  const projects = new Map<string, ProjectInput & { evidence: ProjectInput["evidence"][number][] }>();
  for (const row of rows) {
    const project = projects.get(row.projectId) ?? { id: row.projectId, evidence: [] };
    project.evidence.push(toEvidenceInput(row));
    projects.set(row.projectId, project);
  }
  return [...projects.values()];
}

/**
 * Makes `id` the single active version: all model rows are locked (and a transaction-level
 * advisory lock serializes activations), the portfolio context is computed and frozen, and a
 * re-score job over every scored project is queued. The caller runs the job after commit.
 */
export async function activateModelVersion(actor: Actor, id: string): Promise<{ jobId: string; version: number; total: number }> {
  assertCan(actor, "scoringModel.manage");
  assertUuid(id);
  return getDb().$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('synergia.scoring_models.activate'))`;
      await tx.$queryRaw`SELECT id FROM scoring_models FOR UPDATE`;
      const row = await tx.scoringModel.findUnique({ where: { id } });
      if (!row) throw new NotFoundError();
      const model = checked(() => readStoredModel({ ...row, context: null }));
      const projects = (await scoredPortfolio(tx)).map((p) => restrictToModel(p, model));
      const { context } = checked(() => scorePortfolio({ indicators: model.indicators, projects }, model.config));
      const before = await tx.scoringModel.findFirst({ where: { active: true }, select: { id: true, version: true } });
      await tx.scoringModel.updateMany({ where: { active: true, id: { not: id } }, data: { active: false } });
      await tx.scoringModel.update({ where: { id }, data: { active: true, context: json(context), activatedAt: new Date() } });
      const total = await tx.jointProject.count({ where: { snapshots: { some: {} } } });
      const job = await tx.rescoreJob.create({ data: { modelId: id, total } });
      await enqueueRescore(tx, job.id);
      await recordAudit(tx, {
        actorId: actor.id,
        action: "scoringModel.activate",
        entityType: "ScoringModel",
        entityId: id,
        before: before ?? undefined,
        after: { id, version: row.version, rescoreJobId: job.id, projects: total },
      });
      return { jobId: job.id, version: row.version, total };
    },
    { timeout: 60_000 },
  );
}
