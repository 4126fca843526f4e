import "server-only";

import { recordAudit } from "@/lib/audit/service";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { fromIsoDate, toIsoDate } from "@/lib/dates";
import { getDb, type DbTx } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { assertUuid } from "@/lib/ids";

import { EDITABLE_FIELDS, mapPartnerCountries, ProjectConflictError, type FieldChange } from "./errors";
import { assertBothCountries, loadForEdit, nextProjectCode, refreshSearchText } from "./membership";
import type { TLocale, TProjectFields, TProjectStatus, TSaveTranslation, TSetProjectStatus, TUpdateProject } from "./schema";

const fromDate = (d: Date | null) => (d ? toIsoDate(d) : "");

/** Which status may follow which; activation additionally needs both countries. */
const TRANSITIONS: Record<TProjectStatus, readonly TProjectStatus[]> = {
  DRAFT: ["ACTIVE"],
  ACTIVE: ["SUSPENDED", "COMPLETED"],
  SUSPENDED: ["ACTIVE", "COMPLETED"],
  COMPLETED: ["ACTIVE"],
};

export function allowedTransitions(status: TProjectStatus): readonly TProjectStatus[] {
  return TRANSITIONS[status];
}

/** A partner registers a project for their own organization, which becomes the accepted lead. */
export async function createProject(actor: Actor, input: TProjectFields) {
  assertCan(actor, "project.create");
  const orgId = actor.organizationId;
  if (!orgId) throw new ValidationError("organizationRequired");
  return getDb().$transaction(async (tx) => {
    const org = await tx.organization.findUnique({ where: { id: orgId } });
    if (!org || org.archivedAt) throw new ValidationError("organizationInvalid");
    const code = await nextProjectCode(tx, Number(input.startDate.slice(0, 4)) || new Date().getUTCFullYear());
    const project = await tx.jointProject.create({
      data: {
        code,
        sector: input.sector,
        location: input.location,
        regionCode: input.regionCode,
        alignment: input.alignment,
        declaredStage: input.declaredStage,
        startDate: fromIsoDate(input.startDate),
        endDate: input.endDate ? fromIsoDate(input.endDate) : null,
        originalLocale: input.originalLocale,
        createdById: actor.id,
        texts: {
          create: {
            locale: input.originalLocale,
            title: input.title,
            summary: input.summary,
            source: "ORIGINAL",
            sourceVersion: 1,
            updatedById: actor.id,
          },
        },
        partners: {
          create: {
            organizationId: orgId,
            role: "LEAD",
            status: "ACCEPTED",
            invitedById: actor.id,
            respondedById: actor.id,
            respondedAt: new Date(),
          },
        },
      },
    });
    await refreshSearchText(tx, project.id);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "project.create",
      entityType: "JointProject",
      entityId: project.id,
      after: { ...project, title: input.title, summary: input.summary },
    });
    return project;
  });
}

type Loaded = Awaited<ReturnType<typeof loadForEdit>>;

function currentValues(project: Loaded): Record<(typeof EDITABLE_FIELDS)[number], string> {
  const original = project.texts.find((t) => t.source === "ORIGINAL");
  return {
    title: original?.title ?? "",
    summary: original?.summary ?? "",
    originalLocale: project.originalLocale,
    sector: project.sector,
    location: project.location,
    regionCode: project.regionCode ?? "",
    alignment: [...project.alignment].sort().join(","),
    declaredStage: String(project.declaredStage),
    startDate: fromDate(project.startDate),
    endDate: fromDate(project.endDate),
  };
}

function diff(mine: TProjectFields, project: Loaded): FieldChange[] {
  const current = currentValues(project);
  const asText = {
    ...mine,
    regionCode: mine.regionCode ?? "",
    alignment: mine.alignment.join(","),
    declaredStage: String(mine.declaredStage),
    endDate: mine.endDate ?? "",
  };
  return EDITABLE_FIELDS.filter((f) => asText[f] !== current[f]).map((field) => ({ field, mine: asText[field], current: current[field] }));
}

/**
 * Optimistic locking: the update matches only the version the editor loaded. A stale editor
 * gets the fields where their values differ from the stored ones. Changing the original text
 * (or its language) bumps `textVersion`, which marks older translations outdated.
 */
