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
function whereClause(f: TProjectListQuery, extra: Prisma.Sql[] = []): Prisma.Sql {
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
  conds.push(...extra);
  return conds.length ? Prisma.sql`WHERE ${Prisma.join(conds, " AND ")}` : Prisma.empty;
}

/** The list's rows for these ids, in the same order, with the reader's-language title. */
async function hydrate(ids: string[], locale: string) {
  const projects = await getDb().jointProject.findMany({
    where: { id: { in: ids } },
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
      startDate: true,
      endDate: true,
      updatedAt: true,
      texts: { select: { locale: true, title: true, summary: true, source: true, sourceVersion: true } },
      partners: {
        where: { status: "ACCEPTED" },
        select: { role: true, organization: { select: { id: true, nameEn: true, nameZh: true, nameRu: true, country: true } } },
      },
    },
  });
  const byId = new Map(projects.map((p) => [p.id, p]));
  return ids.flatMap((id) => {
    const p = byId.get(id);
    if (!p) return [];
    const { shown } = pickText(p.texts, p.originalLocale as TLocale, p.textVersion, locale);
    const { texts: _texts, ...rest } = p;
    return [{ ...rest, title: shown.title, titleLocale: shown.locale, titleStatus: shown.status }];
  });
}

export type ProjectListRow = Awaited<ReturnType<typeof hydrate>>[number];

/** Where the previous page ended, in the terms of the list's order. */
export type ProjectCursor = { id: string; updatedAt: Date; code: string; latestD: number | null };

/** Rows strictly after the cursor in the list's order (keyset: deep pages cost what the first does). */
function after(sort: TProjectListQuery["sort"], c: ProjectCursor): Prisma.Sql {
  if (sort === "code") return Prisma.sql`p.code > ${c.code}`;
  if (sort === "updated") return Prisma.sql`(p.updated_at, p.id) < (${c.updatedAt}::timestamptz, ${c.id}::uuid)`;
  // latest_d DESC NULLS LAST, id DESC
  if (c.latestD === null) return Prisma.sql`(p.latest_d IS NULL AND p.id < ${c.id}::uuid)`;
  const d = Prisma.sql`${c.latestD}::double precision`;
  return Prisma.sql`(p.latest_d < ${d} OR (p.latest_d = ${d} AND p.id < ${c.id}::uuid) OR p.latest_d IS NULL)`;
}

/**
 * A page of the filtered list after a cursor, for exports and cursor-paginated reads: the same
 * filters and order as the list page, without counting.
 */
export async function listProjectsAfter(
  actor: Actor,
  filter: TProjectListQuery,
  locale: string,
  cursor: ProjectCursor | null,
  limit: number,
): Promise<{ rows: ProjectListRow[]; next: ProjectCursor | null }> {
  assertCan(actor, "project.read");
  const where = whereClause(filter, cursor ? [after(filter.sort, cursor)] : []);
  const ids = await getDb().$queryRaw<{ id: string }[]>`
    SELECT p.id FROM joint_projects p ${where} ORDER BY ${ORDER[filter.sort]} LIMIT ${limit}`;
  const rows = await hydrate(
    ids.map((r) => r.id),
    locale,
  );
  const last = rows.at(-1);
  return {
    rows,
    next: last && ids.length === limit ? { id: last.id, updatedAt: last.updatedAt, code: last.code, latestD: last.latestD } : null,
  };
}

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
  const rows = await hydrate(
    ids.map((r) => r.id),
    locale,
  );
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
