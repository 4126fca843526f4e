import { z } from "zod";

/**
 * The API's named schemas, as they appear under `components.schemas` of the OpenAPI document:
 * `responses` are converted as zod outputs (what the API sends), `requests` as inputs (what a
 * client may send). Module-local registries rather than zod's global one, so that a module
 * evaluated twice (development reloads) cannot collide with itself.
 */
export const responses = z.registry<{ id: string; description?: string }>();
export const requests = z.registry<{ id: string; description?: string }>();

export function named<S extends z.ZodType>(registry: typeof responses, id: string, schema: S, description?: string): S {
  registry.add(schema, { id, ...(description ? { description } : {}) });
  return schema;
}

/** The one refusal shape of every route handler (lib/api/http.ts), here for API clients. */
export const ZApiError = named(
  responses,
  "Error",
  z.object({
    error: z.object({
      code: z.string().meta({ description: "A stable code, e.g. `tokenExpired`, `staleVersion`, `forbidden`." }),
      field: z.string().optional().meta({ description: "The input field the refusal is about, when there is one." }),
      values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    }),
    fieldErrors: z
      .record(z.string(), z.string())
      .optional()
      .meta({ description: "With `invalidInput`: each refused field's path and its message code." }),
  }),
  "A refused request: a stable code, and with `invalidInput` the code of each refused field.",
);

export const ZIsoDateTime = z.iso.datetime({ offset: true });
export const ZIsoDay = z.iso.date();
export const ZLocale = z.enum(["en", "zh", "ru"]);

/** A text the platform keeps in all three languages (names, definitions, recommendation texts). */
export const ZTrilingual = named(responses, "Trilingual", z.object({ en: z.string(), zh: z.string(), ru: z.string() }));

export const ZOrganizationRef = named(
  responses,
  "OrganizationRef",
  z.object({ id: z.uuid(), name: ZTrilingual, country: z.enum(["CN", "RU"]) }),
);

export const trilingual = (row: { [k: string]: unknown }, field: string) => ({
  en: String(row[`${field}En`] ?? ""),
  zh: String(row[`${field}Zh`] ?? ""),
  ru: String(row[`${field}Ru`] ?? ""),
});

export const organizationRef = (o: { id: string; nameEn: string; nameZh: string; nameRu: string; country: "CN" | "RU" }) => ({
  id: o.id,
  name: trilingual(o, "name"),
  country: o.country,
});

const idOf = (schema: z.ZodType) => {
  const id = responses.get(schema)?.id;
  if (!id) throw new Error("Name the record's schema (named) before wrapping it");
  return id;
};

/** Envelopes are named once per record and reused by every operation that sends them. */
const envelopes = new Map<string, z.ZodType>();
function envelope<T extends z.ZodType>(id: string, make: () => T): T {
  const known = envelopes.get(id);
  if (known) return known as T;
  const schema = named(responses, id, make());
  envelopes.set(id, schema);
  return schema;
}

/** `{ data }`: one record (named `<Record>Response`; `null` allowed when `nullable`). */
export const one = <S extends z.ZodType>(schema: S, options: { nullable?: boolean } = {}) =>
  envelope(`${idOf(schema)}${options.nullable ? "OrNone" : ""}Response`, () =>
    z.object({ data: options.nullable ? schema.nullable() : schema }),
  );

/** `{ data, nextCursor }`: a page of a list (named `<Record>Page`); pass `nextCursor` back as `cursor`. */
export const page = <S extends z.ZodType>(schema: S) =>
  envelope(`${idOf(schema)}Page`, () =>
    z.object({
      data: z.array(schema),
      nextCursor: z.string().nullable().meta({ description: "The `cursor` of the next page; null on the last page." }),
    }),
  );

/** Every list's paging parameters. */
export const ZPageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50).meta({ description: "Rows per page (1–100)." }),
  cursor: z.string().max(1000).optional().meta({ description: "`nextCursor` of the previous page." }),
});

export const ZIdParams = z.object({ id: z.uuid() });
