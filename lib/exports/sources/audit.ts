import "server-only";

import { listAuditEntries, type AuditFilter } from "@/lib/audit/queries";
import type { Actor } from "@/lib/auth/permissions";

import { col, fileDate, type Cell, type ExportTable } from "../table";
import { translatorFor } from "../translate";
import { BATCH, pages } from "./paginate";

type Entry = Awaited<ReturnType<typeof listAuditEntries>>["entries"][number];

const json = (value: unknown) => (value === null || value === undefined ? "" : JSON.stringify(value));

/** The audit log with the page's filters, newest first, through the log's own query (drafts stay hidden). */
export function auditTable(actor: Actor, filter: Omit<AuditFilter, "before">, requested: string): ExportTable {
  const { t } = translatorFor(requested);
  const h = (key: string) => t(`exports.columns.${key}`);
  const line = (e: Entry): Cell[] => [
    e.id.toString(),
    e.createdAt,
    e.actor?.name ?? t("audit.system"),
    e.actor?.email ?? "",
    e.action,
    e.entityType,
    e.entityId,
    json(e.before),
    json(e.after),
  ];
  return {
    fileName: `audit-log-${fileDate()}`,
    sheet: t("exports.sheets.audit"),
    columns: [
      col.text(h("id"), 10),
      col.datetime(h("time")),
      col.text(h("actor"), 20),
      col.text(h("email"), 28),
      col.text(h("action"), 24),
      col.text(h("entityType"), 18),
      col.text(h("entityId"), 38),
      col.text(h("before"), 60),
      col.text(h("after"), 60),
    ],
    rows: pages(
      async (cursor: bigint | null) => {
        const page = await listAuditEntries(actor, { ...filter, before: cursor ?? undefined }, BATCH);
        return { rows: page.entries, next: page.nextCursor };
      },
      (e) => [line(e)],
    ),
  };
}
