import { z } from "zod";

import { ZIsoDate } from "@/lib/dates";

/** "2026-H2", "2026-Q3", "2026": letters, digits, dashes; what people call the round. */
export const ZPeriodKey = z
  .string()
  .trim()
  .min(1, "required")
  .max(40, "tooLong40")
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._/-]*$/u, "periodKeyInvalid");

export const ZOpenPeriod = z
  .object({
    key: ZPeriodKey,
    startsOn: ZIsoDate,
    endsOn: ZIsoDate,
    /** The last day entries are accepted; the period locks at the end of that day (UTC). */
    deadline: ZIsoDate,
    projectIds: z.array(z.uuid("invalidId")).min(1, "projectsRequired").max(2000, "tooManyProjects"),
  })
  .superRefine((v, ctx) => {
    if (v.startsOn > v.endsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "periodOrder" });
    if (v.deadline < v.endsOn) ctx.addIssue({ code: "custom", path: ["deadline"], message: "deadlineBeforeEnd" });
  });
export type TOpenPeriod = z.infer<typeof ZOpenPeriod>;

export const ZReopenPeriod = z.object({
  id: z.uuid("invalidId"),
  version: z.number().int().positive(),
  until: ZIsoDate,
  reason: z.string().trim().min(1, "reasonRequired").max(2000, "tooLong2000"),
});
export type TReopenPeriod = z.infer<typeof ZReopenPeriod>;
