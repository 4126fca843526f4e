import {
  attributeArg,
  parsePrismaSchema,
  stringArg,
  type Attribute,
  type EnumDecl,
  type FieldDecl,
  type ModelDecl,
  type Value,
} from "./prisma-schema";

/**
 * The PostgreSQL schema that `prisma migrate` would create for a schema.prisma, described the
 * way the catalog reports it (format_type names, Prisma's default constraint names).
 */

export type DefaultExpectation =
  | { kind: "none" } // no DB default (also for uuid()/cuid(): Prisma fills those in the client)
  | { kind: "present" } // some default; its text is not compared (dbgenerated, lists, timestamps)
  | { kind: "sequence" }
  | { kind: "value"; value: string }; // compared after stripping casts and quotes

export type ExpectedColumn = { name: string; field: string; type: string | null; nullable: boolean; default: DefaultExpectation };
export type ExpectedIndex = {
  name: string;
  columns: string[];
  unique: boolean;
  method: string;
  descending: boolean[];
  /** A column's operator class when it is not the type's default (`ops: raw("gin_trgm_ops")`), else null. */
  opclasses: (string | null)[];
  /** A partial index's predicate (`where: raw("...")`), else null. */
  where: string | null;
};
/** `// @@check("name", "expression")` in a model (see prisma-schema.ts). */
export type ExpectedCheck = { name: string; expression: string };
export type ExpectedForeignKey = {
  name: string;
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
  onDelete: string;
  onUpdate: string;
};
export type ExpectedTable = {
  name: string;
  model: string;
  columns: ExpectedColumn[];
  primaryKey: { name: string; columns: string[] } | null;
  indexes: ExpectedIndex[];
  foreignKeys: ExpectedForeignKey[];
  checks: ExpectedCheck[];
};
export type ExpectedEnum = { name: string; values: string[] };
export type ExpectedDatabase = { tables: ExpectedTable[]; enums: ExpectedEnum[] };

const MAX_IDENTIFIER = 63;
const SCALARS = new Set(["String", "Int", "BigInt", "Float", "Decimal", "Boolean", "DateTime", "Json", "Bytes", "Unsupported"]);
/** pg_constraint.confdeltype / confupdtype codes. */
const ACTIONS: Record<string, string> = { Cascade: "c", Restrict: "r", NoAction: "a", SetNull: "n", SetDefault: "d" };
const CLIENT_GENERATED = new Set(["uuid", "cuid", "nanoid", "ulid"]);

/** Prisma's default names: `<table>_<columns>_<suffix>`, the body cut so the whole fits 63 bytes. */
export function constraintName(table: string, columns: string[], suffix: "pkey" | "key" | "idx" | "fkey") {
  const body = suffix === "pkey" ? table : `${table}_${columns.join("_")}`;
  return `${body.slice(0, MAX_IDENTIFIER - suffix.length - 1)}_${suffix}`;
}

