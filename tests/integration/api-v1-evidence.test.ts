import { afterAll, beforeEach, describe, expect, it } from "vitest";

import { getEnv } from "@/lib/env";
import * as evidence from "@/lib/evidence/service";

import { api, contractProblems, tokenFor } from "./helpers/api";
import { resetDb, testDb } from "./helpers/db";
import { counts, createCatalog, createProjectWorld, fields } from "./helpers/evidence";

async function world() {
  const catalog = await createCatalog();
  const w = await createProjectWorld();
  return {
    ...catalog,
    ...w,
    cnWrite: await tokenFor(w.cn, "READ_WRITE"),
    cnRead: await tokenFor(w.cn),
    ruWrite: await tokenFor(w.ru, "READ_WRITE"),
  };
}

const newEvidence = (projectId: string, indicatorId: string, intent: "draft" | "submit" = "draft") => ({
  projectId,
  intent,
  fields: fields(indicatorId),
});

describe("/api/v1 evidence", () => {
  beforeEach(resetDb);
  afterAll(() => expect(contractProblems()).toEqual([]));

  it("POST /evidence enters evidence as the token's owner, audited and scored like the form's", async () => {
    const w = await world();
    const created = await api("POST", "/evidence", { token: w.cnWrite, body: newEvidence(w.project.id, w.percent.id, "submit") });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({
      projectId: w.project.id,
      status: "SUBMITTED",
      value: 42,
      periodStart: "2025-01-01",
      submittedBy: "Test User",
      organization: { id: w.cn.organizationId, country: "CN" },
      narratives: [{ locale: "zh", narrative: "装配线本地化率达到百分之四十二。", status: "original" }],
      version: 1,
    });
    expect(created.headers.get("etag")).toBe('"1"');
    expect(created.headers.get("ratelimit-limit")).toBe("120");
    const row = await testDb().evidence.findUniqueOrThrow({ where: { id: created.body.data.id } });
    expect(row).toMatchObject({ submittedById: w.cn.id, organizationId: w.cn.organizationId });
    const audit = await testDb().auditLog.findFirstOrThrow({ where: { entityId: row.id } });
    expect(audit).toMatchObject({ actorId: w.cn.id, action: "evidence.create" });
    expect(await testDb().scoreSnapshot.count({ where: { projectId: w.project.id } })).toBe(1);
  });

  it("POST /evidence refuses bad input with the form's field codes and changes nothing", async () => {
    const w = await world();
    const before = await counts();
    const bad = { ...newEvidence(w.project.id, w.percent.id), fields: { ...fields(w.percent.id), periodEnd: "2024-01-01", narrative: "" } };
    const refused = await api("POST", "/evidence", { token: w.cnWrite, body: bad });
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({
      error: { code: "invalidInput" },
      fieldErrors: { "fields.narrative": "required", "fields.periodEnd": "periodOrder" },
    });
    const outOfRange = await api("POST", "/evidence", {
      token: w.cnWrite,
      body: { ...newEvidence(w.project.id, w.percent.id), fields: fields(w.percent.id, { value: 140 }) },
    });
    expect(outOfRange.status).toBe(422);
    expect(outOfRange.body.error).toMatchObject({ field: "value" });
    const notJson = await api("POST", "/evidence", { token: w.cnWrite, rawBody: "{", headers: { "content-type": "application/json" } });
    expect(notJson).toMatchObject({ status: 400, body: { error: { code: "invalidInput" }, fieldErrors: { body: "invalidJson" } } });
    const form = await api("POST", "/evidence", {
      token: w.cnWrite,
      rawBody: "a=1",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(form).toMatchObject({ status: 415, body: { error: { code: "unsupportedMediaType" } } });
    const huge = await api("POST", "/evidence", {
      token: w.cnWrite,
      body: { ...newEvidence(w.project.id, w.percent.id), padding: "x".repeat(300_000) },
    });
    expect(huge).toMatchObject({ status: 413, body: { error: { code: "bodyTooLarge" } } });
    expect(await counts()).toEqual(before);
  });

  it("GET /evidence/{id} reads shared evidence and the own organization's drafts; another's draft is not found", async () => {
    const w = await world();
    const draft = await evidence.createEvidence(w.cn, { projectId: w.project.id, fields: fields(w.percent.id) });
    const own = await api("GET", `/evidence/${draft.id}`, { token: w.cnRead });
    expect(own).toMatchObject({ status: 200, body: { data: { id: draft.id, status: "DRAFT" } } });
    const ruRead = await tokenFor(w.ru);
    const hidden = await api("GET", `/evidence/${draft.id}`, { token: ruRead });
    const unknown = await api("GET", "/evidence/00000000-0000-4000-8000-000000000000", { token: ruRead });
    expect(hidden).toEqual({ ...unknown, headers: hidden.headers });
    expect(hidden.status).toBe(404);
    expect(await api("GET", "/evidence/not-a-uuid", { token: ruRead })).toMatchObject({ status: 404 });
  });

  it("PUT /evidence/{id} changes the version named in If-Match; a stale one answers 412 and changes nothing", async () => {
    const w = await world();
    const { body } = await api("POST", "/evidence", { token: w.cnWrite, body: newEvidence(w.project.id, w.percent.id, "submit") });
    const id = body.data.id;
    const change = { intent: "draft", fields: fields(w.percent.id, { value: 55 }) };
    const missing = await api("PUT", `/evidence/${id}`, { token: w.cnWrite, body: change });
    expect(missing).toMatchObject({ status: 428, body: { error: { code: "ifMatchRequired" } } });
    expect(await api("PUT", `/evidence/${id}`, { token: w.cnWrite, body: change, ifMatch: "*" })).toMatchObject({
      status: 400,
      body: { fieldErrors: { "If-Match": "ifMatchInvalid" } },
    });
    const changed = await api("PUT", `/evidence/${id}`, { token: w.cnWrite, body: change, ifMatch: 1 });
    expect(changed).toMatchObject({ status: 200, body: { data: { value: 55, version: 2, status: "SUBMITTED" } } });
    expect(changed.headers.get("etag")).toBe('"2"');
    const before = await counts();
    const stale = await api("PUT", `/evidence/${id}`, {
      token: w.cnWrite,
      body: { ...change, fields: fields(w.percent.id, { value: 60 }) },
      ifMatch: 1,
    });
    expect(stale).toMatchObject({ status: 412, body: { error: { code: "staleVersion" } } });
    expect(await counts()).toEqual(before);
    expect((await testDb().evidence.findUniqueOrThrow({ where: { id } })).value).toBe(55);
  });

  it("submit, decide and withdraw follow the lifecycle: the counterpart confirms, the state refuses what it does not allow", async () => {
    const w = await world();
    const { body } = await api("POST", "/evidence", { token: w.cnWrite, body: newEvidence(w.project.id, w.percent.id) });
    const id = body.data.id;
    expect(await api("POST", `/evidence/${id}/submit`, { token: w.cnWrite, ifMatch: 1 })).toMatchObject({
      status: 200,
      body: { data: { status: "SUBMITTED", version: 2 } },
    });
    // Its own organization may not decide; the other country's partner may.
    expect(await api("POST", `/evidence/${id}/decision`, { token: w.cnWrite, ifMatch: 2, body: { decision: "CONFIRM" } })).toMatchObject({
      status: 403,
      body: { error: { code: "forbidden" } },
    });
    expect(
      await api("POST", `/evidence/${id}/decision`, { token: w.ruWrite, ifMatch: 2, body: { decision: "DISPUTE", reason: " " } }),
    ).toMatchObject({
      status: 400,
      body: { fieldErrors: { reason: "reasonRequired" } },
    });
    const confirmed = await api("POST", `/evidence/${id}/decision`, { token: w.ruWrite, ifMatch: 2, body: { decision: "CONFIRM" } });
    expect(confirmed).toMatchObject({
      status: 200,
      body: { data: { status: "VERIFIED", version: 3, verifications: [{ decision: "CONFIRM" }] } },
    });
    expect(await api("POST", `/evidence/${id}/submit`, { token: w.cnWrite, ifMatch: 3 })).toMatchObject({
      status: 409,
      body: { error: { code: "notSubmittable" } },
    });
    expect(await api("POST", `/evidence/${id}/withdraw`, { token: w.cnWrite, ifMatch: 3 })).toMatchObject({
      status: 200,
      body: { data: { status: "WITHDRAWN", version: 4 } },
    });
  });

  it("a read-only token reads but cannot write, and the write changes nothing", async () => {
    const w = await world();
    const before = await counts();
    const refused = await api("POST", "/evidence", { token: w.cnRead, body: newEvidence(w.project.id, w.percent.id) });
    expect(refused).toMatchObject({ status: 403, body: { error: { code: "tokenScope" } } });
    expect(await counts()).toEqual(before);
  });

  it("a read-write token still acts within its owner's rights: no evidence for another organization's project", async () => {
    const w = await world();
    const outsiderWrite = await tokenFor(w.outsider, "READ_WRITE");
    const before = await counts();
    const refused = await api("POST", "/evidence", { token: outsiderWrite, body: newEvidence(w.project.id, w.percent.id) });
    expect(refused).toMatchObject({ status: 403, body: { error: { code: "forbidden" } } });
    expect(await counts()).toEqual(before);
  });
});

describe("/api/v1 writes past the owner's hourly limit", () => {
  beforeEach(resetDb);
  afterAll(() => expect(contractProblems()).toEqual([]));

  it("answers 429 writeRateLimited with the Retry-After the limit computed, and the token's own rate still stated", async () => {
    const w = await world();
    // The owner has entered as much evidence this hour as the platform allows (RATE_LIMIT_EVIDENCE).
    const hour = 60 * 60 * 1000;
    const windowStart = new Date(Math.floor(Date.now() / hour) * hour);
    await testDb().rateLimitCounter.create({
      data: { userId: w.cn.id, kind: "evidence", windowStart, count: getEnv().RATE_LIMIT_EVIDENCE },
    });
    const before = await counts();
    const refused = await api("POST", "/evidence", { token: w.cnWrite, body: newEvidence(w.project.id, w.percent.id) });
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ error: { code: "writeRateLimited", values: { retryAfter: expect.any(Number) } } });
    // Waiting the header's seconds is what the limit says: past the end of this hour's window, not a minute.
    expect(refused.headers.get("retry-after")).toBe(String(refused.body.error.values.retryAfter));
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(60);
    // The token's requests per minute are not what ran out.
    expect(refused.headers.get("ratelimit-limit")).toBe("120");
    expect(Number(refused.headers.get("ratelimit-remaining"))).toBeGreaterThan(0);
    expect(await counts()).toEqual(before);
  });
});
