import type postgres from "postgres";

import type { DefaultExpectation, ExpectedDatabase, ExpectedIndex, ExpectedTable } from "./expected-schema";

/** What PostgreSQL's catalog says about the current schema, in the terms of expected-schema.ts. */
export type Catalog = {
  tables: string[];
  columns: { table: string; name: string; type: string; nullable: boolean; default: string | null }[];
  indexes: {
    table: string;
    name: string;
    unique: boolean;
    primary: boolean;
    method: string;
    columns: string[];
    descending: boolean[];
    /** Per key column: the operator class when it is not the type's default one, else null. */
    opclasses: (string | null)[];
    /** A partial index's predicate as PostgreSQL prints it, else null. */
    predicate: string | null;
    expression: boolean;
  }[];
  foreignKeys: {
    table: string;
    name: string;
    columns: string[];
    referencedTable: string;
    referencedColumns: string[];
    onDelete: string;
    onUpdate: string;
  }[];
  /** CHECK constraints, `definition` as pg_get_constraintdef prints it: `CHECK (...)`. */
  checks: { table: string; name: string; definition: string }[];
  enums: { name: string; values: string[] }[];
};

/** Prisma's own bookkeeping, not part of schema.prisma. */
const IGNORED_TABLES = new Set(["_prisma_migrations"]);

export async function readCatalog(connection: postgres.Sql | postgres.TransactionSql): Promise<Catalog> {
  // Both kinds run the same tagged queries; the union itself is not callable in TypeScript.
  const sql = connection as postgres.Sql;
  const tables = await sql<{ name: string }[]>`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema() and c.relkind in ('r', 'p')`;
  const columns = await sql<Catalog["columns"]>`
    select c.relname as table, a.attname as name, format_type(a.atttypid, a.atttypmod) as type,
           not a.attnotnull as nullable, pg_get_expr(d.adbin, d.adrelid) as default
    from pg_attribute a
    join pg_class c on c.oid = a.attrelid
    join pg_namespace n on n.oid = c.relnamespace
    left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
    where n.nspname = current_schema() and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
    order by c.relname, a.attnum`;
  const indexes = await sql<Catalog["indexes"]>`
    select t.relname as table, i.relname as name, x.indisunique as unique, x.indisprimary as primary,
           am.amname as method,
           array(select a.attname from unnest(x.indkey::int2[]) with ordinality k(attnum, ord)
                 join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum
                 where k.ord <= x.indnkeyatts order by k.ord) as columns,
           array(select (o.opt & 1) = 1 from unnest(x.indoption::int2[]) with ordinality o(opt, ord)
                 where o.ord <= x.indnkeyatts order by o.ord) as descending,
           array(select case when oc.opcdefault then '' else oc.opcname::text end
                 from unnest(x.indclass::oid[]) with ordinality k(opc, ord)
                 join pg_opclass oc on oc.oid = k.opc
                 where k.ord <= x.indnkeyatts order by k.ord) as opclasses,
           pg_get_expr(x.indpred, x.indrelid) as predicate, x.indexprs is not null as expression
    from pg_index x
    join pg_class i on i.oid = x.indexrelid
    join pg_class t on t.oid = x.indrelid
    join pg_am am on am.oid = i.relam
    join pg_namespace n on n.oid = t.relnamespace
    where n.nspname = current_schema()`;
  const foreignKeys = await sql<Catalog["foreignKeys"]>`
    select t.relname as table, con.conname as name,
           array(select a.attname from unnest(con.conkey) with ordinality k(attnum, ord)
                 join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum order by k.ord) as columns,
           r.relname as "referencedTable",
           array(select a.attname from unnest(con.confkey) with ordinality k(attnum, ord)
                 join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.attnum order by k.ord)
             as "referencedColumns",
           con.confdeltype::text as "onDelete", con.confupdtype::text as "onUpdate"
    from pg_constraint con
    join pg_class t on t.oid = con.conrelid
    join pg_class r on r.oid = con.confrelid
    join pg_namespace n on n.oid = t.relnamespace
    where con.contype = 'f' and n.nspname = current_schema()`;
  const checks = await sql<Catalog["checks"]>`
    select t.relname as table, con.conname as name, pg_get_constraintdef(con.oid) as definition
    from pg_constraint con
    join pg_class t on t.oid = con.conrelid
    join pg_namespace n on n.oid = t.relnamespace
    where con.contype = 'c' and n.nspname = current_schema()`;
  const enums = await sql<Catalog["enums"]>`
    select t.typname as name, array_agg(e.enumlabel::text order by e.enumsortorder) as values
    from pg_type t join pg_enum e on e.enumtypid = t.oid join pg_namespace n on n.oid = t.typnamespace
    where n.nspname = current_schema()
    group by t.typname`;
  return {
    tables: tables.map((t) => t.name).filter((name) => !IGNORED_TABLES.has(name)),
    columns: columns.filter((c) => !IGNORED_TABLES.has(c.table)),
    // Default classes come back as '' (a NULL inside a text[] does not survive the driver).
    indexes: indexes.filter((i) => !IGNORED_TABLES.has(i.table)).map((i) => ({ ...i, opclasses: i.opclasses.map((o) => o || null) })),
    foreignKeys,
    checks: checks.filter((c) => !IGNORED_TABLES.has(c.table)),
    enums,
  };
}

