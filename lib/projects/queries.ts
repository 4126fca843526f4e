import "server-only";

import { assertCan, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/prisma/client";

import type { TLocale, TProjectListQuery } from "./schema";
import { likePattern, pickText } from "./texts";

export const PAGE_SIZE = 20;
/** Counting stops here: the list says "1000+" instead of scanning thousands of rows per request. */
export const COUNT_CAP = 1000;

const ORDER = {
  updated: Prisma.sql`p.updated_at DESC, p.id DESC`,
  code: Prisma.sql`p.code ASC`,
  d: Prisma.sql`p.latest_d DESC NULLS LAST, p.id DESC`,
} as const;

const hasCountry = (country: "CN" | "RU") => Prisma.sql`EXISTS (
  SELECT 1 FROM project_partners pp JOIN organizations o ON o.id = pp.organization_id
  WHERE pp.project_id = p.id AND pp.status = 'ACCEPTED' AND o.country = ${country}::"Country")`;

/** Every filter is a bound parameter; the search uses the trigram index on search_text. */
function whereClause(f: TProjectListQuery): Prisma.Sql {
  const conds: Prisma.Sql[] = [];
  if (f.q) conds.push(Prisma.sql`p.search_text ILIKE ${likePattern(f.q)}`);
  if (f.sector) conds.push(Prisma.sql`p.sector = ${f.sector}::"Sector"`);
  if (f.region) conds.push(Prisma.sql`p.region_code = ${f.region}`);
  if (f.alignment) conds.push(Prisma.sql`p.alignment @> ARRAY[${f.alignment}::"AlignmentTag"]`);
  if (f.status) conds.push(Prisma.sql`p.status = ${f.status}::"ProjectStatus"`);
  if (f.stage) conds.push(Prisma.sql`p.latest_stage = ${f.stage}`);
  if (f.level) conds.push(Prisma.sql`p.latest_level = ${f.level}`);
  if (f.org)
    conds.push(
      Prisma.sql`EXISTS (SELECT 1 FROM project_partners pp WHERE pp.project_id = p.id AND pp.organization_id = ${f.org}::uuid AND pp.status = 'ACCEPTED')`,
    );
  if (f.pairing === "complete") conds.push(Prisma.sql`(${hasCountry("CN")} AND ${hasCountry("RU")})`);
  if (f.pairing === "oneSide") conds.push(Prisma.sql`NOT (${hasCountry("CN")} AND ${hasCountry("RU")})`);
  return conds.length ? Prisma.sql`WHERE ${Prisma.join(conds, " AND ")}` : Prisma.empty;
}

export type ProjectListRow = Awaited<ReturnType<typeof listProjects>>["rows"][number];

/** One page of the portfolio with the reader's-language title and the partner countries. */
export async function listProjects(actor: Actor, filter: TProjectListQuery, locale: string) {
  assertCan(actor, "project.read");
  const db = getDb();
  const where = whereClause(filter);
  const offset = (filter.page - 1) * PAGE_SIZE;
  const [ids, [{ n }]] = await Promise.all([
    db.$queryRaw<
      { id: string }[]
    >`SELECT p.id FROM joint_projects p ${where} ORDER BY ${ORDER[filter.sort]} LIMIT ${PAGE_SIZE} OFFSET ${offset}`,
    db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (SELECT 1 FROM joint_projects p ${where} LIMIT ${COUNT_CAP + 1}) s`,
  ]);
  const projects = await db.jointProject.findMany({
    where: { id: { in: ids.map((r) => r.id) } },
    select: {
      id: true,
      code: true,
      sector: true,
      status: true,
      location: true,
      regionCode: true,
      alignment: true,
      declaredStage: true,
      originalLocale: true,
      textVersion: true,
      latestD: true,
      latestLevel: true,
      latestStage: true,
      updatedAt: true,
      texts: { select: { locale: true, title: true, summary: true, source: true, sourceVersion: true } },
      partners: {
        where: { status: "ACCEPTED" },
        select: { role: true, organization: { select: { id: true, nameEn: true, nameZh: true, nameRu: true, country: true } } },
      },
    },
  });
  const byId = new Map(projects.map((p) => [p.id, p]));
  const rows = ids.flatMap(({ id }) => {
    const p = byId.get(id);
    if (!p) return [];
    const { shown } = pickText(p.texts, p.originalLocale as TLocale, p.textVersion, locale);
    const { texts: _texts, ...rest } = p;
    return [{ ...rest, title: shown.title, titleLocale: shown.locale, titleStatus: shown.status }];
  });
  return { rows, total: Math.min(n, COUNT_CAP), capped: n > COUNT_CAP, page: filter.page, pageSize: PAGE_SIZE };
}

/** The partner landing page's card: their organization's projects and invitations to answer. */
export async function getPartnerProjectSummary(actor: Actor, locale: string) {
  assertCan(actor, "project.read");
  if (!actor.organizationId) return { projects: [], invitations: [] };
  const rows = await getDb().projectPartner.findMany({
    where: { organizationId: actor.organizationId, status: { in: ["ACCEPTED", "PENDING"] } },
    select: {
      status: true,
      project: {
        select: {
          id: true,
          code: true,
          status: true,
          originalLocale: true,
          textVersion: true,
          updatedAt: true,
          texts: { select: { locale: true, title: true, summary: true, source: true, sourceVersion: true } },
        },
      },
    },
    orderBy: { project: { updatedAt: "desc" } },
    take: 50,
  });
  const item = (r: (typeof rows)[number]) => ({
    id: r.project.id,
    code: r.project.code,
    status: r.project.status,
    title: pickText(r.project.texts, r.project.originalLocale as TLocale, r.project.textVersion, locale).shown.title,
  });
  return {
    projects: rows
      .filter((r) => r.status === "ACCEPTED")
      .slice(0, 6)
      .map(item),
    invitations: rows.filter((r) => r.status === "PENDING").map(item),
  };
}
