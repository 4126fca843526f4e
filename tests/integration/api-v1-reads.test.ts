import { afterAll, beforeEach, describe, expect, it } from "vitest";

import { createOrganizationToken } from "@/lib/api-tokens/service";
import * as evidence from "@/lib/evidence/service";

import { api, contractProblems, tokenFor } from "./helpers/api";
import { createUser, resetDb, testDb } from "./helpers/db";
import { createCatalog, createProjectWorld, fields } from "./helpers/evidence";
import { createInitiativeWorld } from "./helpers/initiatives";

describe("/api/v1 reads", () => {
  beforeEach(resetDb);
  afterAll(() => expect(contractProblems()).toEqual([]));

  it("GET /token says whom the token acts for and what it may do", async () => {
    const partner = await createUser();
    const token = await tokenFor(partner, "READ_WRITE");
    const { status, body } = await api("GET", "/token", { token });
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ kind: "PERSONAL", scope: "READ_WRITE", user: { name: "Test User", role: "PARTNER" } });
    expect(body.data.organization.id).toBe(partner.organizationId);
  });

  it("GET /projects/{id} reads a project with its texts and accepted partners; PUT updates the named version only", async () => {
    const w = await createProjectWorld();
    const read = await api("GET", `/projects/${w.project.id}`, { token: await tokenFor(w.ru) });
    expect(read.status).toBe(200);
    expect(read.body.data).toMatchObject({
      code: w.project.code,
      status: "ACTIVE",
      startDate: "2025-01-01",
      endDate: null,
      texts: [{ locale: "en", title: "Joint robot assembly line", status: "original" }],
      score: null,
      version: 1,
    });
    expect(read.body.data.partners.map((p: { organization: { country: string } }) => p.organization.country).sort()).toEqual([
      "CN",
      "CN",
      "RU",
    ]);
    expect(read.headers.get("etag")).toBe('"1"');

    const cnWrite = await tokenFor(w.cn, "READ_WRITE");
    const update = {
      title: "Joint robot assembly line, phase 2",
      summary: "s",
      originalLocale: "en",
      sector: "INTELLIGENT_MANUFACTURING",
      location: "Harbin",
      declaredStage: 2,
      startDate: "2025-01-01",
      endDate: "",
    };
    const updated = await api("PUT", `/projects/${w.project.id}`, { token: cnWrite, body: update, ifMatch: 1 });
    expect(updated).toMatchObject({ status: 200, body: { data: { declaredStage: 2, version: 2, texts: [{ title: update.title }] } } });
    const stale = await api("PUT", `/projects/${w.project.id}`, { token: cnWrite, body: { ...update, location: "Moscow" }, ifMatch: 1 });
    expect(stale).toMatchObject({ status: 412, body: { error: { code: "staleVersion" } } });
    const outsider = await api("PUT", `/projects/${w.project.id}`, {
      token: await tokenFor(w.outsider, "READ_WRITE"),
      body: update,
      ifMatch: 2,
    });
    expect(outsider).toMatchObject({ status: 403, body: { error: { code: "forbidden" } } });
    expect((await testDb().jointProject.findUniqueOrThrow({ where: { id: w.project.id } })).location).toBe("Harbin");
  });

  it("GET /projects/{id}/score answers null before evidence and the latest snapshot after", async () => {
    const catalog = await createCatalog();
    const w = await createProjectWorld();
    const token = await tokenFor(w.organizer);
    expect(await api("GET", `/projects/${w.project.id}/score`, { token })).toMatchObject({ status: 200, body: { data: null } });
    await evidence.createEvidence(w.cn, { projectId: w.project.id, fields: fields(catalog.percent.id) }, [], "submit");
    const { body } = await api("GET", `/projects/${w.project.id}/score`, { token });
    expect(body.data).toMatchObject({ modelVersion: 1, trigger: "evidence.submit" });
    expect(body.data.U.TECHNOLOGY).toBeGreaterThan(0);
    expect(await api("GET", "/projects/00000000-0000-4000-8000-000000000000/score", { token })).toMatchObject({ status: 404 });
  });

  it("GET /indicators pages the catalog by cursor and filters by dimension", async () => {
    const catalog = await createCatalog();
    const token = await tokenFor(await createUser());
    const first = await api("GET", "/indicators?limit=2", { token });
    expect(first.body.data.map((i: { code: string }) => i.code)).toEqual([catalog.percent.code, catalog.ordinal.code]);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await api("GET", `/indicators?limit=2&cursor=${first.body.nextCursor}`, { token });
    expect(second.body).toMatchObject({
      data: [{ code: catalog.count.code, name: { en: "Engineers trained", zh: "培训工程师" } }],
      nextCursor: null,
    });
    const resource = await api("GET", "/indicators?dimension=RESOURCE", { token });
    expect(resource.body.data.map((i: { id: string }) => i.id)).toEqual([catalog.count.id]);
    expect(await api("GET", `/indicators/${catalog.ordinal.id}`, { token })).toMatchObject({
      body: { data: { kind: "ORDINAL", upper: 4 } },
    });
    expect(await api("GET", "/indicators?dimension=SPACE", { token })).toMatchObject({
      status: 400,
      body: { fieldErrors: { dimension: expect.any(String) } },
    });
    expect(await api("GET", "/indicators?cursor=bm9wZQ", { token })).toMatchObject({
      status: 400,
      body: { fieldErrors: { cursor: "cursorInvalid" } },
    });
    expect(await api("GET", "/indicators?limit=1000", { token })).toMatchObject({
      status: 400,
      body: { fieldErrors: { limit: expect.any(String) } },
    });
  });

  it("GET /recommendations and /initiatives/{id} read the roll-up, milestones and progress", async () => {
    const w = await createInitiativeWorld();
    const token = await tokenFor(w.ruPartner);
    const list = await api("GET", "/recommendations?area=DATA_GOVERNANCE&limit=100", { token });
    expect(list.status).toBe(200);
    const dg2 = list.body.data.find((r: { code: string }) => r.code === "DG-2");
    expect(dg2).toMatchObject({ area: "DATA_GOVERNANCE", progress: 0, statusCounts: { NOT_STARTED: 1 } });
    expect(list.body.data.every((r: { area: string }) => r.area === "DATA_GOVERNANCE")).toBe(true);
    const rec = await api("GET", `/recommendations/${w.rec.id}`, { token });
    expect(rec.body.data.initiatives).toEqual([
      {
        id: w.initiative.id,
        title: { en: "Standards committee charter", zh: "标准委员会章程", ru: "Устав комитета по стандартам" },
        status: "NOT_STARTED",
        progress: 0,
        overdueMilestones: expect.any(Number),
      },
    ]);
    const initiative = await api("GET", `/initiatives/${w.initiative.id}`, { token });
    expect(initiative.body.data).toMatchObject({ recommendation: { code: "DG-2" }, startDate: "2026-01-01", progress: 0 });
    expect(initiative.body.data.milestones.map((m: { title: string }) => m.title)).toEqual([
      "Draft charter",
      "Sign charter",
      "First meeting",
    ]);
    expect(initiative.body.data.owners).toHaveLength(2);
  });

  it("an organization token reads the shared record and none of its organization's drafts", async () => {
    const catalog = await createCatalog();
    const w = await createProjectWorld();
    const admin = await createUser({ role: "ADMIN" });
    const { secret } = await createOrganizationToken(admin, {
      organizationId: w.cn.organizationId!,
      name: "Park system",
      lifetimeDays: 30,
    });
    const shared = await evidence.createEvidence(w.cn, { projectId: w.project.id, fields: fields(catalog.percent.id) }, [], "submit");
    const draft = await evidence.createEvidence(w.cn, { projectId: w.project.id, fields: fields(catalog.count.id) });
    expect(await api("GET", `/evidence/${shared.id}`, { token: secret })).toMatchObject({ status: 200 });
    expect(await api("GET", `/evidence/${draft.id}`, { token: secret })).toMatchObject({
      status: 404,
      body: { error: { code: "notFound" } },
    });
    expect(await api("GET", "/token", { token: secret })).toMatchObject({
      body: { data: { kind: "ORGANIZATION", scope: "READ", user: null } },
    });
    const write = await api("POST", `/evidence/${shared.id}/withdraw`, { token: secret, ifMatch: 1 });
    expect(write).toMatchObject({ status: 403, body: { error: { code: "tokenScope" } } });
  });
});
