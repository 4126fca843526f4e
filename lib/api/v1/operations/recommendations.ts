import "server-only";

import { z } from "zod";

import { INITIATIVE_STATUSES } from "@/lib/initiatives/progress";
import { AREAS } from "@/lib/recommendations/schema";
import { getRecommendationOrThrow, listRecommendationsOverview } from "@/lib/recommendations/service";
import { DIMENSIONS } from "@/lib/scoring/types";

import { pageInMemory } from "../cursor";
import { defineOperation } from "../operation";
import { named, one, page, responses, trilingual, ZIdParams, ZPageQuery, ZTrilingual } from "../schemas";

const ZProgress = z
  .number()
  .min(0)
  .max(100)
  .nullable()
  .meta({ description: "Weighted progress in percent; null with nothing to measure." });

const ZInitiativeSummary = z.object({
  id: z.uuid(),
  title: ZTrilingual,
  status: z.enum(INITIATIVE_STATUSES),
  progress: z.number().min(0).max(100),
  overdueMilestones: z.number().int(),
});

export const ZRecommendation = named(
  responses,
  "Recommendation",
  z.object({
    id: z.uuid(),
    code: z.string(),
    area: z.enum(AREAS),
    text: ZTrilingual,
    dimensions: z.array(z.enum(DIMENSIONS)),
    indicatorCodes: z.array(z.string()),
    retired: z.boolean(),
    progress: ZProgress,
    statusCounts: z.record(z.enum(INITIATIVE_STATUSES), z.number().int()).meta({ description: "Initiatives per status." }),
    initiatives: z.array(ZInitiativeSummary).optional().meta({ description: "Only when reading one recommendation." }),
  }),
  "A policy recommendation with the roll-up of the initiatives that carry it out.",
);

type Base = {
  id: string;
  code: string;
  area: (typeof AREAS)[number];
  textEn: string;
  textZh: string;
  textRu: string;
  dimensions: (typeof DIMENSIONS)[number][];
  indicatorCodes: string[];
  retiredAt: Date | null;
  progress: number | null;
  distribution: Record<(typeof INITIATIVE_STATUSES)[number], number>;
};

const toRecommendation = (r: Base): z.input<typeof ZRecommendation> => ({
  id: r.id,
  code: r.code,
  area: r.area,
  text: trilingual(r, "text"),
  dimensions: r.dimensions,
  indicatorCodes: r.indicatorCodes,
  retired: r.retiredAt !== null,
  progress: r.progress,
  statusCounts: r.distribution,
});

export const listRecommendations = defineOperation({
  operationId: "listRecommendations",
  method: "get",
  path: "/recommendations",
  tag: "Recommendations",
  summary: "List the recommendations",
  description: "By area and position; the initiative filters narrow the roll-up and drop recommendations without a matching initiative.",
  access: "read",
  query: ZPageQuery.extend({
    area: z.enum(AREAS).optional(),
    status: z.enum(INITIATIVE_STATUSES).optional().meta({ description: "Only initiatives in this status count." }),
    country: z.enum(["CN", "RU"]).optional().meta({ description: "Only initiatives with an owner organization of this country count." }),
    includeRetired: z.stringbool().default(false),
  }),
  response: page(ZRecommendation),
  errors: [],
  async run(actor, { query }) {
    const { limit, cursor, includeRetired, ...filter } = query;
    const rows = await listRecommendationsOverview(actor, filter, includeRetired);
    const { rows: shown, nextCursor } = pageInMemory(rows, cursor, limit);
    return { data: shown.map(toRecommendation), nextCursor };
  },
});

export const getRecommendation = defineOperation({
  operationId: "getRecommendation",
  method: "get",
  path: "/recommendations/{id}",
  tag: "Recommendations",
  summary: "Read a recommendation with its initiatives",
  access: "read",
  params: ZIdParams,
  response: one(ZRecommendation),
  errors: [404],
  async run(actor, { params }) {
    const r = await getRecommendationOrThrow(actor, params.id);
    return {
      data: {
        ...toRecommendation(r),
        initiatives: r.initiatives.map((i) => ({
          id: i.id,
          title: trilingual(i, "title"),
          status: i.status,
          progress: i.progress,
          overdueMilestones: i.overdue,
        })),
      },
    };
  },
});