export function expectedDatabase(schemaSource: string): ExpectedDatabase {
  const { models, enums } = parsePrismaSchema(schemaSource);
  const modelsByName = new Map(models.map((model) => [model.name, model]));
  const enumsByName = new Map(enums.map((decl) => [decl.name, decl]));
  const tableOf = (model: ModelDecl) => stringArg(find(model.attributes, "map")) ?? model.name;
  const columnOf = (field: FieldDecl) => stringArg(find(field.attributes, "map")) ?? field.name;
  const isRelation = (field: FieldDecl) => modelsByName.has(field.type);

  const columnsOf = (model: ModelDecl, fieldRefs: Value | undefined) =>
    refs(fieldRefs).map((ref) => {
      const field = model.fields.find((f) => f.name === ref.name);
      if (!field) throw new Error(`${model.name}: unknown field ${ref.name}`);
      return { column: columnOf(field), descending: ref.descending, opclass: ref.opclass };
    });

  const tables: ExpectedTable[] = models.map((model) => {
    const table = tableOf(model);
    const scalarFields = model.fields.filter((field) => !isRelation(field));
    const columns = scalarFields.map((field) => ({
      name: columnOf(field),
      field: field.name,
      type: columnType(model, field, enumsByName),
      nullable: field.optional || field.list,
      default: defaultOf(field, enumsByName),
    }));

    const idField = scalarFields.find((field) => find(field.attributes, "id"));
    const compoundId = find(model.attributes, "id");
    const pkColumns = idField ? [columnOf(idField)] : columnsOf(model, fieldsArg(compoundId)).map((c) => c.column);
    const pkMap = stringArg(idField ? find(idField.attributes, "id") : compoundId, "map");
    const primaryKey = pkColumns.length ? { name: pkMap ?? constraintName(table, [], "pkey"), columns: pkColumns } : null;

    const indexes: ExpectedIndex[] = [];
    for (const field of scalarFields) {
      const unique = find(field.attributes, "unique");
      if (unique) {
        const column = columnOf(field);
        const sort = attributeArg(unique, "sort");
        const descending = sort?.kind === "ident" && sort.value === "Desc";
        const name = stringArg(unique, "map") ?? constraintName(table, [column], "key");
        indexes.push(index(name, [column], true, "btree", [descending], [null], whereOf(model, unique)));
      }
    }
    for (const attribute of model.attributes.filter((a) => a.name === "unique" || a.name === "index")) {
      const unique = attribute.name === "unique";
      const cols = columnsOf(model, fieldsArg(attribute));
      const names = cols.map((c) => c.column);
      const type = attributeArg(attribute, "type");
      const method = type?.kind === "ident" ? type.value.toLowerCase() : "btree";
      const name = stringArg(attribute, "map") ?? constraintName(table, names, unique ? "key" : "idx");
      indexes.push(
        index(
          name,
          names,
          unique,
          method,
          cols.map((c) => c.descending),
          cols.map((c) => c.opclass),
          whereOf(model, attribute),
        ),
      );
    }

    const foreignKeys: ExpectedForeignKey[] = [];
    for (const field of model.fields.filter(isRelation)) {
      const relation = find(field.attributes, "relation");
      const fields = attributeArg(relation, "fields");
      if (!relation || !fields) continue;
      const target = modelsByName.get(field.type)!;
      const fkFields = refs(fields).map((ref) => model.fields.find((f) => f.name === ref.name)!);
      const columns = fkFields.map(columnOf);
      const action = (name: string, fallback: string) => {
        const value = attributeArg(relation, name);
        return ACTIONS[value?.kind === "ident" ? value.value : fallback];
      };
      foreignKeys.push({
        name: stringArg(relation, "map") ?? constraintName(table, columns, "fkey"),
        columns,
        referencedTable: tableOf(target),
        referencedColumns: columnsOf(target, attributeArg(relation, "references")).map((c) => c.column),
        // Prisma's defaults: an optional relation is cut loose, a required one blocks the delete.
        onDelete: action("onDelete", fkFields.some((f) => f.optional) ? "SetNull" : "Restrict"),
        onUpdate: action("onUpdate", "Cascade"),
      });
    }

    const checks = model.attributes
      .filter((a) => a.name === "check")
      .map((attribute) => {
        const [name, expression] = attribute.args.map((arg) => (arg.value.kind === "string" ? arg.value.value : undefined));
        if (!name || !expression) throw new Error(`${model.name}: write a check as // @@check("name", "expression")`);
        return { name, expression };
      });

    return { name: table, model: model.name, columns, primaryKey, indexes, foreignKeys, checks };
  });

  tables.push(...implicitManyToManyTables(models, tableOf, columnOf, enumsByName, isRelation));

  const expectedEnums = enums.map((decl) => ({
    name: stringArg(find(decl.attributes, "map")) ?? decl.name,
    values: decl.values.map((value) => stringArg(find(value.attributes, "map")) ?? value.name),
  }));
  return { tables, enums: expectedEnums };
}

