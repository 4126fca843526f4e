"use server";

import { authActionClient } from "@/lib/actions/safe-action";
import { ZEvidenceTableInput } from "@/lib/evidence/table-view";

import { EvidenceTable } from "./evidence-table";

/**
 * The project page's evidence table, rendered when the reader scrolls to it (DeferredSection).
 * The service checks that the reader may read the project; the input is the page's own view.
 */
export const loadEvidenceTableAction = authActionClient
  .inputSchema(ZEvidenceTableInput)
  .action(async ({ parsedInput: { projectId, locale, ...view }, ctx }) => (
    <EvidenceTable user={ctx.user} projectId={projectId} locale={locale} view={view} />
  ));
