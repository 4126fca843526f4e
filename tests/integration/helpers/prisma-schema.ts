/**
 * A small reader for schema.prisma, enough to derive the PostgreSQL schema Prisma would create.
 * Prisma's own DMMF reader (@prisma/internals) is not installed, and the generated client keeps
 * only field names and kinds, not attributes, so the drift test parses the file itself.
 */

export type Value =
  | { kind: "string"; value: string }
  | { kind: "number"; value: string }
  | { kind: "ident"; value: string }
  | { kind: "call"; name: string; args: Arg[] }
  | { kind: "array"; items: Value[] };
export type Arg = { name?: string; value: Value };
export type Attribute = { name: string; args: Arg[] };
export type FieldDecl = { name: string; type: string; list: boolean; optional: boolean; attributes: Attribute[] };
export type ModelDecl = { name: string; fields: FieldDecl[]; attributes: Attribute[] };
export type EnumDecl = { name: string; values: { name: string; attributes: Attribute[] }[]; attributes: Attribute[] };
export type SchemaDecl = { models: ModelDecl[]; enums: EnumDecl[] };

type Token = { kind: "ident" | "string" | "number" | "punct" | "newline"; text: string; line: number };

const TOKEN =
  /(\/\/[^\n]*)|(\n)|([ \t\r]+)|("(?:[^"\\]|\\.)*")|(-?\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)|(@@|[@{}()[\],:?=])/y;

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(source);
    if (!match) throw new Error(`schema.prisma line ${line}: unexpected character ${JSON.stringify(source[at])}`);
    const [, comment, newline, space, string, number, ident, punct] = match;
    if (comment || space) continue;
    if (newline) tokens.push({ kind: "newline", text: "\n", line: line++ });
    else if (string) tokens.push({ kind: "string", text: JSON.parse(string) as string, line });
    else if (number) tokens.push({ kind: "number", text: number, line });
    else if (ident) tokens.push({ kind: "ident", text: ident, line });
    else tokens.push({ kind: "punct", text: punct, line });
  }
  return tokens;
}

/**
 * Prisma cannot declare CHECK constraints, so schema.prisma names them in comments that read like
 * block attributes, `// @@check("name", "expression")`; Prisma ignores them, this reader does not.
 */
const CHECK_COMMENT = /^([ \t]*)\/\/[ \t]*(@@check\()/gm;

export function parsePrismaSchema(source: string): SchemaDecl {
  const tokens = tokenize(source.replace(CHECK_COMMENT, "$1$2"));
  let pos = 0;
  const peek = () => tokens[pos];
  const fail = (message: string): never => {
    throw new Error(`schema.prisma line ${peek()?.line ?? "end"}: ${message}`);
  };
  const next = () => tokens[pos++] ?? fail("unexpected end of file");
  const isPunct = (text: string) => peek()?.kind === "punct" && peek().text === text;
  const expectPunct = (text: string) => (next().text === text ? undefined : fail(`expected "${text}"`));
  const expectIdent = () => {
    const token = next();
    return token.kind === "ident" ? token.text : fail(`expected a name, found "${token.text}"`);
  };
  const skipNewlines = () => {
    while (peek()?.kind === "newline") pos++;
  };

  // Inside (...) and [...] line breaks carry no meaning.
  function parseValue(): Value {
    skipNewlines();
    const token = next();
    if (token.kind === "string") return { kind: "string", value: token.text };
    if (token.kind === "number") return { kind: "number", value: token.text };
    if (token.kind === "ident") {
      return isPunct("(") ? { kind: "call", name: token.text, args: parseArgs() } : { kind: "ident", value: token.text };
    }
    if (token.text === "[") {
      const items: Value[] = [];
      for (skipNewlines(); !isPunct("]"); skipNewlines()) {
        items.push(parseValue());
        skipNewlines();
        if (isPunct(",")) pos++;
      }
      pos++;
      return { kind: "array", items };
    }
    return fail(`unexpected "${token.text}"`);
  }

  function parseArgs(): Arg[] {
    expectPunct("(");
    const args: Arg[] = [];
    for (skipNewlines(); !isPunct(")"); skipNewlines()) {
      const named = peek().kind === "ident" && tokens[pos + 1]?.text === ":";
      const name = named ? next().text : undefined;
      if (named) pos++;
      args.push({ name, value: parseValue() });
      skipNewlines();
      if (isPunct(",")) pos++;
    }
    pos++;
    return args;
  }

  function parseAttributes(): Attribute[] {
    const attributes: Attribute[] = [];
    while (isPunct("@")) {
      pos++;
      const name = expectIdent();
      attributes.push({ name, args: isPunct("(") ? parseArgs() : [] });
    }
    return attributes;
  }

  const models: ModelDecl[] = [];
  const enums: EnumDecl[] = [];
  for (skipNewlines(); pos < tokens.length; skipNewlines()) {
    const keyword = expectIdent();
    const name = expectIdent();
    expectPunct("{");
    const fields: FieldDecl[] = [];
    const values: EnumDecl["values"] = [];
    const attributes: Attribute[] = [];
    for (skipNewlines(); !isPunct("}"); skipNewlines()) {
      if (isPunct("@@")) {
        pos++;
        const attributeName = expectIdent();
        attributes.push({ name: attributeName, args: isPunct("(") ? parseArgs() : [] });
      } else if (keyword === "enum") {
        values.push({ name: expectIdent(), attributes: parseAttributes() });
      } else if (keyword === "generator" || keyword === "datasource") {
        while (peek() && peek().kind !== "newline") pos++;
      } else {
        const fieldName = expectIdent();
        const typeName = expectIdent();
        const typeArgs = isPunct("(") ? parseArgs() : undefined; // Unsupported("...")
        const list = isPunct("[") && tokens[pos + 1]?.text === "]";
        if (list) pos += 2;
        const optional = isPunct("?");
        if (optional) pos++;
        // Unsupported("...") columns are outside what Prisma manages; keep only the marker.
        const type = typeArgs ? "Unsupported" : typeName;
        fields.push({ name: fieldName, type, list, optional, attributes: parseAttributes() });
      }
      if (peek() && peek().kind !== "newline" && !isPunct("}")) fail(`unexpected "${peek().text}"`);
    }
    pos++;
    if (keyword === "model") models.push({ name, fields, attributes });
    else if (keyword === "enum") enums.push({ name, values, attributes });
    else if (!["generator", "datasource", "view", "type"].includes(keyword)) fail(`unknown block "${keyword}"`);
  }
  return { models, enums };
}

/** A named argument's value, or the first positional one when `name` is omitted. */
export function attributeArg(attribute: Attribute | undefined, name?: string): Value | undefined {
  return attribute?.args.find((arg) => arg.name === name)?.value;
}

export function stringArg(attribute: Attribute | undefined, name?: string): string | undefined {
  const value = attributeArg(attribute, name);
  return value?.kind === "string" ? value.value : undefined;
}
