import { getTranslations } from "next-intl/server";

import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { OpenApiDocument } from "@/lib/api/v1/openapi";

import { PropertiesTable, schemaAnchor, TypeLabel, type Schema } from "./schema-view";

type Parameter = { name: string; in: string; required: boolean; description?: string; schema: Schema };
type Described = {
  operationId: string;
  summary: string;
  description?: string;
  "x-scope": "READ" | "READ_WRITE";
  parameters: Parameter[];
  requestBody?: { content: { "application/json": { schema: Schema } } };
  responses: Record<string, { content?: { "application/json": { schema: Schema } } }>;
};

const METHOD_TONE = { get: "blue", post: "green", put: "amber", patch: "amber" } as const;

/**
 * The API reference, rendered on the server from the same OpenAPI document the API serves: no
 * script and nothing loaded from elsewhere, so the page's Content-Security-Policy holds. The page's
 * words are translated; the document's own field descriptions are English, marked as such.
 */
export async function ApiReference({ doc }: { doc: OpenApiDocument }) {
  const t = await getTranslations("apiDocs");
  const labels = { name: t("name"), type: t("type"), required: t("required"), description: t("description") };
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods as Record<string, Described>).map(([method, op]) => ({ path, method, op })),
  );
  const tags = doc.tags.map((tag) => tag.name);
  const known = (key: string) => (t.has(key) ? t(key) : undefined);
  return (
    <div className="space-y-6">
      <Card title={t("basicsTitle")}>
        <div className="max-w-3xl space-y-3 text-sm text-slate-700">
          <p>{t("auth")}</p>
          <pre className="overflow-x-auto rounded bg-slate-100 px-3 py-2 text-xs">
            curl -H &quot;Authorization: Bearer syn_pat_…&quot; {"/api/v1/projects/{id}"}
          </pre>
          <p>{t("paging")}</p>
          <p>{t("versions")}</p>
          <p>{t("rateLimit")}</p>
          <p>{t("errors")}</p>
          <p>
            <a href="/api/v1/openapi.json" className="text-brand-700 underline" data-testid="openapi-link">
              {t("download")}
            </a>
          </p>
        </div>
      </Card>

      {tags.map((tag) => (
        <section key={tag} aria-labelledby={`tag-${tag}`} className="space-y-3">
          <h2 id={`tag-${tag}`} className="text-lg font-semibold text-slate-900">
            {known(`tags.${tag}`) ?? tag}
          </h2>
          {operations
            .filter(({ op }) => (op as unknown as { tags: string[] }).tags.includes(tag))
            .map(({ path, method, op }) => (
              <Card key={op.operationId}>
                <div id={op.operationId} data-testid="api-operation" className="space-y-3 text-sm">
                  <div className="flex flex-wrap items-center gap-2">
                    <Badge tone={METHOD_TONE[method as keyof typeof METHOD_TONE] ?? "neutral"}>{method.toUpperCase()}</Badge>
                    <code className="font-mono text-sm">/api/v1{path}</code>
                    <Badge tone={op["x-scope"] === "READ" ? "neutral" : "red"}>{t(`scopes.${op["x-scope"]}`)}</Badge>
                  </div>
                  <p className="font-medium">{known(`operations.${op.operationId}`) ?? op.summary}</p>
                  {op.description && (
                    <p className="text-slate-600" lang="en">
                      {op.description}
                    </p>
                  )}
                  {op.parameters.length > 0 && (
                    <div>
                      <h3 className="font-semibold">{t("parameters")}</h3>
                      <ul className="mt-1 space-y-1 text-xs">
                        {op.parameters.map((p) => (
                          <li key={`${p.in}-${p.name}`}>
                            <code className="font-mono">{p.name}</code>
                            {p.required && <span className="text-red-700">*</span>}{" "}
                            <span className="text-slate-500">({t(`in.${p.in}`)})</span>{" "}
                            <span className="font-mono">
                              <TypeLabel schema={p.schema} />
                            </span>
                            {p.description && (
                              <span className="text-slate-600" lang="en">
                                {" "}
                                — {p.description}
                              </span>
                            )}
                          </li>
                        ))}
                      </ul>
                    </div>
                  )}
                  {op.requestBody && (
                    <p>
                      <span className="font-semibold">{t("requestBody")}</span>{" "}
                      <span className="font-mono">
                        <TypeLabel schema={op.requestBody.content["application/json"].schema} />
                      </span>
                    </p>
                  )}
                  <div>
                    <h3 className="font-semibold">{t("responses")}</h3>
                    <ul className="mt-1 space-y-1 text-xs">
                      {Object.entries(op.responses).map(([status, response]) => (
                        <li key={status}>
                          <code className="font-mono font-semibold">{status}</code> {known(`statuses.${status}`)}{" "}
                          {response.content && (
                            <span className="font-mono">
                              <TypeLabel schema={response.content["application/json"].schema} />
                            </span>
                          )}
                        </li>
                      ))}
                    </ul>
                  </div>
                </div>
              </Card>
            ))}
        </section>
      ))}

      <section aria-labelledby="schemas" className="space-y-3">
        <h2 id="schemas" className="text-lg font-semibold text-slate-900">
          {t("schemas")}
        </h2>
        {Object.entries(doc.components.schemas as Record<string, Schema>).map(([name, schema]) => (
          <Card key={name}>
            <div id={schemaAnchor(name)} className="text-sm">
              <h3 className="font-mono font-semibold">{name}</h3>
              {schema.description && (
                <p className="mt-1 text-slate-600" lang="en">
                  {schema.description}
                </p>
              )}
              {schema.properties ? (
                <PropertiesTable schema={schema} labels={labels} />
              ) : schema.oneOf?.every((variant) => variant.properties) ? (
                schema.oneOf.map((variant, i) => <PropertiesTable key={i} schema={variant} labels={labels} />)
              ) : (
                <p className="mt-1 font-mono text-xs">
                  <TypeLabel schema={schema} />
                </p>
              )}
            </div>
          </Card>
        ))}
      </section>
    </div>
  );
}
