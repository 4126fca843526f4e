import { z } from "zod";

/** The queue's filters, from the query string; anything unparsable means "no filter". */
export const ZQueueFilter = z.object({
  project: z.uuid().optional().catch(undefined),
  period: z.uuid().optional().catch(undefined),
  indicator: z.uuid().optional().catch(undefined),
  dimension: z.enum(["TECHNOLOGY", "INSTITUTIONAL", "RESOURCE"]).optional().catch(undefined),
  organization: z.uuid().optional().catch(undefined),
  minAge: z.coerce.number().int().min(1).max(3650).optional().catch(undefined),
  unusual: z
    .literal("1")
    .optional()
    .catch(undefined)
    .transform((v) => v === "1"),
});
export type TQueueFilter = z.infer<typeof ZQueueFilter>;
