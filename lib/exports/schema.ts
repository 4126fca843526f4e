import { z } from "zod";

import { ZAuditQuery } from "@/lib/audit/schema";
import { ZProjectListQuery } from "@/lib/projects/schema";
import { ZOverviewFilter } from "@/lib/recommendations/schema";

import { EXPORT_FORMATS } from "./table";

export const EXPORT_TABLES = ["projects", "evidence", "scores", "queue", "initiatives", "audit"] as const;
export type ExportTableName = (typeof EXPORT_TABLES)[number];

/** What every download asks: the file format and the language of headers and labels. */
export const ZExportOptions = z.object({
  format: z.enum(EXPORT_FORMATS, "invalid").default("xlsx"),
  locale: z.enum(["en", "zh", "ru"], "localeInvalid").optional(),
});

/** Per table, the same filters as its page (the list's page number is meaningless here). */
export const ZExportFilters = {
  projects: ZProjectListQuery,
  evidence: z.object({ project: z.uuid("invalidId") }),
  scores: z.object({ project: z.uuid("invalidId") }),
  queue: z.object({}),
  initiatives: ZOverviewFilter,
  audit: ZAuditQuery.omit({ before: true }),
} as const;
