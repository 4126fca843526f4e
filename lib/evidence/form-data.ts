import "server-only";

import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { localized } from "@/lib/i18n/localized";
import { log } from "@/lib/log";
import { getScoringPreview } from "@/lib/scores/service";
import type { ProjectInput, ScoringContext, ScoringModel } from "@/lib/scoring";

import { listActiveIndicators } from "./queries";
import { isShared } from "./status";

/** Indicator choices in the reader's language. */
export async function indicatorOptions(locale: string, unitLabel: (unit: string) => string) {
  const rows = await listActiveIndicators();
  return rows.map((i) => ({
    id: i.id,
    code: i.code,
    dimension: i.dimension,
    unit: i.unit,
    unitLabel: unitLabel(i.unit),
    kind: i.kind,
    name: localized(i, "name", locale),
    definition: localized(i, "definition", locale),
  }));
}

/**
 * The live preview's data, or null when scoring is unavailable (no active model yet). Drafts
 * never count towards a score, and other organizations' drafts are private, so none are sent
 * to the browser.
 */
export async function previewData(
  actor: Actor,
  projectId: string,
): Promise<{ model: ScoringModel; context: ScoringContext; project: ProjectInput } | null> {
  try {
    const preview = await getScoringPreview(actor, projectId);
    return {
      model: preview.model,
      context: preview.context,
      project: { id: preview.project.id, evidence: preview.project.evidence.filter((e) => isShared(e.status)) },
    };
  } catch (error) {
    if (error instanceof AppError) return null;
    log.error({ err: error, projectId }, "scoring preview unavailable");
    return null;
  }
}
