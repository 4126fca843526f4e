import { beforeEach, describe, expect, it } from "vitest";

import { ConflictError, ForbiddenError } from "@/lib/errors";
import * as evidence from "@/lib/evidence/service";
import { publicForumReport } from "@/lib/forums/report";
import * as forums from "@/lib/forums/service";
import { getProjectOrThrow } from "@/lib/projects/service";
import { getPublishedProject, listPublicRecommendations, listPublishedProjects, publishedProjectIds } from "@/lib/publication/public";
import { getPublicationState, publicationStateOf, setForumPublished, setPublishConsent } from "@/lib/publication/service";

import { createOrganization, resetDb, testDb } from "./helpers/db";
import { createCatalog, createProjectWorld, fields } from "./helpers/evidence";
import { createInitiativeWorld } from "./helpers/initiatives";

async function consentOf(projectId: string) {
  const rows = await testDb().projectPartner.findMany({ where: { projectId }, select: { organizationId: true, publishConsent: true } });
  return Object.fromEntries(rows.map((r) => [r.organizationId, r.publishConsent]));
}

/** Every accepted member agrees, each through one of its own partners (or the admin for cn2). */
async function everyoneAgrees(w: Awaited<ReturnType<typeof createProjectWorld>>) {
  await setPublishConsent(w.cn, { projectId: w.project.id, organizationId: w.cn.organizationId!, consent: true, from: false });
  await setPublishConsent(w.ru, { projectId: w.project.id, organizationId: w.ru.organizationId!, consent: true, from: false });
  await setPublishConsent(w.admin, { projectId: w.project.id, organizationId: w.cn2.organizationId!, consent: true, from: false });
}

