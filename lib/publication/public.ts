import "server-only";

import { getDb } from "@/lib/db/client";
import { localized } from "@/lib/i18n/localized";
import { initiativeProgress, recommendationProgress } from "@/lib/initiatives/progress";
import type { TLocale } from "@/lib/projects/schema";
import { pickText } from "@/lib/projects/texts";
import { getActiveModel } from "@/lib/scores/model-cache";
import { toScoreView } from "@/lib/scores/view";

import { publishedSql } from "./rules";

/**
 * Reads for the public portal. There is no reader to check: every query here is limited to what
 * is published (projects all of whose partners agreed, published forum editions, the
 * recommendation catalog) and returns only what the portal shows — no evidence, no drafts, no
 * people. Dates are ISO strings: the results are cached as JSON (lib/publication/cached.ts).
 */

const PUBLIC_LIST_MAX = 500;

/** Ids of the published projects among `ids` (all of them when omitted). */
export async function publishedProjectIds(ids?: string[]): Promise<Set<string>> {
  if (ids && ids.length === 0) return new Set();
  const rows = ids
    ? await getDb().$queryRaw<{ id: string }[]>`SELECT p.id FROM joint_projects p WHERE p.id = ANY(${ids}::uuid[]) AND ${publishedSql}`
    : await getDb().$queryRaw<{ id: string }[]>`SELECT p.id FROM joint_projects p WHERE ${publishedSql}`;
  return new Set(rows.map((r) => r.id));
}

/** The codes of every published project (the portal answers 404 for any other without a lookup). */
export async function publishedProjectCodes(): Promise<string[]> {
  const rows = await getDb().$queryRaw<{ code: string }[]>`SELECT p.code FROM joint_projects p WHERE ${publishedSql}`;
  return rows.map((r) => r.code);
}

const projectSelect = {
  id: true,
  code: true,
  sector: true,
  status: true,
  location: true,
  startDate: true,
  endDate: true,
  originalLocale: true,
  textVersion: true,
  latestD: true,
  latestLevel: true,
  latestStage: true,
  texts: { select: { locale: true, title: true, summary: true, source: true, sourceVersion: true } },
  partners: {
    where: { status: "ACCEPTED" as const },
    orderBy: [{ role: "asc" as const }, { createdAt: "asc" as const }],
    select: { role: true, organization: { select: { nameEn: true, nameZh: true, nameRu: true, country: true } } },
  },
};

type ProjectRow = Awaited<ReturnType<typeof loadProjects>>[number];

function loadProjects(ids: string[]) {
  return getDb().jointProject.findMany({ where: { id: { in: ids } }, select: projectSelect });
}

function present(p: ProjectRow, locale: string) {
  const { shown } = pickText(p.texts, p.originalLocale as TLocale, p.textVersion, locale);
  return {
    id: p.id,
    code: p.code,
    sector: p.sector,
    status: p.status,
    location: p.location,
    startDate: p.startDate.toISOString().slice(0, 10),
    endDate: p.endDate?.toISOString().slice(0, 10) ?? null,
    title: shown.title,
    summary: shown.summary,
    textLocale: shown.locale,
    D: p.latestD,
    level: p.latestLevel,
    stage: p.latestStage,
    partners: p.partners.map((x) => ({ role: x.role, country: x.organization.country, name: localized(x.organization, "name", locale) })),
  };
}
export type PublicProject = ReturnType<typeof present>;

/** The published projects, best coordinated first. */
export async function listPublishedProjects(locale: string): Promise<PublicProject[]> {
  const ids = await getDb().$queryRaw<{ id: string }[]>`
    SELECT p.id FROM joint_projects p WHERE ${publishedSql}
    ORDER BY p.latest_d DESC NULLS LAST, p.code ASC LIMIT ${PUBLIC_LIST_MAX}`;
  const rows = new Map((await loadProjects(ids.map((r) => r.id))).map((p) => [p.id, p]));
  return ids.flatMap(({ id }) => (rows.has(id) ? [present(rows.get(id)!, locale)] : []));
}

/** One published project with its latest score, or null when it is not (or no longer) published. */
export async function getPublishedProject(code: string, locale: string) {
  const db = getDb();
  const [row] = await db.$queryRaw<{ id: string }[]>`SELECT p.id FROM joint_projects p WHERE p.code = ${code} AND ${publishedSql}`;
  if (!row) return null;
  const [[project], latest, model] = await Promise.all([
    loadProjects([row.id]),
    db.scoreSnapshot.findFirst({ where: { projectId: row.id }, orderBy: [{ computedAt: "desc" }, { id: "desc" }] }),
    getActiveModel(db),
  ]);
  if (!project) return null;
  const score = latest ? toScoreView(latest, model.catalog) : null;
  const byId = new Map(model.catalog.map((i) => [i.id, i]));
  return {
    ...present(project, locale),
    score:
      score && score.countedIndicators > 0
        ? {
            ...score,
            obstacles: score.obstacles.map((o) => ({
              ...o,
              name: byId.has(o.indicatorId) ? localized(byId.get(o.indicatorId)!, "name", locale) : o.code,
            })),
          }
        : null,
  };
}
export type PublishedProjectDetail = NonNullable<Awaited<ReturnType<typeof getPublishedProject>>>;

/** The recommendations with their initiatives' progress; linked projects only where published. */
export async function listPublicRecommendations(locale: string) {
  const rows = await getDb().recommendation.findMany({
    where: { retiredAt: null },
    orderBy: [{ area: "asc" }, { position: "asc" }, { code: "asc" }],
    include: {
      initiatives: {
        orderBy: { createdAt: "asc" },
        include: { milestones: { select: { weight: true, completedAt: true, dueDate: true } }, projects: { select: { projectId: true } } },
      },
    },
  });
  const linked = [...new Set(rows.flatMap((r) => r.initiatives.flatMap((i) => i.projects.map((p) => p.projectId))))];
  const published = await publishedProjectIds(linked);
  const codes = new Map(
    (await getDb().jointProject.findMany({ where: { id: { in: [...published] } }, select: { id: true, code: true } })).map((p) => [
      p.id,
      p.code,
    ]),
  );
  return rows.map((r) => ({
    code: r.code,
    area: r.area,
    text: localized(r, "text", locale),
    progress: recommendationProgress(r.initiatives),
    initiatives: r.initiatives.map((i) => ({
      id: i.id,
      title: localized(i, "title", locale),
      status: i.status,
      progress: initiativeProgress(i),
      dueDate: i.dueDate.toISOString().slice(0, 10),
      milestonesMet: i.milestones.filter((m) => m.completedAt).length,
      milestones: i.milestones.length,
      projects: i.projects.flatMap((p) => (codes.has(p.projectId) ? [codes.get(p.projectId)!] : [])).sort(),
    })),
  }));
}

/** Published forum editions, newest first. */
export async function listPublishedForums() {
  const rows = await getDb().forumEdition.findMany({
    where: { publishedAt: { not: null } },
    orderBy: { heldOn: "desc" },
    select: { id: true, nameEn: true, nameZh: true, nameRu: true, heldOn: true, place: true, publishedAt: true },
  });
  return rows.map((f) => ({ ...f, heldOn: f.heldOn.toISOString().slice(0, 10), publishedAt: f.publishedAt!.toISOString() }));
}
