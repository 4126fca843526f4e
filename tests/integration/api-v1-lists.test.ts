import { afterAll, beforeEach, describe, expect, it } from "vitest";

import { createOrganizationToken } from "@/lib/api-tokens/service";
import * as evidence from "@/lib/evidence/service";

import { api, contractProblems, tokenFor } from "./helpers/api";
import { resetDb, testDb } from "./helpers/db";
import { createCatalog, createProjectWorld, fields } from "./helpers/evidence";
import { createInitiativeWorld } from "./helpers/initiatives";

type Row = { id: string; code?: string; status?: string };
const ids = (rows: Row[]) => rows.map((r) => r.id);

describe("/api/v1 lists", () => {
  beforeEach(resetDb);
  afterAll(() => expect(contractProblems()).toEqual([]));

  it("GET /projects pages by cursor in the list's order and applies its filters", async () => {
    const a = await createProjectWorld();
    const b = await createProjectWorld();
    await testDb().jointProject.update({ where: { id: b.project.id }, data: { sector: "AGRICULTURE" } });
    const token = await tokenFor(a.outsider);
    const [first, second] = [a.project, b.project].sort((x, y) => x.code.localeCompare(y.code));

    const page1 = await api("GET", "/projects?limit=1&sort=code", { token });
    expect(page1.status).toBe(200);
    expect(page1.body.data).toMatchObject([{ id: first.id, code: first.code, title: "Joint robot assembly line", titleLocale: "en" }]);
    expect(page1.body.data[0].partners).toHaveLength(3);
    const page2 = await api("GET", `/projects?limit=1&sort=code&cursor=${page1.body.nextCursor}`, { token });
    expect(ids(page2.body.data)).toEqual([second.id]);
    const page3 = await api("GET", `/projects?limit=1&sort=code&cursor=${page2.body.nextCursor}`, { token });
    expect(page3.body).toEqual({ data: [], nextCursor: null });

    const digital = await api("GET", "/projects?sector=AGRICULTURE", { token });
    expect(ids(digital.body.data)).toEqual([b.project.id]);
    const ofOrg = await api("GET", `/projects?organization=${a.ru.organizationId}`, { token });
    expect(ids(ofOrg.body.data)).toEqual([a.project.id]);
    expect(await api("GET", "/projects?sector=SPACE", { token })).toMatchObject({
      status: 400,
      body: { error: { code: "invalidInput" }, fieldErrors: { sector: expect.any(String) } },
    });
  });

  it("GET /projects/{id}/evidence lists shared evidence and the own drafts, never another organization's draft", async () => {
    const catalog = await createCatalog();
    const w = await createProjectWorld();
    const shared = await evidence.createEvidence(w.cn, { projectId: w.project.id, fields: fields(catalog.percent.id) }, [], "submit");
    const cnDraft = await evidence.createEvidence(w.cn, { projectId: w.project.id, fields: fields(catalog.count.id) });
    const ruDraft = await evidence.createEvidence(w.ru, { projectId: w.project.id, fields: fields(catalog.count.id) });
    const path = `/projects/${w.project.id}/evidence`;

    const asCn = await api("GET", path, { token: await tokenFor(w.cn) });
    expect(asCn.status).toBe(200);
    expect(ids(asCn.body.data).sort()).toEqual([shared.id, cnDraft.id].sort());
    const asRu = await api("GET", path, { token: await tokenFor(w.ru) });
    expect(ids(asRu.body.data).sort()).toEqual([shared.id, ruDraft.id].sort());
    const asOrganizer = await api("GET", path, { token: await tokenFor(w.organizer) });
    expect(ids(asOrganizer.body.data)).toEqual([shared.id]);
    // An organization token reads as no member: not even its own organization's drafts.
    const { secret } = await createOrganizationToken(w.admin, { organizationId: w.cn.organizationId!, name: "Park", lifetimeDays: 30 });
    expect(ids((await api("GET", path, { token: secret })).body.data)).toEqual([shared.id]);
    // A filter cannot reach a draft either.
    const drafts = await api("GET", `${path}?status=DRAFT&organization=${w.cn.organizationId}`, { token: await tokenFor(w.ru) });
    expect(drafts.body).toEqual({ data: [], nextCursor: null });

    const token = await tokenFor(w.cn);
    const page1 = await api("GET", `${path}?limit=1`, { token });
    expect(page1.body.nextCursor).toEqual(expect.any(String));
    const page2 = await api("GET", `${path}?limit=1&cursor=${page1.body.nextCursor}`, { token });
    expect([...ids(page1.body.data), ...ids(page2.body.data)].sort()).toEqual([shared.id, cnDraft.id].sort());
    const byIndicator = await api("GET", `${path}?indicator=${catalog.percent.id}`, { token });
    expect(byIndicator.body.data).toMatchObject([{ id: shared.id, status: "SUBMITTED", indicator: { code: catalog.percent.code } }]);

    expect(await api("GET", "/projects/00000000-0000-4000-8000-000000000000/evidence", { token })).toMatchObject({
      status: 404,
      body: { error: { code: "notFound" } },
    });
  });

  it("GET /projects/{id}/scores pages the score history, newest first", async () => {
    const catalog = await createCatalog();
    const w = await createProjectWorld();
    const token = await tokenFor(w.ru);
    const path = `/projects/${w.project.id}/scores`;
    expect((await api("GET", path, { token })).body).toEqual({ data: [], nextCursor: null });
    await evidence.createEvidence(w.cn, { projectId: w.project.id, fields: fields(catalog.percent.id) }, [], "submit");
    await evidence.createEvidence(w.ru, { projectId: w.project.id, fields: fields(catalog.count.id) }, [], "submit");
    const page1 = await api("GET", `${path}?limit=1`, { token });
    expect(page1.status).toBe(200);
    const page2 = await api("GET", `${path}?limit=1&cursor=${page1.body.nextCursor}`, { token });
    expect(page2.body.nextCursor).toBeNull();
    const [newer, older] = [page1.body.data[0], page2.body.data[0]];
    expect(newer.computedAt >= older.computedAt).toBe(true);
    expect(newer.U.RESOURCE).toBeGreaterThan(older.U.RESOURCE);
    const latest = await api("GET", `/projects/${w.project.id}/score`, { token });
    expect(newer).toMatchObject({ id: latest.body.data.id, D: latest.body.data.D });
  });

  it("GET /initiatives lists initiatives with milestones, filtered like the overview", async () => {
    const w = await createInitiativeWorld();
    const token = await tokenFor(w.outsider);
    const all = await api("GET", "/initiatives", { token });
    expect(all.status).toBe(200);
    expect(all.body.data).toMatchObject([
      { id: w.initiative.id, recommendation: { id: w.rec.id, code: "DG-2" }, progress: 0, title: { zh: "标准委员会章程" } },
    ]);
    expect(all.body.data[0].milestones).toHaveLength(3);
    expect((await api("GET", "/initiatives?area=TALENT_TRUST", { token })).body.data).toEqual([]);
    expect((await api("GET", "/initiatives?status=COMPLETE", { token })).body.data).toEqual([]);
    expect(ids((await api("GET", "/initiatives?country=RU&area=DATA_GOVERNANCE", { token })).body.data)).toEqual([w.initiative.id]);
    expect(await api("GET", "/initiatives?cursor=not-a-cursor", { token })).toMatchObject({
      status: 400,
      body: { fieldErrors: { cursor: "cursorInvalid" } },
    });
  });
});
