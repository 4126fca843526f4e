import { z } from "zod";

import { locales } from "@/lib/i18n/routing";

/** What the upload form sends beside the file. */
export const ZImportRequest = z.object({
  periodId: z.uuid("periodInvalid"),
  mode: z.enum(["dry", "confirm"]),
  intent: z.enum(["draft", "submit"]).default("draft"),
  confirmOutliers: z.boolean().default(false),
  /** The page's language: how the file's text numbers are written and which language the report uses. */
  locale: z.enum(locales, "localeInvalid"),
});
export type TImportRequestBody = z.infer<typeof ZImportRequest>;

export const ZTemplateQuery = z.object({ period: z.uuid("periodInvalid"), locale: z.enum(locales, "localeInvalid") });
