/** One field of a recorded change: its value before and after, and whether it changed. */
export type DiffRow = { field: string; before: unknown; after: unknown; changed: boolean };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The fields of an audit entry's `before` and `after` snapshots side by side, in the order they
 * were recorded (`before`'s fields first, then those only `after` has). A creation has no
 * `before` and a deletion no `after`: every recorded field then counts as changed. A snapshot
 * that is not an object (a bare value) is one field called `bareField` ("" unless the entity
 * type names it, lib/audit/fields.ts BARE_VALUE_FIELD).
 */
export function diffRows(before: unknown, after: unknown, bareField = ""): DiffRow[] {
  if (before == null && after == null) return [];
  const b = isRecord(before) ? before : before == null ? {} : { [bareField]: before };
  const a = isRecord(after) ? after : after == null ? {} : { [bareField]: after };
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields.map((field) => ({ field, before: b[field], after: a[field], changed: !same(b[field], a[field]) }));
}
