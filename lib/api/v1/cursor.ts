import { z } from "zod";

import { InvalidInputError } from "@/lib/api/http";

/**
 * Opaque page cursors: where the previous page ended, in the terms of the list's order, as
 * base64url JSON. A cursor carries no filter and grants nothing: forging one only moves within
 * what the token may read anyway, and every value in it is checked by the list's schema and
 * bound as a query parameter.
 */
export function encodeCursor(position: unknown): string {
  return Buffer.from(JSON.stringify(position), "utf8").toString("base64url");
}

export function decodeCursor<S extends z.ZodType>(schema: S, cursor: string | undefined): z.output<S> | null {
  if (cursor === undefined) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw new InvalidInputError({ cursor: "cursorInvalid" });
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new InvalidInputError({ cursor: "cursorInvalid" });
  return parsed.data;
}

/**
 * A page of an already ordered, small list (the catalog, the recommendations) by the id of the
 * last row seen: the same cursor contract as the lists paged in the database.
 */
export function pageInMemory<T extends { id: string }>(
  rows: readonly T[],
  cursor: string | undefined,
  limit: number,
  idSchema: z.ZodType<string> = z.uuid(),
) {
  const after = decodeCursor(idSchema, cursor);
  const start = after === null ? 0 : rows.findIndex((r) => r.id === after) + 1;
  if (after !== null && start === 0) throw new InvalidInputError({ cursor: "cursorInvalid" });
  const page = rows.slice(start, start + limit);
  const more = start + limit < rows.length;
  return { rows: page, nextCursor: more ? encodeCursor(page[page.length - 1].id) : null };
}
