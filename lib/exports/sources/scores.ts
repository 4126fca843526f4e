import "server-only";

import type { Actor } from "@/lib/auth/permissions";
import { listScoreSnapshotsAfter, type ScoreSnapshotRow } from "@/lib/scores/history";

import { col, fileDate, type Cell, type ExportTable } from "../table";
import { levelLabel, translatorFor, triggerText } from "../translate";
import { BATCH, pages } from "./paginate";

/** Every score snapshot of a project, oldest first: the latest scores are the last line. */
export function scoresTable(actor: Actor, projectId: string, code: string, requested: string): ExportTable {
  const { t } = translatorFor(requested);
  const h = (key: string) => t(`exports.columns.${key}`);
  const line = (row: ScoreSnapshotRow): Cell[] => [
    row.computedAt,
    triggerText(t, row.trigger),
    row.modelVersion,
    row.uTechnology,
    row.uInstitutional,
    row.uResource,
    row.c,
    row.t,
    row.d,
    row.level,
    levelLabel(t, row.level),
    row.stage,
    row.confidence,
    row.coverage,
  ];
  return {
    fileName: `scores-${code}-${fileDate()}`,
    sheet: t("exports.sheets.scores"),
    columns: [
      col.datetime(h("computedAt")),
      col.text(h("event"), 24),
      col.integer(h("model")),
      col.number(h("uTechnology")),
      col.number(h("uInstitutional")),
      col.number(h("uResource")),
      col.number(h("c")),
      col.number(h("t")),
      col.number(h("d")),
      col.integer(h("level")),
      col.text(h("levelLabel"), 24),
      col.integer(h("stage")),
      col.percent(h("confidence")),
      col.percent(h("coverage")),
    ],
    rows: pages(
      (cursor: bigint | null) => listScoreSnapshotsAfter(actor, projectId, cursor, BATCH),
      (row) => [line(row)],
    ),
  };
}