/**
 * schema.prisma's CHECK expressions and index predicates as PostgreSQL itself prints them, so
 * they compare with the catalog whatever spacing, parentheses or BETWEEN they were written with.
 * Each is applied to a temporary copy of its table's columns; an expression PostgreSQL refuses
 * (or a table that does not exist) is kept as written, and the comparison reports it.
 */
export async function canonicalize(connection: postgres.Sql, expected: ExpectedDatabase): Promise<ExpectedDatabase> {
  const tables: ExpectedTable[] = [];
  for (const table of expected.tables) {
    if (table.checks.length === 0 && !table.indexes.some((i) => i.where)) {
      tables.push(table);
      continue;
    }
    const probe = async <T>(apply: (tx: postgres.TransactionSql) => Promise<T>, fallback: T): Promise<T> => {
      const rollback = new Error("rollback");
      let result = fallback;
      await connection
        .begin(async (tx) => {
          await tx`create temp table drift_probe (like ${tx(table.name)})`;
          result = await apply(tx);
          throw rollback;
        })
        .catch((error: unknown) => {
          if (error !== rollback) result = fallback;
        });
      // A refused expression is not this function's failure: the comparison shows it as written.
      return result;
    };
    const checks = [];
    for (const check of table.checks) {
      const expression = await probe(async (tx) => {
        await tx.unsafe(`alter table drift_probe add constraint drift_probe_check check (${check.expression})`);
        const [row] = await tx<{ definition: string }[]>`
          select pg_get_constraintdef(oid) as definition from pg_constraint where conname = 'drift_probe_check'`;
        return row.definition;
      }, check.expression);
      checks.push({ name: check.name, expression });
    }
    const indexes: ExpectedIndex[] = [];
    for (const index of table.indexes) {
      if (!index.where) {
        indexes.push(index);
        continue;
      }
      const where = await probe(async (tx) => {
        const columns = index.columns.map((c) => `"${c}"`).join(", ");
        await tx.unsafe(`create index drift_probe_idx on drift_probe (${columns}) where ${index.where}`);
        const [row] = await tx<{ predicate: string }[]>`
          select pg_get_expr(x.indpred, x.indrelid) as predicate from pg_index x where x.indexrelid = 'drift_probe_idx'::regclass`;
        return row.predicate;
      }, index.where);
      indexes.push({ ...index, where });
    }
    tables.push({ ...table, checks, indexes });
  }
  return { ...expected, tables };
}

/** Every difference between schema.prisma and the database, one readable line each. */
export function findDrift(expected: ExpectedDatabase, catalog: Catalog): string[] {
  const problems: string[] = [];
  const expectedTables = new Set(expected.tables.map((t) => t.name));
  for (const table of catalog.tables) {
    if (!expectedTables.has(table)) problems.push(`table ${table} exists in the database but not in schema.prisma`);
  }
  for (const table of expected.tables) {
    if (!catalog.tables.includes(table.name)) problems.push(`table ${table.name} (model ${table.model}) is missing`);
    else problems.push(...tableDrift(table, catalog));
  }

  const actualEnums = new Map(catalog.enums.map((e) => [e.name, e.values]));
  for (const decl of expected.enums) {
    const values = actualEnums.get(decl.name);
    if (!values) problems.push(`enum type ${decl.name} is missing`);
    else if (values.join(",") !== decl.values.join(",")) {
      problems.push(`enum ${decl.name}: values ${values.join(",")} instead of ${decl.values.join(",")}`);
    }
    actualEnums.delete(decl.name);
  }
  for (const name of actualEnums.keys()) problems.push(`enum type ${name} exists in the database but not in schema.prisma`);
  return problems;
}