describe("publication consent", () => {
  beforeEach(resetDb);

  it("is off by default, set per organization by its own partners or an admin, and audited", async () => {
    const w = await createProjectWorld();
    expect(Object.values(await consentOf(w.project.id))).toEqual([false, false, false]);

    await setPublishConsent(w.ru, { projectId: w.project.id, organizationId: w.ru.organizationId!, consent: true, from: false });
    const audit = await testDb().auditLog.findFirstOrThrow({ where: { action: "project.publishConsent.give" } });
    expect(audit).toMatchObject({ actorId: w.ru.id, entityType: "JointProject", entityId: w.project.id });
    expect(audit.after).toEqual({ organizationId: w.ru.organizationId, publishConsent: true });

    const state = await getPublicationState(w.cn, w.project.id);
    expect(state.published).toBe(false);
    expect(state.partners.find((p) => p.organizationId === w.ru.organizationId)).toMatchObject({ publishConsent: true, canChange: false });
    expect(state.partners.find((p) => p.organizationId === w.cn.organizationId)).toMatchObject({ publishConsent: false, canChange: true });
    // The project page derives the same card from the project it has loaded (with a pending invitation left out).
    await testDb().projectPartner.create({
      data: {
        projectId: w.project.id,
        organizationId: (await createOrganization({ country: "RU" })).id,
        role: "PARTNER",
        status: "PENDING",
      },
    });
    expect(publicationStateOf(w.cn, await getProjectOrThrow(w.cn, w.project.id))).toEqual(await getPublicationState(w.cn, w.project.id));

    await setPublishConsent(w.ru, { projectId: w.project.id, organizationId: w.ru.organizationId!, consent: false, from: true });
    expect(await testDb().auditLog.count({ where: { action: "project.publishConsent.withdraw", actorId: w.ru.id } })).toBe(1);
  });

  it("refuses other organizations, outsiders and organizers, and a stale switch, changing nothing", async () => {
    const w = await createProjectWorld();
    const before = await consentOf(w.project.id);
    const ruOrg = w.ru.organizationId!;
    for (const actor of [w.cn, w.outsider, w.organizer]) {
      await expect(
        setPublishConsent(actor, { projectId: w.project.id, organizationId: ruOrg, consent: true, from: false }),
      ).rejects.toBeInstanceOf(ForbiddenError);
    }
    // The outsider's own organization is no member: it cannot consent for the project either.
    await expect(
      setPublishConsent(w.outsider, { projectId: w.project.id, organizationId: w.outsider.organizationId!, consent: true, from: false }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    // Someone of the same organization turned it on meanwhile; this page still showed "off".
    await setPublishConsent(w.ru, { projectId: w.project.id, organizationId: ruOrg, consent: true, from: false });
    await expect(
      setPublishConsent(w.ru, { projectId: w.project.id, organizationId: ruOrg, consent: true, from: false }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await consentOf(w.project.id)).toEqual({ ...before, [ruOrg]: true });
    expect(await testDb().auditLog.count({ where: { action: { startsWith: "project.publishConsent" } } })).toBe(1);
  });
});

describe("the public portal shows only what is published", () => {
  beforeEach(resetDb);

  it("a project appears once every accepted partner agrees, without evidence or drafts, and leaves when a new partner joins", async () => {
    const catalog = await createCatalog();
    const w = await createProjectWorld();
    await evidence.createEvidence(w.cn, { projectId: w.project.id, fields: fields(catalog.percent.id, { narrative: "内部草稿不可公开" }) });
    await evidence.createEvidence(
      w.cn,
      { projectId: w.project.id, fields: fields(catalog.count.id, { narrative: "已提交的证据说明" }) },
      [],
      "submit",
    );

    await setPublishConsent(w.cn, { projectId: w.project.id, organizationId: w.cn.organizationId!, consent: true, from: false });
    await setPublishConsent(w.ru, { projectId: w.project.id, organizationId: w.ru.organizationId!, consent: true, from: false });
    // Two of three members agree: not yet.
    expect(await listPublishedProjects("ru")).toEqual([]);
    expect(await getPublishedProject(w.project.code, "ru")).toBeNull();

    await setPublishConsent(w.admin, { projectId: w.project.id, organizationId: w.cn2.organizationId!, consent: true, from: false });
    const listed = await listPublishedProjects("ru");
    expect(listed.map((p) => p.code)).toEqual([w.project.code]);
    const page = await getPublishedProject(w.project.code, "ru");
    expect(page?.score?.countedIndicators).toBeGreaterThan(0);
    const everything = JSON.stringify([listed, page]);
    expect(everything).not.toContain("内部草稿不可公开");
    expect(everything).not.toContain("已提交的证据说明");
    expect(everything).not.toContain(w.cn.email);

    // A partner accepted later has not agreed: the project leaves the portal until it does.
    const late = await createOrganization({ country: "RU" });
    await testDb().projectPartner.create({
      data: { projectId: w.project.id, organizationId: late.id, role: "PARTNER", status: "ACCEPTED" },
    });
    expect(await publishedProjectIds()).toEqual(new Set());
  });

  it("a draft or suspended project never appears, whatever its partners agreed", async () => {
    const w = await createProjectWorld();
    await everyoneAgrees(w);
    expect(await publishedProjectIds()).toEqual(new Set([w.project.id]));
    for (const status of ["DRAFT", "SUSPENDED"] as const) {
      await testDb().jointProject.update({ where: { id: w.project.id }, data: { status } });
      expect(await getPublishedProject(w.project.code, "en")).toBeNull();
      expect(await listPublishedProjects("en")).toEqual([]);
    }
  });

  it("a forum report is public only once organizers publish it, and lists published projects' scores only", async () => {
    const shown = await createProjectWorld();
    const hidden = await createProjectWorld();
    await everyoneAgrees(shown);
    const i = await createInitiativeWorld({ projectIds: [shown.project.id, hidden.project.id] });
    const forum = await forums.createForum(i.organizer, {
      nameEn: "Forum 2026",
      nameZh: "论坛",
      nameRu: "Форум",
      heldOn: "2099-06-01",
      place: "Harbin",
    });
    await forums.assignInitiatives(i.organizer, { forumId: forum.id, initiativeIds: [i.initiative.id] });
    expect(await publicForumReport(forum.id, publishedProjectIds)).toBeNull();

    await expect(setForumPublished(i.ruPartner, { forumId: forum.id, version: forum.version, published: true })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const published = await setForumPublished(i.organizer, { forumId: forum.id, version: forum.version, published: true });
    await expect(setForumPublished(i.organizer, { forumId: forum.id, version: forum.version, published: false })).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect(await testDb().auditLog.count({ where: { action: "forum.publish", entityId: forum.id, actorId: i.organizer.id } })).toBe(1);

    const report = await publicForumReport(forum.id, publishedProjectIds);
    expect(report?.rows).toHaveLength(1);
    const text = JSON.stringify(report);
    expect(text).not.toContain(hidden.project.code);

    // The recommendations page links the published project only.
    const recs = await listPublicRecommendations("en");
    const linked = recs.flatMap((r) => r.initiatives.flatMap((x) => x.projects));
    expect(linked).toEqual([shown.project.code]);

    await setForumPublished(i.organizer, { forumId: forum.id, version: published.version, published: false });
    expect(await publicForumReport(forum.id, publishedProjectIds)).toBeNull();
  });
});