/** `posts Post[]` on both sides without `fields:` — Prisma keeps the pairs in `_<RelationName>`. */
function implicitManyToManyTables(
  models: ModelDecl[],
  tableOf: (model: ModelDecl) => string,
  columnOf: (field: FieldDecl) => string,
  enums: Map<string, EnumDecl>,
  isRelation: (field: FieldDecl) => boolean,
): ExpectedTable[] {
  const relations = new Map<string, string[]>();
  for (const model of models) {
    for (const field of model.fields.filter((f) => isRelation(f) && f.list)) {
      const relation = find(field.attributes, "relation");
      if (attributeArg(relation, "fields")) continue;
      const other = models.find((m) => m.name === field.type)!;
      const name = relationName(relation) ?? [model.name, other.name].sort().join("To");
      const back = other.fields.find(
        (f) => f.type === model.name && f.list && f !== field && (relationName(find(f.attributes, "relation")) ?? name) === name,
      );
      if (back) relations.set(name, [model.name, other.name].sort());
    }
  }
  return [...relations].map(([name, [a, b]]) => {
    const table = `_${name}`;
    const side = (modelName: string, column: "A" | "B") => {
      const model = models.find((m) => m.name === modelName)!;
      const id = model.fields.find((f) => find(f.attributes, "id"))!;
      return { model, id, column };
    };
    const sides = [side(a, "A"), side(b, "B")];
    return {
      name: table,
      model: `(many-to-many ${name})`,
      columns: sides.map(({ model, id, column }) => ({
        name: column,
        field: column,
        type: columnType(model, id, enums),
        nullable: false,
        default: { kind: "none" } as const,
      })),
      primaryKey: { name: `${table}_AB_pkey`, columns: ["A", "B"] },
      indexes: [index(`${table}_B_index`, ["B"], false, "btree", [false], [null], null)],
      foreignKeys: sides.map(({ model, id, column }) => ({
        name: `${table}_${column}_fkey`,
        columns: [column],
        referencedTable: tableOf(model),
        referencedColumns: [columnOf(id)],
        onDelete: "c",
        onUpdate: "c",
      })),
      checks: [],
    };
  });
}

/** The column type as PostgreSQL's format_type() prints it; null when Prisma leaves it open. */
function columnType(model: ModelDecl, field: FieldDecl, enums: Map<string, EnumDecl>): string | null {
  const suffix = field.list ? "[]" : "";
  if (field.type === "Unsupported") return null;
  const enumDecl = enums.get(field.type);
  if (enumDecl) return (stringArg(find(enumDecl.attributes, "map")) ?? enumDecl.name) + suffix;
  if (!SCALARS.has(field.type)) throw new Error(`${model.name}.${field.name}: unknown type ${field.type}`);

  const native = field.attributes.find((a) => a.name.startsWith("db."));
  if (!native) {
    const defaults: Record<string, string> = {
      String: "text",
      Int: "integer",
      BigInt: "bigint",
      Float: "double precision",
      Decimal: "numeric(65,30)",
      Boolean: "boolean",
      DateTime: "timestamp(3) without time zone",
      Json: "jsonb",
      Bytes: "bytea",
    };
    return defaults[field.type] + suffix;
  }
  const nativeName = native.name.slice(3);
  const args = native.args.map((arg) => (arg.value.kind === "number" ? arg.value.value : "?"));
  const withArgs = (base: string) => (args.length ? `${base}(${args.join(",")})` : base);
  const precise = (base: string, zone: string) => (args.length ? `${base}(${args[0]}) ${zone}` : `${base} ${zone}`);
  const natives: Record<string, () => string> = {
    Text: () => "text",
    VarChar: () => withArgs("character varying"),
    Char: () => withArgs("character"),
    Uuid: () => "uuid",
    Citext: () => "citext",
    Inet: () => "inet",
    Xml: () => "xml",
    Bit: () => withArgs("bit"),
    VarBit: () => withArgs("bit varying"),
    Integer: () => "integer",
    SmallInt: () => "smallint",
    Oid: () => "oid",
    BigInt: () => "bigint",
    DoublePrecision: () => "double precision",
    Real: () => "real",
    Decimal: () => withArgs("numeric"),
    Money: () => "money",
    Boolean: () => "boolean",
    Timestamp: () => precise("timestamp", "without time zone"),
    Timestamptz: () => precise("timestamp", "with time zone"),
    Date: () => "date",
    Time: () => precise("time", "without time zone"),
    Timetz: () => precise("time", "with time zone"),
    Json: () => "json",
    JsonB: () => "jsonb",
    ByteA: () => "bytea",
  };
  const render = natives[nativeName];
  if (!render) throw new Error(`${model.name}.${field.name}: teach the drift test the native type @${native.name}`);
  return render() + suffix;
}

