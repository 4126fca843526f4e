/**
 * A client's walk through /api/v1, guided only by its OpenAPI document: every request is found by
 * its operationId (path and method come from the document) and every response is checked against
 * the document's schema for its status. It lists, reads, enters a draft of evidence, changes it,
 * is refused a change on a stale version, and is refused a write with a read-only token. Plain
 * HTTP (fetch) and no database: what any integrator's program could do with two tokens.
 */
import { contractChecker } from "../../tests/support/openapi-contract";

type Doc = Parameters<typeof contractChecker>[0];
type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export type WalkOptions = {
  /** Where the app runs, e.g. http://127.0.0.1:3000 (the document's server URL is relative). */
  baseUrl: string;
  /** A read-write personal token of a partner whose organization has joined a project. */
  readWrite: string;
  /** A read-only token of the same person. */
  readOnly: string;
  fetch?: Fetch;
  say?: (line: string) => void;
};

export type WalkStep = { step: string; operationId: string; status: number };
export type WalkResult = { steps: WalkStep[]; projectId: string; evidenceId: string; problems: string[] };

type Call = { params?: Record<string, string>; query?: Record<string, string>; body?: unknown; ifMatch?: string; token: string };

export async function walkApi(options: WalkOptions): Promise<WalkResult> {
  const doFetch: Fetch = options.fetch ?? ((input, init) => fetch(input, init));
  const say = options.say ?? (() => {});
  const root = new URL("/api/v1", options.baseUrl).href;

  const docResponse = await doFetch(`${root}/openapi.json`);
  if (docResponse.status !== 200) throw new Error(`GET /api/v1/openapi.json answered ${docResponse.status}`);
  const doc = (await docResponse.json()) as Doc & { openapi: string };
  const contract = contractChecker(doc);
  say(`OpenAPI ${doc.openapi}: ${Object.keys(doc.paths).length} paths`);

  const operations = new Map<string, { method: string; template: string }>();
  for (const [template, methods] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(methods as Record<string, { operationId?: string }>)) {
      if (operation.operationId) operations.set(operation.operationId, { method: method.toUpperCase(), template });
    }
  }

  const steps: WalkStep[] = [];
  const problems: string[] = [];

  /** One documented operation; refuses to go on when the status is not the one expected. */
  async function call(step: string, operationId: string, expected: number, c: Call) {
    const operation = operations.get(operationId);
    if (!operation) throw new Error(`The document has no operation ${operationId}`);
    const path = operation.template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(c.params?.[name] ?? ""));
    const url = `${root}${path}${c.query ? `?${new URLSearchParams(c.query)}` : ""}`;
    const headers: Record<string, string> = { authorization: `Bearer ${c.token}`, accept: "application/json" };
    if (c.body !== undefined) headers["content-type"] = "application/json";
    if (c.ifMatch !== undefined) headers["if-match"] = c.ifMatch;
    const response = await doFetch(url, {
      method: operation.method,
      headers,
      body: c.body === undefined ? undefined : JSON.stringify(c.body),
    });
    const body = (await response.json()) as { data?: unknown; error?: { code: string } };
    problems.push(...contract.check(operation.method, path, response.status, body, response.headers));
    steps.push({ step, operationId, status: response.status });
    say(`${String(response.status).padEnd(4)}${operation.method.padEnd(5)}${path}  ${step}`);
    if (response.status !== expected) {
      throw new Error(`${step}: ${operation.method} ${path} answered ${response.status}, expected ${expected}: ${JSON.stringify(body)}`);
    }
    return { body, etag: response.headers.get("etag") };
  }

  type Ref = { id: string };
  const me = (await call("whom the token acts for", "getToken", 200, { token: options.readWrite })).body.data as {
    scope: string;
    organization: Ref | null;
  };
  if (me.scope !== "READ_WRITE") throw new Error("The read-write token may only read");
  if (!me.organization) throw new Error("The token's owner belongs to no organization, so it can enter no evidence");

  const projects = await call("list the active projects the owner's organization has joined", "listProjects", 200, {
    token: options.readWrite,
    query: { organization: me.organization.id, status: "ACTIVE", limit: "5", sort: "updated" },
  });
  const project = (projects.body.data as Ref[])[0];
  if (!project) throw new Error("The token's owner's organization has joined no active project");
  await call("read the project", "getProject", 200, { token: options.readWrite, params: { id: project.id } });
  await call("read its evidence", "listProjectEvidence", 200, {
    token: options.readWrite,
    params: { id: project.id },
    query: { limit: "10" },
  });
  await call("read its score history", "listProjectScores", 200, { token: options.readWrite, params: { id: project.id } });

  type Indicator = Ref & { kind: string; lower: number; upper: number; active: boolean };
  const catalog = (await call("list the indicator catalog", "listIndicators", 200, { token: options.readWrite, query: { limit: "100" } }))
    .body.data as Indicator[];
  const indicator = catalog.find((i) => i.active && i.kind === "QUANTITATIVE");
  if (!indicator) throw new Error("The catalog has no active quantitative indicator");

  const year = new Date().getUTCFullYear() - 1;
  const fields = (value: number) => ({
    indicatorId: indicator.id,
    value,
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
    originalLocale: "en",
    narrative: "A draft entered by the API walk (npm run api:walk).",
    translations: {},
    sourceUrl: "",
  });
  const middle = (indicator.lower + indicator.upper) / 2;
  const created = await call("enter a draft of evidence", "createEvidence", 201, {
    token: options.readWrite,
    body: { projectId: project.id, fields: fields(middle), intent: "draft" },
  });
  const evidence = created.body.data as Ref & { version: number };
  const seen = created.etag ?? `"${evidence.version}"`;
  await call("read it back", "getEvidence", 200, { token: options.readWrite, params: { id: evidence.id } });
  await call("change it, naming the version read", "replaceEvidence", 200, {
    token: options.readWrite,
    params: { id: evidence.id },
    ifMatch: seen,
    body: { fields: fields(indicator.upper), intent: "draft" },
  });
  const stale = await call("change it again on the old version: a conflict", "replaceEvidence", 412, {
    token: options.readWrite,
    params: { id: evidence.id },
    ifMatch: seen,
    body: { fields: fields(indicator.lower), intent: "draft" },
  });
  if (stale.body.error?.code !== "staleVersion") throw new Error(`The conflict's code is ${stale.body.error?.code}`);
  const refused = await call("enter evidence with a read-only token: refused", "createEvidence", 403, {
    token: options.readOnly,
    body: { projectId: project.id, fields: fields(middle), intent: "draft" },
  });
  if (refused.body.error?.code !== "tokenScope") throw new Error(`The refusal's code is ${refused.body.error?.code}`);

  return { steps, projectId: project.id, evidenceId: evidence.id, problems };
}
