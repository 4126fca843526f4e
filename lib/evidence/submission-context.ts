import "server-only";

import type { DbTx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/prisma/client";
import type { PeriodRow } from "@/lib/periods/service";
import { lockedProject, type LockedProject } from "@/lib/scores/record";

import { CITABLE_STATUSES } from "./status";

/**
 * Everything a new item is checked against, read in one statement inside its transaction, which
 * also locks the project's row for the score snapshot the new item leads to (LockedProject).
 */
export type SubmissionContext = {
  project: LockedProject & { status: string };
  /** Accepted partners with their country (who may enter evidence, who is told). */
  members: { organizationId: string; country: "CN" | "RU" }[];
  indicator: {
    id: string;
    active: boolean;
    kind: "QUANTITATIVE" | "ORDINAL";
    unit: string;
    flags: string[];
    /** Its name, the new item's title (a submission's notification mail shows it). */
    nameEn: string;
    nameZh: string;
    nameRu: string;
  } | null;
  /** The reporting period the dates fall into, if any. */
  period: PeriodRow | null;
  /** The project's shared values of the indicator (its own history, for the outlier warning). */
  history: number[];
};

type Row = {
  project_id: string;
  project_status: string;
  members: { organizationId: string; country: "CN" | "RU" }[];
  indicator_id: string | null;
  indicator_active: boolean | null;
  indicator_kind: "QUANTITATIVE" | "ORDINAL" | null;
  indicator_unit: string | null;
  indicator_flags: string[] | null;
  indicator_name_en: string | null;
  indicator_name_zh: string | null;
  indicator_name_ru: string | null;
  period_id: string | null;
  period_key: string | null;
  starts_on: Date | null;
  ends_on: Date | null;
  deadline: Date | null;
  reopened_until: Date | null;
  reopen_reason: string | null;
  period_version: number | null;
  history: number[];
};

/**
 * The project (null when unknown), its members, the indicator, the period of the dates and the
 * indicator's history in the project: what used to be five reads of every submission. The
 * project's row is locked before the item is written (lib/scores/project-lock.ts); the other
 * figures are read as of the statement's start, as they were without the lock.
 */
export async function submissionContext(
  tx: Pick<DbTx, "$queryRaw">,
  projectId: string,
  fields: { indicatorId: string; periodStart: string; periodEnd: string },
): Promise<SubmissionContext | null> {
  const [row] = await tx.$queryRaw<Row[]>`
    SELECT p.id::text AS project_id, p.status::text AS project_status,
      (SELECT coalesce(json_agg(json_build_object('organizationId', pp.organization_id, 'country', o.country)), '[]'::json)
         FROM project_partners pp JOIN organizations o ON o.id = pp.organization_id
         WHERE pp.project_id = p.id AND pp.status = 'ACCEPTED') AS members,
      i.id::text AS indicator_id, i.active AS indicator_active, i.kind::text AS indicator_kind, i.unit AS indicator_unit,
      i.flags AS indicator_flags, i.name_en AS indicator_name_en, i.name_zh AS indicator_name_zh, i.name_ru AS indicator_name_ru,
      per.id::text AS period_id, per.key AS period_key, per.starts_on, per.ends_on, per.deadline, per.reopened_until,
      per.reopen_reason, per.version AS period_version,
      ARRAY(SELECT e.value FROM evidence e
            WHERE e.project_id = p.id AND e.indicator_id = i.id AND e.status::text IN (${Prisma.join(CITABLE_STATUSES)})) AS history
    FROM joint_projects p
    LEFT JOIN indicators i ON i.id = ${fields.indicatorId}::uuid
    LEFT JOIN LATERAL (
      SELECT rp.* FROM reporting_periods rp JOIN reporting_period_projects rpp ON rpp.period_id = rp.id
      WHERE rpp.project_id = p.id AND rp.starts_on <= ${fields.periodStart}::date AND rp.ends_on >= ${fields.periodEnd}::date
      LIMIT 1
    ) per ON true
    WHERE p.id = ${projectId}::uuid
    FOR NO KEY UPDATE OF p`;
  if (!row) return null;
  return {
    project: lockedProject({ id: row.project_id, status: row.project_status }),
    members: row.members,
    indicator:
      row.indicator_id === null
        ? null
        : {
            id: row.indicator_id,
            active: row.indicator_active!,
            kind: row.indicator_kind!,
            unit: row.indicator_unit!,
            flags: row.indicator_flags ?? [],
            nameEn: row.indicator_name_en!,
            nameZh: row.indicator_name_zh!,
            nameRu: row.indicator_name_ru!,
          },
    period:
      row.period_id === null
        ? null
        : {
            id: row.period_id,
            key: row.period_key!,
            startsOn: row.starts_on!,
            endsOn: row.ends_on!,
            deadline: row.deadline!,
            reopenedUntil: row.reopened_until,
            reopenReason: row.reopen_reason,
            version: row.period_version!,
          },
    history: row.history.map(Number),
  };
}
