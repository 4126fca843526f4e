import "server-only";

import { z } from "zod";

import { toIsoDate } from "@/lib/dates";
import { listProjectsAfter } from "@/lib/projects/queries";
import { LOCALES, PAIRINGS, PROJECT_STATUSES, SECTORS, SORTS, ZProjectFields } from "@/lib/projects/schema";
import { getProjectOrThrow, updateProject } from "@/lib/projects/service";
import { textStatus, type ProjectTextRow } from "@/lib/projects/texts";

import { decodeCursor, encodeCursor } from "../cursor";
import { defineOperation } from "../operation";
import {
  named,
  one,
  organizationRef,
  page,
  requests,
  responses,
  ZIdParams,
  ZIsoDateTime,
  ZIsoDay,
  ZLocale,
  ZOrganizationRef,
  ZPageQuery,
} from "../schemas";

export const ZProjectScoreFigures = z
  .object({
    d: z.number().meta({ description: "Coupling coordination degree D of the latest score snapshot." }),
    level: z.number().int().min(1).max(10),
    stage: z.number().int().min(1).max(3).nullable(),
  })
  .nullable()
  .meta({ description: "The latest score's figures; null before the first evidence." });

const ZPartner = z.object({ organization: ZOrganizationRef, role: z.enum(["LEAD", "PARTNER"]) });

export const ZProject = named(
  responses,
  "Project",
  z.object({
    id: z.uuid(),
    code: z.string(),
    status: z.enum(PROJECT_STATUSES),
    sector: z.enum(SECTORS),
    location: z.string(),
    declaredStage: z.number().int(),
    startDate: ZIsoDay,
    endDate: ZIsoDay.nullable(),
    originalLocale: ZLocale,
    texts: z
      .array(
        z.object({
          locale: ZLocale,
          title: z.string(),
          summary: z.string(),
          status: z.enum(["original", "translated", "outdated"]).meta({ description: "`outdated`: translated from an older original." }),
        }),
      )
      .meta({ description: "The original and every translation a person made." }),
    partners: z.array(ZPartner).meta({ description: "Organizations that accepted membership." }),
    score: ZProjectScoreFigures,
    version: z.number().int().meta({ description: "Send it back in If-Match to update the project." }),
    updatedAt: ZIsoDateTime,
  }),
  "A joint project with its texts in every stored language and its member organizations.",
);

type ProjectRow = {
  id: string;
  code: string;
  status: (typeof PROJECT_STATUSES)[number];
  sector: (typeof SECTORS)[number];
  location: string;
  declaredStage: number;
  startDate: Date;
  endDate: Date | null;
  originalLocale: (typeof LOCALES)[number];
  textVersion: number;
  texts: ProjectTextRow[];
  partners: { role: "LEAD" | "PARTNER"; status: string; organization: Parameters<typeof organizationRef>[0] }[];
  latestD: number | null;
  latestLevel: number | null;
  latestStage: number | null;
  version: number;
  updatedAt: Date;
};

export function toProject(p: ProjectRow): z.input<typeof ZProject> {
  return {
    id: p.id,
    code: p.code,
    status: p.status,
    sector: p.sector,
    location: p.location,
    declaredStage: p.declaredStage,
    startDate: toIsoDate(p.startDate),
    endDate: p.endDate ? toIsoDate(p.endDate) : null,
    originalLocale: p.originalLocale,
    texts: p.texts.map((t) => ({ locale: t.locale, title: t.title, summary: t.summary, status: textStatus(t, p.textVersion) })),
    partners: p.partners
      .filter((m) => m.status === "ACCEPTED")
      .map((m) => ({ organization: organizationRef(m.organization), role: m.role })),
    score: p.latestD === null || p.latestLevel === null ? null : { d: p.latestD, level: p.latestLevel, stage: p.latestStage },
    version: p.version,
    updatedAt: p.updatedAt.toISOString(),
  };
}

export const getProject = defineOperation({
  operationId: "getProject",
  method: "get",
  path: "/projects/{id}",
  tag: "Projects",
  summary: "Read a project",
  access: "read",
  params: ZIdParams,
  response: one(ZProject),
  errors: [404],
  async run(actor, { params }) {
    return { data: toProject(await getProjectOrThrow(actor, params.id)) };
  },
});

