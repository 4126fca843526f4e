import { z } from "zod";

import { DATA_GOVERNANCE_FLAG, DOCKING_FLAG, FLOW_FLAG, PLATFORM_FLAG, TALENT_FLAG } from "@/lib/scoring";

import { UNITS } from "./indicators";

// Messages are keys under `validation.` (core) or `catalog.validation.` (this feature).
const name = z.string().trim().min(1, "required").max(200, "tooLong200");
const definition = z.string().trim().min(1, "required").max(2000, "tooLong2000");
const finite = z.number("numberRequired").refine(Number.isFinite, "numberRequired");

export const INDICATOR_FLAGS = [DATA_GOVERNANCE_FLAG, TALENT_FLAG, PLATFORM_FLAG, DOCKING_FLAG, FLOW_FLAG] as const;

export const ZUpdateIndicator = z
  .object({
    id: z.uuid("invalidId"),
    version: z.number().int().positive(),
    nameEn: name,
    nameZh: name,
    nameRu: name,
    definitionEn: definition,
    definitionZh: definition,
    definitionRu: definition,
    unit: z.enum(UNITS, "unitInvalid"),
    direction: z.enum(["BENEFIT", "COST"], "directionInvalid"),
    stageTag: z.number().int().min(1, "stageTagInvalid").max(3, "stageTagInvalid"),
    lower: finite,
    upper: finite,
    weight: finite.pipe(z.number().min(0, "weightRange").max(1, "weightRange")),
    flags: z.array(z.enum(INDICATOR_FLAGS, "invalid")).max(INDICATOR_FLAGS.length),
  })
  .refine((v) => v.lower < v.upper, { path: ["upper"], message: "boundsOrder" });
export type TUpdateIndicator = z.infer<typeof ZUpdateIndicator>;
