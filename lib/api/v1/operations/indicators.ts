import "server-only";

import { z } from "zod";

import { getCatalogIndicatorOrThrow, listCatalogIndicators } from "@/lib/catalog/queries";
import { DIMENSIONS } from "@/lib/scoring/types";

import { pageInMemory } from "../cursor";
import { defineOperation } from "../operation";
import { named, one, page, responses, trilingual, ZIdParams, ZPageQuery, ZTrilingual } from "../schemas";

export const ZIndicator = named(
  responses,
  "Indicator",
  z.object({
    id: z.uuid(),
    code: z.string(),
    dimension: z.enum(DIMENSIONS),
    stageTag: z.number().int().meta({ description: "The evolution stage (1–3) the indicator speaks for." }),
    unit: z.string(),
    direction: z.enum(["BENEFIT", "COST"]),
    kind: z.enum(["QUANTITATIVE", "ORDINAL"]),
    lower: z.number().meta({ description: "Goalpost that normalizes to 0 (benefit) or 1 (cost)." }),
    upper: z.number(),
    weight: z.number(),
    flags: z.array(z.string()),
    name: ZTrilingual,
    definition: ZTrilingual,
    active: z.boolean().meta({ description: "Only active indicators accept new evidence." }),
  }),
  "An indicator of the catalog that evidence is entered against.",
);

type IndicatorRow = Awaited<ReturnType<typeof getCatalogIndicatorOrThrow>>;

const toIndicator = (i: IndicatorRow): z.input<typeof ZIndicator> => ({
  id: i.id,
  code: i.code,
  dimension: i.dimension,
  stageTag: i.stageTag,
  unit: i.unit,
  direction: i.direction,
  kind: i.kind,
  lower: i.lower,
  upper: i.upper,
  weight: i.weight,
  flags: i.flags,
  name: trilingual(i, "name"),
  definition: trilingual(i, "definition"),
  active: i.active,
});

export const listIndicators = defineOperation({
  operationId: "listIndicators",
  method: "get",
  path: "/indicators",
  tag: "Indicators",
  summary: "List the indicator catalog",
  description: "In catalog order (dimension, then code).",
  access: "read",
  query: ZPageQuery.extend({
    dimension: z.enum(DIMENSIONS).optional(),
    includeInactive: z.stringbool().default(false).meta({ description: "Also list retired indicators." }),
  }),
  response: page(ZIndicator),
  errors: [],
  async run(actor, { query }) {
    const rows = await listCatalogIndicators(actor, query);
    const { rows: shown, nextCursor } = pageInMemory(rows, query.cursor, query.limit);
    return { data: shown.map(toIndicator), nextCursor };
  },
});

export const getIndicator = defineOperation({
  operationId: "getIndicator",
  method: "get",
  path: "/indicators/{id}",
  tag: "Indicators",
  summary: "Read an indicator",
  access: "read",
  params: ZIdParams,
  response: one(ZIndicator),
  errors: [404],
  async run(actor, { params }) {
    return { data: toIndicator(await getCatalogIndicatorOrThrow(actor, params.id)) };
  },
});