function defaultOf(field: FieldDecl, enums: Map<string, EnumDecl>): DefaultExpectation {
  const value = attributeArg(find(field.attributes, "default"));
  if (!value) return { kind: "none" };
  switch (value.kind) {
    case "call":
      if (value.name === "autoincrement") return { kind: "sequence" };
      if (value.name === "now") return { kind: "value", value: "CURRENT_TIMESTAMP" };
      if (CLIENT_GENERATED.has(value.name)) return { kind: "none" };
      if (value.name === "dbgenerated") return value.args.length ? { kind: "present" } : { kind: "none" };
      throw new Error(`${field.name}: teach the drift test the default ${value.name}()`);
    case "number":
      return { kind: "value", value: value.value };
    case "string":
      return field.type === "DateTime" ? { kind: "present" } : { kind: "value", value: value.value };
    case "ident": {
      const enumValue = enums.get(field.type)?.values.find((v) => v.name === value.value);
      const mapped = enumValue ? stringArg(find(enumValue.attributes, "map")) : undefined;
      return { kind: "value", value: mapped ?? value.value };
    }
    case "array":
      return { kind: "present" };
  }
}

function index(
  name: string,
  columns: string[],
  unique: boolean,
  method: string,
  descending: boolean[],
  opclasses: (string | null)[],
  where: string | null,
): ExpectedIndex {
  return { name, columns, unique, method, descending, opclasses, where };
}

/** `where: raw("active")` → the SQL predicate as written (catalog.ts has PostgreSQL normalize it). */
function whereOf(model: ModelDecl, attribute: Attribute): string | null {
  const where = attributeArg(attribute, "where");
  if (!where) return null;
  const raw = where.kind === "call" && where.name === "raw" ? where.args[0]?.value : undefined;
  if (raw?.kind !== "string") throw new Error(`${model.name}: teach the drift test this where: (only raw("...") is read)`);
  return raw.value;
}

function find(attributes: Attribute[], name: string) {
  return attributes.find((attribute) => attribute.name === name);
}

function relationName(relation: Attribute | undefined) {
  return stringArg(relation) ?? stringArg(relation, "name");
}

function fieldsArg(attribute: Attribute | undefined) {
  return attributeArg(attribute, "fields") ?? attributeArg(attribute);
}

/** `[a, b(sort: Desc)]` → field names with their sort order. */
function refs(value: Value | undefined): { name: string; descending: boolean; opclass: string | null }[] {
  if (!value) return [];
  const items = value.kind === "array" ? value.items : [value];
  return items.map((item) => {
    if (item.kind === "ident") return { name: item.value, descending: false, opclass: null };
    if (item.kind === "call") {
      const sort = item.args.find((arg) => arg.name === "sort")?.value;
      return { name: item.name, descending: sort?.kind === "ident" && sort.value === "Desc", opclass: opclassOf(item.args) };
    }
    throw new Error(`Unexpected field reference ${JSON.stringify(item)}`);
  });
}

/** `ops: raw("gin_trgm_ops")` or `ops: JsonbPathOps` → the PostgreSQL operator class name. */
function opclassOf(args: { name?: string; value: Value }[]): string | null {
  const ops = args.find((arg) => arg.name === "ops")?.value;
  if (!ops) return null;
  if (ops.kind === "call" && ops.name === "raw") {
    const raw = ops.args[0]?.value;
    return raw?.kind === "string" ? raw.value : null;
  }
  // Prisma's named classes: JsonbPathOps → jsonb_path_ops, GinTrgmOps… are spelled in snake case.
  return ops.kind === "ident" ? ops.value.replace(/(?<!^)([A-Z])/g, "_$1").toLowerCase() : null;
}
