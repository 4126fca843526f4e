import { z } from "zod";

/** Query-string filters of the audit log (route handler and page share them). */
export const ZAuditQuery = z.object({
  action: z.string().max(100).optional(),
  entityType: z.string().max(100).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  before: z.string().regex(/^\d{1,19}$/).optional(),
});
export type TAuditQuery = z.infer<typeof ZAuditQuery>;
