import "server-only";

import { z } from "zod";

import { getProjectScoreHistory, getProjectScores } from "@/lib/scores/service";

import { pageInMemory } from "../cursor";
import { defineOperation } from "../operation";
import { named, one, page, responses, ZIdParams, ZIsoDateTime, ZPageQuery } from "../schemas";

const ZU = z.object({ TECHNOLOGY: z.number(), INSTITUTIONAL: z.number(), RESOURCE: z.number() }).meta({
  description: "Dimension scores U in [0, 1].",
});

export const ZScore = named(
  responses,
  "Score",
  z.object({
    id: z.string().meta({ description: "The snapshot's id." }),
    computedAt: ZIsoDateTime,
    modelVersion: z.number().int(),
    trigger: z.string().meta({ description: "What caused the snapshot, e.g. `evidence.submit`, `verification.confirm`." }),
    U: ZU,
    C: z.number().meta({ description: "Coupling degree." }),
    T: z.number().meta({ description: "Comprehensive coordination index." }),
    D: z.number().meta({ description: "Coupling coordination degree, sqrt(C·T)." }),
    level: z.number().int().min(1).max(10),
    stage: z.number().int().min(1).max(3).nullable().meta({ description: "Development stage; null: not assessed." }),
    confidence: z.number().meta({ description: "Share of the counted evidence that is verified." }),
    coverage: z.number(),
    stageReasons: z.array(z.object({ key: z.string(), held: z.boolean(), values: z.record(z.string(), z.number()) })),
    constraints: z.array(z.object({ key: z.string(), triggered: z.boolean(), values: z.record(z.string(), z.number().nullable()) })),
    obstacles: z
      .array(z.object({ indicatorId: z.string(), code: z.string(), degree: z.number() }))
      .meta({ description: "The indicators holding the score down most, largest obstacle degree first." }),
  }),
  "A project's latest score snapshot, computed by the shared scoring core.",
);

export const getProjectScore = defineOperation({
  operationId: "getProjectScore",
  method: "get",
  path: "/projects/{id}/score",
  tag: "Scores",
  summary: "Read a project's latest score",
  description: "`data` is null before the project's first evidence.",
  access: "read",
  params: ZIdParams,
  response: one(ZScore, { nullable: true }),
  errors: [404],
  async run(actor, { params }) {
    const { latest } = await getProjectScores(actor, params.id);
    if (!latest) return { data: null };
    return {
      data: {
        id: latest.id,
        computedAt: latest.computedAt,
        modelVersion: latest.modelVersion,
        trigger: latest.trigger,
        U: latest.U,
        C: latest.C,
        T: latest.T,
        D: latest.D,
        level: latest.level,
        stage: latest.stage,
        confidence: latest.confidence,
        coverage: latest.coverage,
        stageReasons: latest.stageReasons,
        constraints: latest.constraints,
        obstacles: latest.obstacles,
      },
    };
  },
});

export const ZScorePoint = named(
  responses,
  "ScorePoint",
  z.object({
    id: z.string().meta({ description: "The snapshot's id." }),
    computedAt: ZIsoDateTime,
    modelVersion: z.number().int(),
    trigger: z.string(),
    U: ZU,
    D: z.number(),
    level: z.number().int().min(1).max(10),
    stage: z.number().int().min(1).max(3).nullable(),
  }),
  "One snapshot of a project's score history: its figures, without the reasons.",
);

export const listProjectScores = defineOperation({
  operationId: "listProjectScores",
  method: "get",
  path: "/projects/{id}/scores",
  tag: "Scores",
  summary: "Read a project's score history",
  description: "Newest first; the last 200 snapshots, as the project page charts them.",
  access: "read",
  params: ZIdParams,
  query: ZPageQuery,
  response: page(ZScorePoint),
  errors: [404],
  async run(actor, { params, query }) {
    const newestFirst = (await getProjectScoreHistory(actor, params.id)).map((h) => ({
      id: h.id,
      computedAt: h.computedAt,
      modelVersion: h.modelVersion,
      trigger: h.trigger,
      U: h.U,
      D: h.D,
      level: h.level,
      stage: h.stage,
    }));
    const { rows, nextCursor } = pageInMemory(newestFirst, query.cursor, query.limit, z.string().regex(/^\d{1,19}$/));
    return { data: rows, nextCursor };
  },
});
