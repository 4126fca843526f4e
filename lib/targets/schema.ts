import { z } from "zod";

const figure = z.number("numberInvalid").refine(Number.isFinite, "numberInvalid").nullable();

/** The whole table of a project's indicators: which it reports on, with baseline and target. */
export const ZSavePlan = z.object({
  projectId: z.uuid("invalidId"),
  rows: z
    .array(
      z.object({
        indicatorId: z.uuid("invalidId"),
        include: z.boolean(),
        baseline: figure,
        target: figure,
        /** The row's version as loaded; 0 when the project had no row for the indicator. */
        version: z.number().int().min(0),
      }),
    )
    .max(200),
});
export type TSavePlan = z.infer<typeof ZSavePlan>;
