import { z } from "zod";

import { locales } from "@/lib/i18n/routing";

/**
 * Which part of a project's evidence table is shown: its page and dimension filter, read from
 * the project page's address and sent back by the browser when the table loads.
 */
export const EVIDENCE_DIMENSIONS = ["TECHNOLOGY", "INSTITUTIONAL", "RESOURCE"] as const;
export type EvidenceDimension = (typeof EVIDENCE_DIMENSIONS)[number];

export const ZEvidenceView = z.object({
  page: z.number().int().min(1).max(1_000_000).optional(),
  dimension: z.enum(EVIDENCE_DIMENSIONS).optional(),
});
export type TEvidenceView = z.infer<typeof ZEvidenceView>;

export const ZEvidenceTableInput = ZEvidenceView.extend({ projectId: z.uuid("invalidId"), locale: z.enum(locales) });
export type TEvidenceTableInput = z.infer<typeof ZEvidenceTableInput>;

/** The view in a project page's query string (`evidencePage`, `evidenceDimension`); anything else is ignored. */
export function evidenceViewFromSearch(search: { evidencePage?: string; evidenceDimension?: string }): TEvidenceView {
  const parsed = ZEvidenceView.safeParse({
    page: search.evidencePage ? Number(search.evidencePage) : undefined,
    dimension: search.evidenceDimension,
  });
  return parsed.success ? parsed.data : {};
}