export const ZProjectUpdate = named(
  requests,
  "ProjectUpdate",
  ZProjectFields,
  "Every editable field, as the project's edit form has them; `title` and `summary` are the original's.",
);

export const updateProjectOperation = defineOperation({
  operationId: "updateProject",
  method: "put",
  path: "/projects/{id}",
  tag: "Projects",
  summary: "Update a project",
  description: "A partner of a member organization replaces the project's editable fields. Send the version you read in If-Match.",
  access: "write",
  params: ZIdParams,
  body: ZProjectUpdate,
  ifMatch: true,
  response: one(ZProject),
  errors: [403, 404, 409, 412, 422, 428],
  async run(actor, { params, body, version }) {
    await updateProject(actor, { ...body, id: params.id, version });
    return { data: toProject(await getProjectOrThrow(actor, params.id)) };
  },
});

export const ZProjectSummary = named(
  responses,
  "ProjectSummary",
  z.object({
    id: z.uuid(),
    code: z.string(),
    status: z.enum(PROJECT_STATUSES),
    sector: z.enum(SECTORS),
    location: z.string(),
    declaredStage: z.number().int(),
    startDate: ZIsoDay,
    endDate: ZIsoDay.nullable(),
    title: z.string(),
    titleLocale: ZLocale.meta({
      description: "The language of `title`: the one asked for in `lang` when a person translated it, else the original's.",
    }),
    partners: z.array(ZPartner),
    score: ZProjectScoreFigures,
    updatedAt: ZIsoDateTime,
  }),
  "A project as the list shows it; read the project for its texts in every language and its version.",
);

const ZProjectCursor = z.object({
  id: z.uuid(),
  updatedAt: z.iso.datetime().transform((s) => new Date(s)),
  code: z.string().max(100),
  latestD: z.number().nullable(),
});

export const listProjectsOperation = defineOperation({
  operationId: "listProjects",
  method: "get",
  path: "/projects",
  tag: "Projects",
  summary: "List projects",
  description: "The project list's filters and orders; every signed-in reader sees every project.",
  access: "read",
  query: ZPageQuery.extend({
    q: z.string().trim().min(1).max(100).optional().meta({ description: "Words of a title or summary, in any language." }),
    sector: z.enum(SECTORS).optional(),
    status: z.enum(PROJECT_STATUSES).optional(),
    stage: z.coerce.number().int().min(1).max(3).optional().meta({ description: "The latest score's stage." }),
    level: z.coerce.number().int().min(1).max(10).optional().meta({ description: "The latest score's coordination level." }),
    organization: z.uuid().optional().meta({ description: "Only projects this organization has joined." }),
    pairing: z.enum(PAIRINGS).optional().meta({ description: "`complete`: accepted partners of both countries; `oneSide`: not yet." }),
    sort: z.enum(SORTS).default("code").meta({ description: "`code`, `updated` (latest change first) or `d` (highest D first)." }),
    lang: ZLocale.default("en").meta({ description: "The language of `title` when a person translated it." }),
  }),
  response: page(ZProjectSummary),
  errors: [],
  async run(actor, { query }) {
    const { limit, cursor, organization, lang, ...filter } = query;
    const result = await listProjectsAfter(
      actor,
      { ...filter, q: filter.q, org: organization, page: 1 },
      lang,
      decodeCursor(ZProjectCursor, cursor),
      limit,
    );
    return {
      data: result.rows.map((p) => ({
        id: p.id,
        code: p.code,
        status: p.status,
        sector: p.sector,
        location: p.location,
        declaredStage: p.declaredStage,
        startDate: toIsoDate(p.startDate),
        endDate: p.endDate ? toIsoDate(p.endDate) : null,
        title: p.title,
        titleLocale: p.titleLocale,
        partners: p.partners.map((m) => ({ organization: organizationRef(m.organization), role: m.role })),
        score: p.latestD === null || p.latestLevel === null ? null : { d: p.latestD, level: p.latestLevel, stage: p.latestStage },
        updatedAt: p.updatedAt.toISOString(),
      })),
      nextCursor: result.next && encodeCursor({ ...result.next, updatedAt: result.next.updatedAt.toISOString() }),
    };
  },
});
