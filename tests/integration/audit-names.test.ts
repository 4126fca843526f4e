import { beforeEach, describe, expect, it, vi } from "vitest";

import { refKey, resolveAuditNames, resolveEntityRefs } from "@/lib/audit/names";
import { listAuditEntries } from "@/lib/audit/queries";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { getLandingData } from "@/lib/landing/service";

import { comment, createCommentWorld } from "./helpers/comments";
import { resetDb, testDb } from "./helpers/db";

describe("audit log names", () => {
  beforeEach(resetDb);

  it("names what each visible entry is about in the reader's language, with a link", async () => {
    const w = await createCommentWorld();
    const onShared = await comment(w.ru, w.sharedTarget, "Looks right");
    await testDb().projectText.create({
      data: { projectId: w.project.id, locale: "zh", title: "联合机器人装配线", summary: "s", source: "HUMAN", sourceVersion: 1 },
    });
    const cnOrg = await testDb().organization.findUniqueOrThrow({ where: { id: w.cn.organizationId! } });
    await testDb().auditLog.createMany({
      data: [
        { actorId: w.admin.id, action: "project.update", entityType: "JointProject", entityId: w.project.id },
        { actorId: w.admin.id, action: "organization.update", entityType: "Organization", entityId: cnOrg.id },
        { actorId: w.admin.id, action: "user.update", entityType: "User", entityId: w.ru.id },
      ],
    });

    const { entries } = await listAuditEntries(w.admin);
    const refs = await resolveEntityRefs(w.admin, entries, "zh");
    const ref = (type: string, id: string) => refs.get(refKey(type, id));

    expect(ref("JointProject", w.project.id)).toEqual({
      label: `${w.project.code} · 联合机器人装配线`,
      href: `/projects/${w.project.id}`,
    });
    expect(ref("Evidence", w.shared.id)).toEqual({
      label: `${w.percent.code} ${w.percent.nameZh} · ${w.project.code}`,
      href: `/evidence/${w.shared.id}`,
    });
    // A comment is named by what it is on, not by its text.
    expect(ref("Comment", onShared.id)).toEqual({ label: w.project.code, href: `/evidence/${w.shared.id}` });
    expect(ref("Organization", cnOrg.id)).toEqual({ label: cnOrg.nameZh, href: `/admin/organizations/${cnOrg.id}` });
    expect(ref("User", w.ru.id)).toEqual({ label: `${w.ru.name} <${w.ru.email}>`, href: `/admin/users/${w.ru.id}` });
    expect(JSON.stringify([...refs.values()])).not.toContain("Looks right");
  });

  it("resolves a page with one query per entity type, not one per row", async () => {
    const w = await createCommentWorld();
    for (let i = 0; i < 5; i++) await comment(w.ru, w.sharedTarget, `Remark ${i}`);
    const { entries } = await listAuditEntries(w.admin);
    expect(entries.filter((e) => e.entityType === "Comment")).toHaveLength(5);
    const db = getDb();
    const spies = [vi.spyOn(db.comment, "findMany"), vi.spyOn(db.evidence, "findMany")];
    try {
      const refs = await resolveEntityRefs(w.admin, entries, "en");
      expect([...refs.keys()].filter((k) => k.startsWith("Comment:"))).toHaveLength(5);
      expect(spies.map((s) => s.mock.calls.length)).toEqual([1, 1]);
    } finally {
      for (const s of spies) s.mockRestore();
    }
  });

  it("does not name another organization's draft or a comment on it, and leaves unknown ids as they are", async () => {
    const w = await createCommentWorld();
    const onDraft = await comment(w.cn, w.draftTarget, "Numbers still being checked");
    const keys = [
      { entityType: "Evidence", entityId: w.draft.id },
      { entityType: "Comment", entityId: onDraft.id },
      { entityType: "JointProject", entityId: "00000000-0000-4000-8000-000000000000" },
      { entityType: "JointProject", entityId: "not-a-uuid" },
      { entityType: "Database", entityId: "restore" },
    ];
    expect((await resolveEntityRefs(w.admin, keys, "en")).size).toBe(0);
  });

  it("refuses everyone but administrators", async () => {
    const w = await createCommentWorld();
    const keys = [{ entityType: "JointProject", entityId: w.project.id }];
    await expect(resolveEntityRefs(w.organizer, keys, "en")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(resolveEntityRefs(w.cn, keys, "en")).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("names the ids inside before/after values with the same rules, one query per type for the page", async () => {
    const w = await createCommentWorld();
    const cnOrg = await testDb().organization.findUniqueOrThrow({ where: { id: w.cn.organizationId! } });
    const ruOrg = await testDb().organization.findUniqueOrThrow({ where: { id: w.ru.organizationId! } });
    await testDb().auditLog.createMany({
      data: [
        {
          actorId: w.admin.id,
          action: "user.update",
          entityType: "User",
          entityId: w.ru.id,
          before: { organizationId: cnOrg.id, role: "PARTNER" },
          after: { organizationId: ruOrg.id, role: "PARTNER" },
        },
        {
          actorId: w.cn.id,
          action: "evidence.update",
          entityType: "Evidence",
          entityId: w.shared.id,
          after: { projectId: w.project.id, indicatorId: w.percent.id, createdById: w.cn.id, evidenceId: w.draft.id, note: cnOrg.id },
        },
        { actorId: null, action: "seed.catalog", entityType: "ScoringModel", entityId: "1", after: { indicators: 3 } },
      ],
    });
    const { entries } = await listAuditEntries(w.admin);
    const at = (action: string) => entries.findIndex((e) => e.action === action);
    const db = getDb();
    const spy = vi.spyOn(db.organization, "findMany");
    try {
      const names = await resolveAuditNames(w.admin, entries, "ru");
      // Both organizations of the change come from one query, not one per value.
      expect(spy).toHaveBeenCalledTimes(1);
      expect(names.values(at("user.update"))).toEqual({
        [cnOrg.id]: { label: cnOrg.nameRu, href: `/admin/organizations/${cnOrg.id}` },
        [ruOrg.id]: { label: ruOrg.nameRu, href: `/admin/organizations/${ruOrg.id}` },
      });
      const evidenceNames = names.values(at("evidence.update"));
      expect(evidenceNames[w.project.id]).toMatchObject({ href: `/projects/${w.project.id}` });
      expect(evidenceNames[w.project.id].label).toContain(w.project.code);
      expect(evidenceNames[w.percent.id]).toEqual({
        label: `${w.percent.code} ${w.percent.nameRu}`,
        href: `/admin/catalog/${w.percent.id}`,
      });
      expect(evidenceNames[w.cn.id]).toEqual({ label: `${w.cn.name} <${w.cn.email}>`, href: `/admin/users/${w.cn.id}` });
      // Another organization's draft stays unnamed; an id in a field that names nothing stays raw.
      expect(Object.keys(evidenceNames).sort()).toEqual([w.project.id, w.percent.id, w.cn.id].sort());
      // A non-UUID id of a known kind gets a readable label.
      expect(names.entity(entries[at("seed.catalog")])).toEqual({ label: "v1", href: "/admin/scoring" });
    } finally {
      spy.mockRestore();
    }
    // The draft's owner may read it, so it is named for them (were they allowed to read the log).
    const ownOrgAdmin = { ...w.admin, organizationId: w.cn.organizationId };
    expect(Object.keys((await resolveAuditNames(ownOrgAdmin, entries, "en")).values(at("evidence.update")))).toContain(w.draft.id);
  });

  it("names the ids nested inside recorded values: an initiative's owners, a plan's rows, a comment's target", async () => {
    const w = await createCommentWorld();
    const cnOrg = await testDb().organization.findUniqueOrThrow({ where: { id: w.cn.organizationId! } });
    await comment(w.ru, w.sharedTarget, "Looks right");
    const initiativeId = "00000000-0000-4000-8000-000000000001";
    await testDb().auditLog.createMany({
      data: [
        {
          actorId: w.admin.id,
          action: "initiative.update",
          entityType: "Initiative",
          entityId: initiativeId,
          after: { owners: [{ initiativeId, organizationId: cnOrg.id }] },
        },
        {
          actorId: w.cn.id,
          action: "project.plan",
          entityType: "JointProject",
          entityId: w.project.id,
          after: [{ indicatorId: w.percent.id, baseline: 1.5, target: 3 }],
        },
        {
          actorId: w.cn.id,
          action: "evidence.import",
          entityType: "JointProject",
          entityId: w.project.id,
          after: { evidenceIds: [w.shared.id, w.draft.id] },
        },
      ],
    });
    const { entries } = await listAuditEntries(w.admin);
    const at = (action: string) => entries.findIndex((e) => e.action === action);
    const names = await resolveAuditNames(w.admin, entries, "en");
    expect(names.values(at("initiative.update"))).toEqual({
      [cnOrg.id]: { label: cnOrg.nameEn, href: `/admin/organizations/${cnOrg.id}` },
    });
    expect(names.values(at("project.plan"))[w.percent.id]).toEqual({
      label: `${w.percent.code} ${w.percent.nameEn}`,
      href: `/admin/catalog/${w.percent.id}`,
    });
    expect(names.values(at("comment.create"))[w.shared.id]).toMatchObject({ href: `/evidence/${w.shared.id}` });
    // In a list as elsewhere, another organization's draft stays unnamed.
    expect(Object.keys(names.values(at("evidence.import")))).toEqual([w.shared.id]);
  });

  it("shows the start page's recent activity by name, never by id", async () => {
    const w = await createCommentWorld();
    const cnOrg = await testDb().organization.findUniqueOrThrow({ where: { id: w.cn.organizationId! } });
    await testDb().auditLog.create({
      data: { actorId: w.admin.id, action: "organization.update", entityType: "Organization", entityId: cnOrg.id },
    });
    const data = await getLandingData(w.admin as unknown as SessionUser, "zh");
    if (data.kind !== "admin") throw new Error("expected the administrator's start page");
    expect(data.recent[0]).toMatchObject({
      action: "organization.update",
      entity: { label: cnOrg.nameZh, href: `/admin/organizations/${cnOrg.id}` },
    });
  });
});