function tableDrift(table: ExpectedTable, catalog: Catalog): string[] {
  const problems: string[] = [];
  const at = (what: string) => `${table.name}: ${what}`;

  const columns = new Map(catalog.columns.filter((c) => c.table === table.name).map((c) => [c.name, c]));
  for (const column of table.columns) {
    const actual = columns.get(column.name);
    columns.delete(column.name);
    if (!actual) {
      problems.push(at(`column ${column.name} (field ${column.field}) is missing`));
      continue;
    }
    const type = actual.type.replaceAll('"', "");
    if (column.type !== null && type !== column.type) {
      problems.push(at(`column ${column.name} is ${type}, schema.prisma says ${column.type}`));
    }
    if (actual.nullable !== column.nullable) {
      problems.push(at(`column ${column.name} is ${actual.nullable ? "nullable" : "NOT NULL"}, expected the opposite`));
    }
    const defaultProblem = checkDefault(column.default, actual.default);
    if (defaultProblem) problems.push(at(`column ${column.name} ${defaultProblem}`));
  }
  for (const name of columns.keys()) problems.push(at(`column ${name} exists in the database but not in schema.prisma`));

  const indexes = new Map(catalog.indexes.filter((i) => i.table === table.name).map((i) => [i.name, i]));
  const describe = (i: Omit<ExpectedIndex, "name">) =>
    `${i.unique ? "unique " : ""}${i.method} (${i.columns
      .map((c, n) => c + (i.opclasses[n] ? ` ${i.opclasses[n]}` : "") + (i.descending[n] ? " DESC" : ""))
      .join(", ")})${i.where ? ` WHERE ${i.where}` : ""}`;
  if (table.primaryKey) {
    const pk = indexes.get(table.primaryKey.name);
    indexes.delete(table.primaryKey.name);
    if (!pk?.primary) problems.push(at(`primary key ${table.primaryKey.name} is missing`));
    else if (pk.columns.join(",") !== table.primaryKey.columns.join(",")) {
      problems.push(at(`primary key is (${pk.columns.join(", ")}), expected (${table.primaryKey.columns.join(", ")})`));
    }
  }
  for (const index of table.indexes) {
    const actual = indexes.get(index.name);
    indexes.delete(index.name);
    if (!actual) problems.push(at(`${index.unique ? "unique index" : "index"} ${index.name} is missing`));
    else {
      const found = { ...actual, where: actual.predicate };
      if (actual.expression || actual.primary || describe(found) !== describe(index)) {
        problems.push(at(`index ${index.name} is ${describe(found)}, expected ${describe(index)}`));
      }
    }
  }
  for (const [name, index] of indexes) {
    problems.push(at(`${index.primary ? "primary key" : "index"} ${name} exists in the database but not in schema.prisma`));
  }

  const foreignKeys = new Map(catalog.foreignKeys.filter((f) => f.table === table.name).map((f) => [f.name, f]));
  const describeFk = (f: ExpectedTable["foreignKeys"][number]) =>
    `(${f.columns.join(", ")}) → ${f.referencedTable}(${f.referencedColumns.join(", ")}) ` +
    `on delete ${f.onDelete} on update ${f.onUpdate}`;
  for (const fk of table.foreignKeys) {
    const actual = foreignKeys.get(fk.name);
    foreignKeys.delete(fk.name);
    if (!actual) problems.push(at(`foreign key ${fk.name} is missing`));
    else if (describeFk(actual) !== describeFk(fk)) {
      problems.push(at(`foreign key ${fk.name} is ${describeFk(actual)}, expected ${describeFk(fk)}`));
    }
  }
  for (const name of foreignKeys.keys()) problems.push(at(`foreign key ${name} exists in the database but not in schema.prisma`));

  const checks = new Map(catalog.checks.filter((c) => c.table === table.name).map((c) => [c.name, c.definition]));
  for (const check of table.checks) {
    const actual = checks.get(check.name);
    checks.delete(check.name);
    if (actual === undefined) problems.push(at(`check constraint ${check.name} is missing`));
    else if (actual !== check.expression) problems.push(at(`check constraint ${check.name} is ${actual}, expected ${check.expression}`));
  }
  for (const name of checks.keys()) problems.push(at(`check constraint ${name} exists in the database but not in schema.prisma`));
  return problems;
}

function checkDefault(expected: DefaultExpectation, actual: string | null): string | undefined {
  switch (expected.kind) {
    case "none":
      return actual === null ? undefined : `has default ${actual}, schema.prisma has none`;
    case "present":
      return actual === null ? "has no default, schema.prisma has one" : undefined;
    case "sequence":
      return actual?.startsWith("nextval(") ? undefined : `default is ${actual ?? "missing"}, expected autoincrement()`;
    case "value": {
      const value = actual === null ? null : literal(actual);
      const same =
        value !== null &&
        (value === expected.value || (isNumeric(value) && isNumeric(expected.value) && Number(value) === Number(expected.value)));
      return same ? undefined : `default is ${actual ?? "missing"}, expected ${expected.value}`;
    }
  }
}

/** `'INVITED'::"UserStatus"` → INVITED, `('-1'::integer)` → -1, `CURRENT_TIMESTAMP` unchanged. */
function literal(expression: string): string {
  let text = expression.trim();
  for (;;) {
    const unwrapped = text.replace(/^\((.*)\)$/s, "$1").replace(/::(?:"[^"]+"|[a-z_][a-z0-9_ ]*(?:\([\d, ]+\))?)(?:\[\])?$/i, "");
    if (unwrapped === text) break;
    text = unwrapped.trim();
  }
  const quoted = /^'(.*)'$/s.exec(text);
  return quoted ? quoted[1].replaceAll("''", "'") : text;
}

function isNumeric(text: string) {
  return text.trim() !== "" && !Number.isNaN(Number(text));
}
