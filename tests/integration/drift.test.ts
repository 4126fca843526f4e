import { readFileSync } from "node:fs";

import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { migrate } from "@/lib/db/migrate";

import { canonicalize, findDrift, readCatalog, type Catalog } from "./helpers/catalog";
import { createScratchDatabase } from "./helpers/db";
import { expectedDatabase } from "./helpers/expected-schema";

/**
 * The hand-written migrations must build exactly the schema that schema.prisma describes (what
 * `prisma migrate dev` would have generated). Models, enums and migrations added later are
 * covered without touching this file.
 */

const schemaSource = readFileSync(new URL("../../prisma/schema.prisma", import.meta.url), "utf8");
const declared = expectedDatabase(schemaSource);
/** `declared` with CHECK expressions and index predicates as PostgreSQL prints them. */
let expected = declared;

let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
let sql: postgres.Sql;
let catalog: Catalog;

beforeAll(async () => {
  scratch = await createScratchDatabase();
  await migrate(scratch.url);
  sql = postgres(scratch.url, { max: 1, onnotice: () => {} });
  expected = await canonicalize(sql, declared);
  catalog = await readCatalog(sql);
});

afterAll(async () => {
  await sql?.end({ timeout: 5 });
  await scratch?.drop();
});

describe("migrations match schema.prisma", () => {
  it("creates exactly the models' tables and the enums", () => {
    const problems = findDrift(expected, catalog).filter((p) => p.startsWith("table ") || p.startsWith("enum"));
    expect(problems).toEqual([]);
  });

  it.each(declared.tables.map((table) => [table.model, table.name] as const))(
    "%s: columns, types, nullability, defaults, keys, indexes, relations and checks",
    (_model, name) => {
      const table = expected.tables.find((t) => t.name === name)!;
      const problems = findDrift({ tables: [table], enums: [] }, catalog).filter((p) => p.startsWith(`${table.name}:`));
      expect(problems).toEqual([]);
    },
  );

  it("sees the constraints Prisma cannot declare", () => {
    // The declarations are read at all (a parser that skipped them would leave nothing to compare).
    const comments = expected.tables.find((t) => t.name === "comments")!;
    expect(comments.checks.find((c) => c.name === "comments_depth_check")?.expression).toBe(
      "CHECK ((((depth >= 0) AND (depth <= 2)) AND ((depth = 0) = (parent_id IS NULL))))",
    );
    expect(comments.checks.find((c) => c.name === "comments_target_check")?.expression).toBe(
      "CHECK ((num_nonnulls(project_id, evidence_id, initiative_id) = 1))",
    );
    const models = expected.tables.find((t) => t.name === "scoring_models")!;
    expect(models.indexes.find((i) => i.name === "scoring_models_one_active_key")).toMatchObject({ unique: true, where: "active" });
  });
});

