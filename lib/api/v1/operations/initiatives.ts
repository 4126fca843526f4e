import "server-only";

import { z } from "zod";

import { toIsoDate } from "@/lib/dates";
import { listInitiativesAfter } from "@/lib/initiatives/pages";
import { INITIATIVE_STATUSES } from "@/lib/initiatives/progress";
import { getInitiativeOrThrow } from "@/lib/initiatives/service";
import { AREAS } from "@/lib/recommendations/schema";
import { DIMENSIONS } from "@/lib/scoring/types";

import { decodeCursor, encodeCursor } from "../cursor";
import { defineOperation } from "../operation";
import {
  named,
  one,
  organizationRef,
  page,
  responses,
  trilingual,
  ZIdParams,
  ZIsoDateTime,
  ZIsoDay,
  ZOrganizationRef,
  ZPageQuery,
  ZTrilingual,
} from "../schemas";

export const ZInitiative = named(
  responses,
  "Initiative",
  z.object({
    id: z.uuid(),
    recommendation: z.object({ id: z.uuid(), code: z.string() }),
    title: ZTrilingual,
    description: ZTrilingual,
    responsible: z.string(),
    status: z.enum(INITIATIVE_STATUSES),
    startDate: ZIsoDay,
    dueDate: ZIsoDay,
    weight: z.number(),
    dimensions: z.array(z.enum(DIMENSIONS)),
    indicatorCodes: z.array(z.string()),
    owners: z.array(ZOrganizationRef),
    projectIds: z.array(z.uuid()).meta({ description: "Linked joint projects." }),
    progress: z.number().min(0).max(100).meta({ description: "Weighted share of completed milestones, in percent." }),
    milestones: z.array(
      z.object({
        id: z.uuid(),
        title: z.string(),
        dueDate: ZIsoDay,
        weight: z.number(),
        completedAt: ZIsoDateTime.nullable(),
        overdue: z.boolean(),
      }),
    ),
    version: z.number().int(),
  }),
  "An initiative carrying out a recommendation, with its owners, milestones and progress.",
);

type InitiativeRow = {
  id: string;
  recommendation: { id: string; code: string };
  titleEn: string;
  titleZh: string;
  titleRu: string;
  descriptionEn: string;
  descriptionZh: string;
  descriptionRu: string;
  responsible: string;
  status: (typeof INITIATIVE_STATUSES)[number];
  startDate: Date;
  dueDate: Date;
  weight: number;
  dimensions: (typeof DIMENSIONS)[number][];
  indicatorCodes: string[];
  owners: { organization: Parameters<typeof organizationRef>[0] }[];
  projectIds: string[];
  progress: number;
  milestones: { id: string; title: string; dueDate: Date; weight: number; completedAt: Date | null; overdue: boolean }[];
  version: number;
};

export const toInitiative = (i: InitiativeRow): z.input<typeof ZInitiative> => ({
  id: i.id,
  recommendation: { id: i.recommendation.id, code: i.recommendation.code },
  title: trilingual(i, "title"),
  description: trilingual(i, "description"),
  responsible: i.responsible,
  status: i.status,
  startDate: toIsoDate(i.startDate),
  dueDate: toIsoDate(i.dueDate),
  weight: i.weight,
  dimensions: i.dimensions,
  indicatorCodes: i.indicatorCodes,
  owners: i.owners.map((o) => organizationRef(o.organization)),
  projectIds: i.projectIds,
  progress: i.progress,
  milestones: i.milestones.map((m) => ({
    id: m.id,
    title: m.title,
    dueDate: toIsoDate(m.dueDate),
    weight: m.weight,
    completedAt: m.completedAt?.toISOString() ?? null,
    overdue: m.overdue,
  })),
  version: i.version,
});

export const getInitiative = defineOperation({
  operationId: "getInitiative",
  method: "get",
  path: "/initiatives/{id}",
  tag: "Initiatives",
  summary: "Read an initiative",
  access: "read",
  params: ZIdParams,
  response: one(ZInitiative),
  errors: [404],
  async run(actor, { params }) {
    return { data: toInitiative(await getInitiativeOrThrow(actor, params.id)) };
  },
});

export const listInitiatives = defineOperation({
  operationId: "listInitiatives",
  method: "get",
  path: "/initiatives",
  tag: "Initiatives",
  summary: "List initiatives",
  description: "In the overview's order (recommendation code, then creation), with the overview's filters.",
  access: "read",
  query: ZPageQuery.extend({
    area: z.enum(AREAS).optional().meta({ description: "The recommendation's area." }),
    status: z.enum(INITIATIVE_STATUSES).optional(),
    country: z.enum(["CN", "RU"]).optional().meta({ description: "Only initiatives an organization of this country owns." }),
    forum: z.uuid().optional().meta({ description: "Only initiatives linked to this forum." }),
  }),
  response: page(ZInitiative),
  errors: [],
  async run(actor, { query }) {
    const { limit, cursor, ...filter } = query;
    const { rows, next } = await listInitiativesAfter(actor, filter, decodeCursor(z.uuid(), cursor), limit);
    return {
      data: rows.map((r) => toInitiative({ ...r, recommendation: { id: r.recommendationId, code: r.recommendation.code } })),
      nextCursor: next && encodeCursor(next),
    };
  },
});
