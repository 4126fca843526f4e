import "server-only";

import type { DbTx } from "@/lib/db/client";
import type { ProjectInput, ProjectScore } from "@/lib/scoring";

import { restrictToModel, toEvidenceInput, type ActiveModel } from "./model";
import { getActiveModel, type ModelHead } from "./model-cache";
import type { LockedProject } from "./project-lock";
import { fingerprint, snapshotFigures } from "./snapshot";

export { lockedProject, lockProjectForScoring, type LockedProject } from "./project-lock";

type StateRow = {
  model_id: string | null;
  model_version: number | null;
  activated_at: Date | null;
  /** The project's evidence as loadProjectInput reads it (same order), dates as ISO days. */
  evidence: {
    id: string;
    indicatorId: string;
    value: number;
    status: string;
    periodStart: string;
    periodEnd: string;
    country: "CN" | "RU";
  }[];
  snapshot_id: bigint | null;
  fingerprint: string | null;
  result: unknown;
};

/**
 * The active model's head, locked FOR SHARE, with the project's evidence and its latest snapshot,
 * in one statement. Activation flips `active` under FOR UPDATE, so it waits until this
 * transaction ends and the re-score that follows it sees the snapshot written here. Waiting for
 * an activation leaves the evidence and the snapshot read as of before the wait, which is safe
 * because the caller holds the project's lock (LockedProject): nobody else can have changed
 * either meanwhile. No head: an activation committed while the lock waited (its new row was not
 * in the statement's snapshot); getActiveModel then reads the new one.
 */
async function readState(tx: DbTx, projectId: string) {
  const [row] = await tx.$queryRaw<StateRow[]>`
    SELECT m.id::text AS model_id, m.version AS model_version, m.activated_at,
      (SELECT coalesce(json_agg(json_build_object(
                'id', e.id, 'indicatorId', e.indicator_id, 'value', e.value, 'status', e.status,
                'periodStart', e.period_start, 'periodEnd', e.period_end, 'country', o.country)
              ORDER BY e.created_at, e.id), '[]'::json)
         FROM evidence e JOIN organizations o ON o.id = e.organization_id
         WHERE e.project_id = ${projectId}::uuid) AS evidence,
      s.id AS snapshot_id, s.fingerprint, s.result
    FROM (VALUES (1)) AS one (x)
    LEFT JOIN LATERAL (
      SELECT id, version, activated_at FROM scoring_models WHERE active ORDER BY version DESC LIMIT 1 FOR SHARE
    ) m ON true
    LEFT JOIN LATERAL (
      SELECT id, fingerprint, result FROM score_snapshots WHERE project_id = ${projectId}::uuid
      ORDER BY computed_at DESC, id DESC LIMIT 1
    ) s ON true`;
  const head: ModelHead | null = row.model_id ? { id: row.model_id, version: row.model_version!, activatedAt: row.activated_at } : null;
  const input: ProjectInput = {
    id: projectId,
    evidence: row.evidence.map((e) =>
      toEvidenceInput({
        ...e,
        status: e.status as Parameters<typeof toEvidenceInput>[0]["status"],
        periodStart: new Date(e.periodStart),
        periodEnd: new Date(e.periodEnd),
        organization: { country: e.country },
      }),
    ),
  };
  const latest = row.snapshot_id === null ? null : { id: row.snapshot_id, fingerprint: row.fingerprint!, result: row.result };
  return { head, input, latest };
}

/**
 * Scores one project with the active model's frozen context and stores the result. Only this
 * project's row and snapshots are written: other projects' scores never move. When the input
 * is identical to the latest snapshot's (same fingerprint), that snapshot is returned instead
 * of storing a duplicate. Two statements: the state (readState), then the snapshot together with
 * the project's latest figures; a third only when this process has not parsed the active model
 * version yet.
 */
export async function recordScoreSnapshot(
  tx: DbTx,
  project: LockedProject,
  trigger: { kind: string; id?: string },
  model?: ActiveModel,
): Promise<{ snapshotId: bigint; score: ProjectScore }> {
  const { head, input: all, latest } = await readState(tx, project.id);
  const active = model ?? (await getActiveModel(tx, head ?? undefined));
  const input = restrictToModel(all, active);
  if (latest && latest.fingerprint === fingerprint(active.version, input)) {
    return { snapshotId: latest.id, score: latest.result as ProjectScore };
  }
  const { score, row, latest: figures } = snapshotFigures(input, active);
  // The time is taken here, under the project's lock, as Prisma's @default(now()) did: snapshots
  // of one project are in lock order. The project's row is written with raw SQL so that
  // `updated_at` keeps meaning "a person edited the project".
  const [inserted] = await tx.$queryRaw<{ id: bigint }[]>`
    WITH snapshot AS (
      INSERT INTO score_snapshots (project_id, model_version, "trigger", trigger_id, fingerprint, u_technology,
        u_institutional, u_resource, c, t, d, level, stage, confidence, coverage, result, computed_at)
      VALUES (${project.id}::uuid, ${row.modelVersion}::integer, ${trigger.kind}, ${trigger.id ?? null}, ${row.fingerprint},
        ${row.uTechnology}::double precision, ${row.uInstitutional}::double precision, ${row.uResource}::double precision,
        ${row.c}::double precision, ${row.t}::double precision, ${row.d}::double precision, ${row.level}::integer,
        ${row.stage}::integer, ${row.confidence}::double precision, ${row.coverage}::double precision,
        ${JSON.stringify(score)}::jsonb, ${new Date()}::timestamptz)
      RETURNING id
    ), project AS (
      UPDATE joint_projects
      SET latest_d = ${figures.latestD}::double precision,
          latest_level = ${figures.latestLevel}::integer,
          latest_stage = ${figures.latestStage}::integer
      WHERE id = ${project.id}::uuid
    )
    SELECT id FROM snapshot`;
  return { snapshotId: inserted.id, score };
}
