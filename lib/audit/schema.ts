import { z } from "zod";

import { ZIsoDate } from "@/lib/dates";
import { locales } from "@/lib/i18n/routing";

// An empty form field arrives as "", which means "no filter".
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

/** Query-string filters of the audit log (route handler and page share them). */
export const ZAuditQuery = z.object({
  action: optional(z.string().max(100)),
  entityType: optional(z.string().max(100)),
  from: optional(ZIsoDate),
  to: optional(ZIsoDate),
  // The reader's language, for the names of what the entries are about.
  locale: optional(z.enum(locales)),
  // A cursor is a positive bigint id: at most 2^63 - 1, the largest PostgreSQL stores.
  before: optional(
    z
      .string()
      // One check: Zod runs every check even after one failed, so BigInt must not see what the
      // pattern refuses.
      .refine((s) => /^\d{1,19}$/.test(s) && BigInt(s) <= 9_223_372_036_854_775_807n, "invalidInput"),
  ),
});
export type TAuditQuery = z.infer<typeof ZAuditQuery>;
