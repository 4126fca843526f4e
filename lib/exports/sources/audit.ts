import "server-only";

import { BARE_VALUE_FIELD } from "@/lib/audit/fields";
import { auditActionLabel, auditEntityTypeLabel, auditValueJson, type Translator } from "@/lib/audit/labels";
import { resolveAuditNames, type EntityRef } from "@/lib/audit/names";
import { listAuditEntries, type AuditFilter } from "@/lib/audit/queries";
import type { Actor } from "@/lib/auth/permissions";

import { col, fileDate, type Cell, type ExportTable } from "../table";
import { translatorFor } from "../translate";
import { BATCH, pages } from "./paginate";

type Entry = Awaited<ReturnType<typeof listAuditEntries>>["entries"][number];
type Named = { entry: Entry; entity: EntityRef | null; names: Record<string, EntityRef> };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * A recorded value as JSON, as the audit page words it: each code (status, kind, reason…) in the
 * export's language and each id the log's names resolved (`names`, by raw id) as its name, at
 * any depth (a verification's decision, an initiative's owners); an id without a name (gone, or
 * hidden from the reader) stays. Keys, numbers and timestamps stay as recorded, so the cell
 * still parses as JSON.
 */
function json(t: Translator, entityType: string, value: unknown, names: Record<string, EntityRef>): string {
  if (value === null || value === undefined) return "";
  const shown = (field: string, v: unknown) => auditValueJson(t, entityType, field, v, names);
  return JSON.stringify(
    isRecord(value)
      ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shown(k, v)]))
      : shown(BARE_VALUE_FIELD[entityType] ?? "", value),
  );
}

/**
 * The audit log with the page's filters, newest first, through the log's own query (drafts stay
 * hidden) and named by the log's own resolver (lib/audit/names.ts) in the export's language, one
 * pass per batch: what each entry is about, and the ids inside its values. Actions, entity types
 * and recorded codes are worded by the page's own labels (lib/audit/labels.ts).
 */
export function auditTable(actor: Actor, filter: Omit<AuditFilter, "before">, requested: string): ExportTable {
  const { locale, t } = translatorFor(requested);
  const h = (key: string) => t(`exports.columns.${key}`);
  const line = ({ entry: e, entity, names }: Named): Cell[] => [
    e.id.toString(),
    e.createdAt,
    e.actor?.name ?? t("audit.system"),
    e.actor?.email ?? "",
    auditActionLabel(t, e.action),
    auditEntityTypeLabel(t, e.entityType),
    entity?.label ?? "",
    e.entityId,
    json(t, e.entityType, e.before, names),
    json(t, e.entityType, e.after, names),
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
      col.text(h("entityName"), 36),
      col.text(h("entityId"), 38),
      col.text(h("before"), 60),
      col.text(h("after"), 60),
    ],
    rows: pages(
      async (cursor: bigint | null) => {
        const page = await listAuditEntries(actor, { ...filter, before: cursor ?? undefined }, BATCH);
        const resolved = await resolveAuditNames(actor, page.entries, locale);
        const rows = page.entries.map((entry, i): Named => ({ entry, entity: resolved.entity(entry), names: resolved.values(i) }));
        return { rows, next: page.nextCursor };
      },
      (row) => [line(row)],
    ),
  };
}
