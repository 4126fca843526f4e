import { nestedShape } from "./fields";
import { auditCodeLabel, auditFieldLabel, auditValueText, type Names, type Translator } from "./labels";

type Ref = Names[string];
type Column = { key: string; label: string };

/**
 * A recorded value as the audit page shows it (components/audit/audit-value.tsx renders it):
 * - `text`: a scalar or a list of scalars in the reader's words; `title` keeps a worded code's
 *   recorded spelling, `ref` names an id the server could name (and its page);
 * - `fields`: an object, key by key, each key by its label;
 * - `table`: a list of small objects (a plan's rows, an initiative's owners), one row each;
 * - `list`: any other list (ids with names, wider objects such as milestones).
 */
export type AuditNode =
  | { kind: "empty" }
  | { kind: "text"; text: string; title: string | null; ref: Ref | null }
  | { kind: "fields"; fields: (Column & { value: AuditNode })[] }
  | { kind: "table"; columns: Column[]; rows: AuditNode[][] }
  | { kind: "list"; items: AuditNode[] };

// Objects with more keys than this read better as a list of fields than as a table's columns in the diff's narrow cell.
const TABLE_MAX_KEYS = 4;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const text = (value: string, title: string | null = null, ref: Ref | null = null): AuditNode =>
  value === "" ? { kind: "empty" } : { kind: "text", text: value, title, ref };

/**
 * The value of `field` in an object of shape `shape` (an entity type at the top, a nested shape
 * below, lib/audit/fields.ts), worded for `locale`: keys by their labels, codes in words, dates
 * and numbers through `Intl`, ids in `names` by name. Keys without a label show as recorded and
 * values of unknown shape are still shown in full.
 */
export function auditValueNode(t: Translator, locale: string, shape: string, field: string, value: unknown, names: Names = {}): AuditNode {
  if (value === null || value === undefined) return { kind: "empty" };
  const node = (v: unknown) => auditValueNode(t, locale, shape, field, v, names);
  if (isRecord(value)) return fieldsNode(t, locale, nestedShape(shape, field), value, names);
  if (Array.isArray(value)) {
    if (value.length === 0) return { kind: "empty" };
    if (value.every(isRecord)) return recordsNode(t, locale, nestedShape(shape, field), value, names);
    const named = value.some((v) => typeof v === "string" && Object.hasOwn(names, v));
    if (named || value.some((v) => typeof v === "object" && v !== null)) return { kind: "list", items: value.map(node) };
    return text(auditValueText(t, locale, shape, field, value));
  }
  const label = auditCodeLabel(t, shape, field, value);
  if (label !== null) return text(label, String(value));
  if (typeof value === "string" && Object.hasOwn(names, value)) return text(names[value].label, value, names[value]);
  return text(auditValueText(t, locale, shape, field, value));
}

function fieldsNode(t: Translator, locale: string, shape: string, value: Record<string, unknown>, names: Names): AuditNode {
  return {
    kind: "fields",
    fields: Object.entries(value).map(([key, v]) => ({
      key,
      label: auditFieldLabel(t, shape, key),
      value: auditValueNode(t, locale, shape, key, v, names),
    })),
  };
}

function recordsNode(t: Translator, locale: string, shape: string, rows: Record<string, unknown>[], names: Names): AuditNode {
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  if (keys.length > TABLE_MAX_KEYS) return { kind: "list", items: rows.map((r) => fieldsNode(t, locale, shape, r, names)) };
  return {
    kind: "table",
    columns: keys.map((key) => ({ key, label: auditFieldLabel(t, shape, key) })),
    rows: rows.map((r) => keys.map((key) => auditValueNode(t, locale, shape, key, r[key], names))),
  };
}