describe("the drift check itself", () => {
  it("reads Prisma's conventions for constructs the schema does not use yet", async () => {
    // Implicit many-to-many, composite ids, mapped enums, lists, sorted and named indexes...
    const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), "utf8");
    const db = await createScratchDatabase();
    const fixtureSql = postgres(db.url, { max: 1, onnotice: () => {} });
    try {
      await fixtureSql.unsafe(fixture("conventions.sql")).simple();
      const fixtureExpected = await canonicalize(fixtureSql, expectedDatabase(fixture("conventions.prisma")));
      const problems = findDrift(fixtureExpected, await readCatalog(fixtureSql));
      expect(problems).toEqual([]);
    } finally {
      await fixtureSql.end({ timeout: 5 });
      await db.drop();
    }
  });

  // A drift test that cannot fail would hide every mistake in a migration. Each case damages the
  // migrated schema inside a transaction that is rolled back, and expects the damage reported.
  type Sabotage = [what: string, damage: (tx: postgres.TransactionSql) => Promise<unknown>, report: string];
  // Cases are listed when the file loads, before canonicalize() ran: they use only names.
  const tables = declared.tables;
  const withIndex = tables.find((t) => t.indexes.some((i) => !i.unique));
  const withUnique = tables.find((t) => t.indexes.some((i) => i.unique));
  const withFk = tables.find((t) => t.foreignKeys.length > 0);
  const withNotNull = tables.find((t) => t.columns.some((c) => !c.nullable && c.name !== t.primaryKey?.columns[0]));
  const withDefault = tables.find((t) => t.columns.some((c) => c.default.kind === "value"));
  const withText = tables.find((t) => t.columns.some((c) => c.type === "text"));
  const cases: Sabotage[] = [];

  const first = tables[0];
  cases.push([
    "a missing table",
    (tx) => tx`drop table ${tx(first.name)} cascade`,
    `table ${first.name} (model ${first.model}) is missing`,
  ]);
  cases.push([
    "an extra column",
    (tx) => tx`alter table ${tx(first.name)} add column drift_probe text`,
    `${first.name}: column drift_probe exists in the database`,
  ]);
  cases.push([
    "an extra index",
    (tx) => tx`create index drift_probe_idx on ${tx(first.name)} (${tx(first.columns[0].name)})`,
    `${first.name}: index drift_probe_idx exists in the database`,
  ]);
  if (withIndex) {
    const index = withIndex.indexes.find((i) => !i.unique)!;
    cases.push(["a missing index", (tx) => tx`drop index ${tx(index.name)}`, `${withIndex.name}: index ${index.name} is missing`]);
  }
  if (withUnique) {
    const index = withUnique.indexes.find((i) => i.unique)!;
    cases.push([
      "a missing unique index",
      (tx) => tx`drop index ${tx(index.name)}`,
      `${withUnique.name}: unique index ${index.name} is missing`,
    ]);
  }
  if (withFk) {
    const fk = withFk.foreignKeys[0];
    const otherAction = fk.onDelete === "c" ? "restrict" : "cascade";
    cases.push([
      "a missing foreign key",
      (tx) => tx`alter table ${tx(withFk.name)} drop constraint ${tx(fk.name)}`,
      `${withFk.name}: foreign key ${fk.name} is missing`,
    ]);
    cases.push([
      "a foreign key with another ON DELETE",
      (tx) => tx`
        alter table ${tx(withFk.name)} drop constraint ${tx(fk.name)},
          add constraint ${tx(fk.name)} foreign key (${tx(fk.columns)})
          references ${tx(fk.referencedTable)} (${tx(fk.referencedColumns)}) on delete ${tx.unsafe(otherAction)} on update cascade`,
      `${withFk.name}: foreign key ${fk.name} is`,
    ]);
  }
  if (withNotNull) {
    const column = withNotNull.columns.find((c) => !c.nullable && c.name !== withNotNull.primaryKey?.columns[0])!;
    cases.push([
      "a nullable required column",
      (tx) => tx`alter table ${tx(withNotNull.name)} alter column ${tx(column.name)} drop not null`,
      `${withNotNull.name}: column ${column.name} is nullable`,
    ]);
  }
  if (withDefault) {
    const column = withDefault.columns.find((c) => c.default.kind === "value")!;
    cases.push([
      "a missing default",
      (tx) => tx`alter table ${tx(withDefault.name)} alter column ${tx(column.name)} drop default`,
      `${withDefault.name}: column ${column.name} default is missing`,
    ]);
  }
  if (withText) {
    const column = withText.columns.find((c) => c.type === "text")!;
    cases.push([
      "another column type",
      (tx) => tx`alter table ${tx(withText.name)} alter column ${tx(column.name)} type varchar(500)`,
      `${withText.name}: column ${column.name} is character varying(500), schema.prisma says text`,
    ]);
  }
  const withCheck = tables.find((t) => t.checks.length > 0);
  if (withCheck) {
    const check = withCheck.checks[0];
    cases.push([
      "a missing CHECK constraint",
      (tx) => tx`alter table ${tx(withCheck.name)} drop constraint ${tx(check.name)}`,
      `${withCheck.name}: check constraint ${check.name} is missing`,
    ]);
    cases.push([
      "a CHECK constraint with another expression",
      (tx) => tx`alter table ${tx(withCheck.name)} drop constraint ${tx(check.name)}, add constraint ${tx(check.name)} check (true)`,
      `${withCheck.name}: check constraint ${check.name} is CHECK (true), expected CHECK (`,
    ]);
  }
  cases.push([
    "an extra CHECK constraint",
    (tx) => tx`alter table ${tx(first.name)} add constraint drift_probe_check check (true)`,
    `${first.name}: check constraint drift_probe_check exists in the database`,
  ]);
  const withPartial = tables.find((t) => t.indexes.some((i) => i.where));
  if (withPartial) {
    const index = withPartial.indexes.find((i) => i.where)!;
    cases.push([
      "a partial index without its WHERE",
      async (tx) => {
        await tx`drop index ${tx(index.name)}`;
        await tx`create ${tx.unsafe(index.unique ? "unique" : "")} index ${tx(index.name)} on ${tx(withPartial.name)} (${tx(index.columns)})`;
      },
      `${withPartial.name}: index ${index.name} is ${index.unique ? "unique " : ""}btree (${index.columns.join(", ")}), expected`,
    ]);
  }
  if (expected.enums.length > 0) {
    const decl = expected.enums[0];
    cases.push([
      "an extra enum value",
      (tx) => tx`alter type ${tx(decl.name)} add value 'DRIFT_PROBE'`,
      `enum ${decl.name}: values ${[...decl.values, "DRIFT_PROBE"].join(",")}`,
    ]);
  }

  it.each(cases)("notices %s", async (_what, damage, report) => {
    const rollback = new Error("rollback");
    await sql
      .begin(async (tx) => {
        await damage(tx);
        const problems = findDrift(expected, await readCatalog(tx));
        expect(problems).toContainEqual(expect.stringContaining(report));
        throw rollback;
      })
      .catch((error: unknown) => {
        if (error !== rollback) throw error;
      });
  });
});
