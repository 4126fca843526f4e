import type { ReactNode } from "react";

/** A JSON Schema of the OpenAPI document, as the reference page reads it. */
export type Schema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: Schema | boolean;
  anyOf?: Schema[];
  oneOf?: Schema[];
  description?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
};

const refName = (ref: string) => ref.split("/").pop() ?? ref;

export const schemaAnchor = (name: string) => `schema-${name}`;

/** A schema's type in a few words: `string (uuid)`, `Evidence`, `array of Indicator`, `"CONFIRM" | "DISPUTE"`. */
export function TypeLabel({ schema }: { schema: Schema }): ReactNode {
  if (schema.$ref) {
    const name = refName(schema.$ref);
    return (
      <a href={`#${schemaAnchor(name)}`} className="text-brand-700 underline">
        {name}
      </a>
    );
  }
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) {
    return variants.map((v, i) => (
      <span key={i}>
        {i > 0 && " | "}
        <TypeLabel schema={v} />
      </span>
    ));
  }
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  const type = Array.isArray(schema.type) ? schema.type.join(" | ") : schema.type;
  if (type === "array" && schema.items) {
    return (
      <>
        [<TypeLabel schema={schema.items} />]
      </>
    );
  }
  if (type === "object" && !schema.properties && typeof schema.additionalProperties === "object") {
    return (
      <>
        {"{ string: "}
        <TypeLabel schema={schema.additionalProperties} />
        {" }"}
      </>
    );
  }
  return schema.format ? `${type} (${schema.format})` : (type ?? "any");
}

/** The object schema a property's rows describe, when it is written inline (not a named one). */
function inlineObject(schema: Schema): Schema | null {
  if (schema.properties) return schema;
  if (schema.items?.properties) return schema.items;
  const nullable = (schema.anyOf ?? []).find((s) => s.properties);
  return nullable ?? null;
}

/** An object's properties: name, type, whether required, and what the document says about it. */
export function PropertiesTable({
  schema,
  labels,
}: {
  schema: Schema;
  labels: { name: string; type: string; required: string; description: string };
}) {
  const properties = Object.entries(schema.properties ?? {});
  if (properties.length === 0) return null;
  const required = new Set(schema.required ?? []);
  return (
    <table className="mt-2 w-full text-left text-xs">
      <thead className="text-slate-500">
        <tr>
          <th scope="col" className="py-1 pr-3 font-medium">
            {labels.name}
          </th>
          <th scope="col" className="py-1 pr-3 font-medium">
            {labels.type}
          </th>
          <th scope="col" className="py-1 font-medium">
            {labels.description}
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100 align-top">
        {properties.map(([name, property]) => {
          const nested = inlineObject(property);
          return (
            <tr key={name}>
              <td className="py-1 pr-3 font-mono whitespace-nowrap">
                {name}
                {required.has(name) && (
                  <abbr title={labels.required} className="ml-0.5 text-red-700 no-underline">
                    *
                  </abbr>
                )}
              </td>
              <td className="py-1 pr-3 font-mono">
                {nested && !property.$ref ? property.type === "array" ? "[object]" : "object" : <TypeLabel schema={property} />}
              </td>
              <td className="py-1" lang="en">
                {property.description}
                {nested && <PropertiesTable schema={nested} labels={labels} />}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
