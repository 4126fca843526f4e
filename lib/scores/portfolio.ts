import "server-only";

import type { DbTx } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { scorePortfolio, ScoringInputError, type ProjectInput, type ProjectScore, type ScoringContext } from "@/lib/scoring";

import { EVIDENCE_INPUT_SELECT, restrictToModel, toEvidenceInput, type ActiveModel } from "./model";

/** The core's own checks, as a translated error naming the field it refused. */
export function checked<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ScoringInputError) throw new ValidationError("modelNotApplicable", error.field, { detail: error.message });
    throw error;
  }
}

/** Every project that has been scored, with all its evidence (for the portfolio context). */
export async function scoredPortfolio(tx: DbTx): Promise<ProjectInput[]> {
  const rows = await tx.evidence.findMany({
    where: { project: { snapshots: { some: {} } } },
    orderBy: [{ projectId: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: { ...EVIDENCE_INPUT_SELECT, projectId: true },
  });
  const projects = new Map<string, ProjectInput & { evidence: ProjectInput["evidence"][number][] }>();
  for (const row of rows) {
    const project = projects.get(row.projectId) ?? { id: row.projectId, evidence: [] };
    project.evidence.push(toEvidenceInput(row));
    projects.set(row.projectId, project);
  }
  return [...projects.values()];
}

export type CandidateScores = { projects: ProjectScore[]; context: ScoringContext };

/**
 * The scored portfolio under a model version that is not active yet: the context activation
 * would freeze and every project's score under it (the re-score reproduces these exactly).
 */
export async function candidateScores(tx: DbTx, model: Pick<ActiveModel, "indicators" | "config">): Promise<CandidateScores> {
  const projects = (await scoredPortfolio(tx)).map((p) => restrictToModel(p, model));
  const result = checked(() => scorePortfolio({ indicators: model.indicators, projects }, model.config));
  return { projects: result.projects, context: result.context };
}
