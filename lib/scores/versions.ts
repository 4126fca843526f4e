import "server-only";

import { isDeepStrictEqual } from "node:util";

import { recordAudit } from "@/lib/audit/service";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { catalogSnapshot, toIndicatorDef } from "@/lib/catalog/snapshot";
import { getDb, type DbTx, type Prisma } from "@/lib/db/client";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { assertUuid } from "@/lib/ids";
import { enqueueRescore } from "@/lib/jobs/queues";
import { scorePortfolio, validateScoringModel, type ScoringModel } from "@/lib/scoring";

import { checked } from "./portfolio";
import { activationComparison } from "./preview";
import type { TModelConfig } from "./schema";

const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;

export async function listModelVersions(actor: Actor) {
  assertCan(actor, "scoringModel.manage");
  const rows = await getDb().scoringModel.findMany({
    orderBy: { version: "desc" },
    select: { id: true, version: true, config: true, active: true, note: true, createdAt: true, activatedAt: true },
  });
  return rows.map((row) => ({ ...row, config: row.config as unknown as ScoringModel }));
}

/** That a version exists (one indexed read), for its pages' layout to answer 404 before the costly preview. */
export async function getModelVersionOrThrow(actor: Actor, id: string) {
  assertCan(actor, "scoringModel.manage");
  assertUuid(id);
  const row = await getDb().scoringModel.findUnique({ where: { id }, select: { id: true, version: true } });
  if (!row) throw new NotFoundError();
  return row;
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

/** The same settings, whatever the key order or the version number they were saved under. */
function sameConfig(a: unknown, b: unknown): boolean {
  const settings = (config: unknown) => ({ ...(JSON.parse(JSON.stringify(config ?? {})) as object), version: 0 });
  return isDeepStrictEqual(settings(a), settings(b));
}

/**
 * A new version from the configuration form. Saving the form unchanged is not a change: when the
 * configuration equals the latest version's and the catalog is the one that version froze, no
 * version is created, nothing is audited, and the result is `null` (the form says so).
 */
export async function createModelVersionFromConfig(actor: Actor, input: { config: TModelConfig; note?: string }) {
  assertCan(actor, "scoringModel.manage");
  return getDb().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('synergia.scoring_models.version'))`;
    const latest = await tx.scoringModel.findFirst({ orderBy: { version: "desc" }, select: { config: true, catalog: true } });
    if (latest && sameConfig(latest.config, input.config)) {
      const catalog = catalogSnapshot(await tx.indicator.findMany({ where: { active: true } }));
      if (isDeepStrictEqual(json(catalog), json(latest.catalog))) return null;
    }
    return createModelVersion(tx, actor, input);
  });
}

/**
 * Makes `id` the single active version: all model rows are locked (and a transaction-level
 * advisory lock serializes activations), the portfolio context is computed and frozen, and a
 * re-score job over every scored project is queued. The caller runs the job after commit.
 *
 * `previewToken` is the token of the preview the admin confirmed (`previewModelActivation`);
 * when it no longer matches what activation would do now — evidence moved, another version was
 * activated — nothing changes and the admin is asked to look at the new preview. The server
 * action always passes it; scripts and tests that activate without a preview may omit it.
 */
export async function activateModelVersion(
  actor: Actor,
  id: string,
  options: { previewToken?: string } = {},
): Promise<{ jobId: string; version: number; total: number }> {
  assertCan(actor, "scoringModel.manage");
  assertUuid(id);
  return getDb().$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('synergia.scoring_models.activate'))`;
      await tx.$queryRaw`SELECT id FROM scoring_models FOR UPDATE`;
      const { row, scores, active: before, token } = await activationComparison(tx, id);
      if (options.previewToken !== undefined && options.previewToken !== token) throw new ConflictError("previewStale");
      const { context } = scores;
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
        before: before ? { id: before.id, version: before.version } : undefined,
        after: { id, version: row.version, rescoreJobId: job.id, projects: total, previewToken: options.previewToken ?? null },
      });
      return { jobId: job.id, version: row.version, total };
    },
    { timeout: 60_000 },
  );
}
