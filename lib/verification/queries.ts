import "server-only";

import { assertCan, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/prisma/client";
import { actorCountry } from "@/lib/evidence/access";
import { statusesAllowing } from "@/lib/evidence/status";
import { localized } from "@/lib/i18n/localized";
import { pickTitle } from "@/lib/projects/texts";

import type { TQueueFilter } from "./schema";

export const QUEUE_PAGE = 100;
const AWAITING = statusesAllowing("confirm");
const DAY = 86_400_000;

/**
 * What the actor may decide: organizers all submitted evidence; partners the other country's
 * evidence on projects their organization has joined (the same rule `evidence.verify` applies
 * item by item). Null: nothing (an administrator, a partner without an organization).
 */
async function decidable(actor: Actor): Promise<Prisma.EvidenceWhereInput | null> {
  if (actor.role === "ORGANIZER") return { status: { in: AWAITING } };
  const country = actor.role === "PARTNER" ? await actorCountry(getDb(), actor) : null;
  if (!country || !actor.organizationId) return null;
  return {
    status: { in: AWAITING },
    organization: { country: country === "CN" ? "RU" : "CN" },
    project: { partners: { some: { organizationId: actor.organizationId, status: "ACCEPTED" } } },
  };
}

/** The queue, oldest first, with each item's age and the filter choices the whole queue offers. */
export async function listQueue(actor: Actor, filter: TQueueFilter, locale: string, now: Date = new Date()) {
  assertCan(actor, "verification.queue");
  const base = await decidable(actor);
  if (!base) return { rows: [], total: 0, choices: { projects: [], periods: [], indicators: [], organizations: [] } };
  const where: Prisma.EvidenceWhereInput = {
    AND: [
      base,
      filter.project ? { projectId: filter.project } : {},
      filter.period ? { reportingPeriodId: filter.period } : {},
      filter.indicator ? { indicatorId: filter.indicator } : {},
      filter.dimension ? { indicator: { dimension: filter.dimension } } : {},
      filter.organization ? { organizationId: filter.organization } : {},
      filter.minAge ? { submittedAt: { lte: new Date(now.getTime() - filter.minAge * DAY) } } : {},
      filter.unusual ? { outlier: { not: Prisma.DbNull } } : {},
    ],
  };
  const db = getDb();
  const [rows, total, projects, periods, indicators, organizations] = await Promise.all([
    db.evidence.findMany({
      where,
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      take: QUEUE_PAGE,
      select: {
        id: true,
        version: true,
        value: true,
        submittedAt: true,
        outlier: true,
        project: { select: { id: true, code: true } },
        indicator: { select: { code: true, unit: true, kind: true, nameEn: true, nameZh: true, nameRu: true } },
        organization: { select: { nameEn: true, nameZh: true, nameRu: true, country: true } },
      },
    }),
    db.evidence.count({ where }),
    db.evidence.findMany({
      where: base,
      distinct: ["projectId"],
      select: { project: { select: { id: true, code: true, originalLocale: true, texts: { select: { locale: true, title: true } } } } },
    }),
    db.reportingPeriod.findMany({
      where: { evidence: { some: base } },
      orderBy: { deadline: "desc" },
      select: { id: true, key: true },
    }),
    db.evidence.findMany({
      where: base,
      distinct: ["indicatorId"],
      select: { indicator: { select: { id: true, code: true, nameEn: true, nameZh: true, nameRu: true } } },
    }),
    db.evidence.findMany({
      where: base,
      distinct: ["organizationId"],
      select: { organization: { select: { id: true, nameEn: true, nameZh: true, nameRu: true } } },
    }),
  ]);
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, locale);
  return {
    rows: rows.map((r) => ({
      ...r,
      ageDays: r.submittedAt ? Math.floor((now.getTime() - r.submittedAt.getTime()) / DAY) : 0,
      indicatorName: localized(r.indicator, "name", locale),
      organizationName: localized(r.organization, "name", locale),
    })),
    total,
    choices: {
      projects: projects
        .map(({ project: p }) => ({ value: p.id, label: `${p.code} · ${pickTitle(p.texts, p.originalLocale, locale) ?? ""}` }))
        .sort(byLabel),
      periods: periods.map((p) => ({ value: p.id, label: p.key })),
      indicators: indicators
        .map(({ indicator: i }) => ({ value: i.id, label: `${i.code} · ${localized(i, "name", locale)}` }))
        .sort(byLabel),
      organizations: organizations.map(({ organization: o }) => ({ value: o.id, label: localized(o, "name", locale) })).sort(byLabel),
    },
  };
}

export type QueueRow = Awaited<ReturnType<typeof listQueue>>["rows"][number];
