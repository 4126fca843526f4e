import "server-only";

import { recordAudit } from "@/lib/audit/service";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { fromIsoDate } from "@/lib/dates";
import { getDb, type DbTx } from "@/lib/db/client";
import { ConflictError, isUniqueViolation, NotFoundError, ValidationError } from "@/lib/errors";
import { localized } from "@/lib/i18n/localized";
import { assertUuid } from "@/lib/ids";
import { pickTitle } from "@/lib/projects/texts";

import { endOfDay, enrolProjects, overlappingMembership } from "./membership";
import { missingIndicators } from "./progress";
import { closesAt, isOpen } from "./rules";
import type { TOpenPeriod, TReopenPeriod } from "./schema";

/**
 * Opens a reporting period for a set of projects. A project takes part in at most one period
 * covering a given day, so every piece of evidence belongs to one period at most; evidence
 * already entered for those projects with dates inside the period joins it.
 */
export async function openPeriod(actor: Actor, input: TOpenPeriod) {
  assertCan(actor, "period.manage");
  const startsOn = fromIsoDate(input.startsOn);
  const endsOn = fromIsoDate(input.endsOn);
  const projectIds = [...new Set(input.projectIds)];
  try {
    return await getDb().$transaction(async (tx) => {
      const found = await tx.jointProject.findMany({ where: { id: { in: projectIds } }, select: { id: true } });
      if (found.length !== projectIds.length) throw new ValidationError("projectInvalid", "projectIds");
      const overlap = await overlappingMembership(tx, projectIds, startsOn, endsOn);
      if (overlap) throw new ValidationError("periodOverlap", "projectIds", { project: overlap.project.code, period: overlap.period.key });
      const period = await tx.reportingPeriod.create({
        data: { key: input.key, startsOn, endsOn, deadline: endOfDay(input.deadline), createdById: actor.id },
      });
      const evidenceJoined = await enrolProjects(tx, period, projectIds);
      await recordAudit(tx, {
        actorId: actor.id,
        action: "period.open",
        entityType: "ReportingPeriod",
        entityId: period.id,
        after: { ...period, projectIds, evidenceJoined },
      });
      return period;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("periodKeyTaken");
    throw error;
  }
}

/** Reopens (or extends) a period until the end of `until`, with a reason everyone can read in the audit log. */
export async function reopenPeriod(actor: Actor, input: TReopenPeriod, now: Date = new Date()) {
  assertCan(actor, "period.manage");
  assertUuid(input.id);
  const until = endOfDay(input.until);
  if (until <= now) throw new ValidationError("reopenPast", "until");
  return getDb().$transaction(async (tx) => {
    const before = await tx.reportingPeriod.findUnique({ where: { id: input.id } });
    if (!before) throw new NotFoundError();
    const updated = await tx.reportingPeriod.updateMany({
      where: { id: input.id, version: input.version },
      data: { reopenedUntil: until, reopenReason: input.reason, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new ConflictError("staleVersion");
    const after = await tx.reportingPeriod.findUniqueOrThrow({ where: { id: input.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "period.reopen",
      entityType: "ReportingPeriod",
      entityId: input.id,
      before: { closesAt: closesAt(before), wasOpen: isOpen(before, now), version: before.version },
      after: { reopenedUntil: until, reason: input.reason, version: after.version },
    });
    return after;
  });
}

const periodSelect = {
  id: true,
  key: true,
  startsOn: true,
  endsOn: true,
  deadline: true,
  reopenedUntil: true,
  reopenReason: true,
  version: true,
} as const;

export type PeriodRow = {
  id: string;
  key: string;
  startsOn: Date;
  endsOn: Date;
  deadline: Date;
  reopenedUntil: Date | null;
  reopenReason: string | null;
  version: number;
};

/** Every period, newest deadline first, with how many projects take part. */
export async function listPeriods(actor: Actor) {
  assertCan(actor, "period.read");
  const rows = await getDb().reportingPeriod.findMany({
    orderBy: [{ deadline: "desc" }, { key: "asc" }],
    select: { ...periodSelect, _count: { select: { projects: true } } },
    take: 200,
  });
  return rows.map(({ _count, ...p }) => ({ ...p, projectCount: _count.projects, open: isOpen(p) }));
}

export async function getPeriodOrThrow(actor: Actor, id: string) {
  assertCan(actor, "period.read");
  assertUuid(id);
  const period = await getDb().reportingPeriod.findUnique({
    where: { id },
    select: {
      ...periodSelect,
      projects: {
        select: {
          project: { select: { id: true, code: true, originalLocale: true, texts: { select: { locale: true, title: true } } } },
        },
        orderBy: { project: { code: "asc" } },
      },
    },
  });
  if (!period) throw new NotFoundError();
  return { ...period, open: isOpen(period) };
}

/**
 * The period a project's evidence with these dates belongs to, if any. Inside the caller's
 * transaction, so the evidence services refuse entries into a locked period atomically.
 */
export async function periodOf(
  tx: Pick<DbTx, "reportingPeriod">,
  projectId: string,
  periodStart: Date,
  periodEnd: Date,
): Promise<PeriodRow | null> {
  return tx.reportingPeriod.findFirst({
    where: { projects: { some: { projectId } }, startsOn: { lte: periodStart }, endsOn: { gte: periodEnd } },
    select: periodSelect,
  });
}

/** Refuses a change to evidence of a locked period (DESIGN: bad input changes nothing). */
export function assertPeriodOpen(period: PeriodRow | null, now: Date = new Date()): void {
  if (period && !isOpen(period, now)) throw new ValidationError("periodLocked", "periodEnd", { period: period.key });
}

/** The project's periods that take entries now, soonest deadline first (the form and the import offer them). */
export async function openPeriodsOf(actor: Actor, projectId: string, now: Date = new Date()) {
  assertCan(actor, "period.read");
  assertUuid(projectId);
  const rows = await getDb().reportingPeriod.findMany({
    where: { projects: { some: { projectId } }, OR: [{ deadline: { gte: now } }, { reopenedUntil: { gte: now } }] },
    orderBy: { deadline: "asc" },
    select: periodSelect,
  });
  return rows.filter((p) => isOpen(p, now));
}

/** Active projects an organizer can add to a new period, in the reader's language. */
export async function projectChoices(actor: Actor, locale: string) {
  assertCan(actor, "period.manage");
  const rows = await getDb().jointProject.findMany({
    where: { status: "ACTIVE" },
    orderBy: { code: "asc" },
    take: 2000,
    select: { id: true, code: true, originalLocale: true, texts: { select: { locale: true, title: true } } },
  });
  return rows.map((p) => ({ id: p.id, code: p.code, title: pickTitle(p.texts, p.originalLocale, locale) ?? p.code }));
}

/** A period's projects with what each still owes, for the organizer's follow-up. */
export async function periodProgress(actor: Actor, id: string, locale: string) {
  const period = await getPeriodOrThrow(actor, id);
  const ids = period.projects.map((p) => p.project.id);
  const missing = await missingIndicators(getDb(), period.id, ids);
  return {
    period,
    projects: period.projects.map(({ project }) => ({
      id: project.id,
      code: project.code,
      title: pickTitle(project.texts, project.originalLocale, locale) ?? project.code,
      missing: missing.get(project.id)?.length ?? 0,
    })),
  };
}

/** The project page's panel: each open period of the project and the indicators still missing in it. */
export async function missingForProject(actor: Actor, projectId: string, locale: string) {
  const periods = await openPeriodsOf(actor, projectId);
  if (periods.length === 0) return [];
  const db = getDb();
  const out = [];
  for (const period of periods) {
    const ids = (await missingIndicators(db, period.id, [projectId])).get(projectId) ?? [];
    const indicators = await db.indicator.findMany({
      where: { id: { in: ids } },
      orderBy: [{ dimension: "asc" }, { code: "asc" }],
      select: { id: true, code: true, nameEn: true, nameZh: true, nameRu: true },
    });
    out.push({ period, missing: indicators.map((i) => ({ id: i.id, code: i.code, name: localized(i, "name", locale) })) });
  }
  return out;
}