export async function updateProject(actor: Actor, input: TUpdateProject) {
  const { id, version, ...fields } = input;
  return getDb().$transaction(async (tx) => {
    const before = await loadForEdit(tx, actor, id);
    if (before.version !== version) throw new ProjectConflictError(diff(fields, before), before.version);
    const old = currentValues(before);
    const textChanged = old.title !== fields.title || old.summary !== fields.summary || old.originalLocale !== fields.originalLocale;
    const textVersion = before.textVersion + (textChanged ? 1 : 0);
    const { count } = await tx.jointProject.updateMany({
      where: { id, version, partners: { some: { organizationId: actor.organizationId ?? "", status: "ACCEPTED" } } },
      data: {
        sector: fields.sector,
        location: fields.location,
        regionCode: fields.regionCode,
        alignment: fields.alignment,
        declaredStage: fields.declaredStage,
        startDate: fromIsoDate(fields.startDate),
        endDate: fields.endDate ? fromIsoDate(fields.endDate) : null,
        originalLocale: fields.originalLocale,
        textVersion,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new ProjectConflictError(diff(fields, before), before.version);
    if (textChanged) {
      // The original moves to its (possibly corrected) language and replaces whatever stood there.
      if (old.originalLocale !== fields.originalLocale)
        await tx.projectText.deleteMany({ where: { projectId: id, locale: before.originalLocale } });
      const row = {
        title: fields.title,
        summary: fields.summary,
        source: "ORIGINAL" as const,
        sourceVersion: textVersion,
        updatedById: actor.id,
      };
      await tx.projectText.upsert({
        where: { projectId_locale: { projectId: id, locale: fields.originalLocale } },
        create: { projectId: id, locale: fields.originalLocale, ...row },
        update: row,
      });
      await refreshSearchText(tx, id);
    }
    const after = await tx.jointProject.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "project.update",
      entityType: "JointProject",
      entityId: id,
      before: { ...old, version: before.version },
      after: { ...fields, version: after.version },
    });
    return after;
  });
}

/** Status changes carry the version too; activation needs an accepted CN and RU partner. */
export async function setProjectStatus(actor: Actor, input: TSetProjectStatus) {
  return getDb()
    .$transaction(async (tx) => {
      const before = await loadForEdit(tx, actor, input.id);
      if (before.version !== input.version) throw new ProjectConflictError([], before.version);
      if (!TRANSITIONS[before.status].includes(input.status)) throw new ValidationError("statusTransitionInvalid");
      if (input.status === "ACTIVE") await assertBothCountries(tx, input.id);
      const after = await tx.jointProject.update({ where: { id: input.id }, data: { status: input.status, version: { increment: 1 } } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "project.status",
        entityType: "JointProject",
        entityId: input.id,
        before: { status: before.status },
        after: { status: after.status },
      });
      return after;
    })
    .catch(mapPartnerCountries);
}

/**
 * A person's translation into another language, recorded against the current text version so
 * it shows as outdated once the original changes.
 */
export async function saveTranslation(actor: Actor, input: TSaveTranslation) {
  return getDb().$transaction(async (tx) => {
    const project = await loadForEdit(tx, actor, input.projectId);
    if (input.locale === project.originalLocale) throw new ValidationError("translationIsOriginal", "locale");
    const row = {
      title: input.title,
      summary: input.summary,
      source: "HUMAN" as const,
      sourceVersion: project.textVersion,
      updatedById: actor.id,
    };
    const before = project.texts.find((t) => t.locale === input.locale) ?? null;
    const saved = await tx.projectText.upsert({
      where: { projectId_locale: { projectId: input.projectId, locale: input.locale } },
      create: { projectId: input.projectId, locale: input.locale, ...row },
      update: row,
    });
    await refreshSearchText(tx, input.projectId);
    await tx.jointProject.update({ where: { id: input.projectId }, data: { updatedAt: new Date() } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "project.translate",
      entityType: "JointProject",
      entityId: input.projectId,
      before,
      after: saved,
    });
    return saved;
  });
}

/** Everything the project page shows about the project itself. */
export async function getProjectOrThrow(actor: Actor, id: string, db: Pick<DbTx, "jointProject"> = getDb()) {
  assertCan(actor, "project.read");
  assertUuid(id);
  const project = await db.jointProject.findUnique({
    where: { id },
    include: {
      texts: true,
      partners: {
        include: {
          organization: {
            select: {
              id: true,
              nameEn: true,
              nameZh: true,
              nameRu: true,
              country: true,
              cityEn: true,
              cityZh: true,
              cityRu: true,
              archivedAt: true,
            },
          },
        },
        orderBy: [{ role: "asc" }, { createdAt: "asc" }],
      },
      createdBy: { select: { name: true } },
      // Whether the project is ranked (the project page keeps the rank line's space): part of the
      // same statement (relationJoins).
      portfolioLatest: { select: { assessed: true } },
    },
  });
  if (!project) throw new NotFoundError();
  return project;
}

export type ProjectDetail = Awaited<ReturnType<typeof getProjectOrThrow>>;

export function editFormValues(project: ProjectDetail) {
  const original = project.texts.find((t) => t.source === "ORIGINAL");
  return {
    id: project.id,
    version: project.version,
    title: original?.title ?? "",
    summary: original?.summary ?? "",
    originalLocale: project.originalLocale as TLocale,
    sector: project.sector,
    location: project.location,
    regionCode: project.regionCode ?? "",
    alignment: project.alignment,
    declaredStage: project.declaredStage,
    startDate: fromDate(project.startDate),
    endDate: fromDate(project.endDate),
  };
}
