import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { mapPartnerCountries, ProjectConflictError } from "@/lib/projects/errors";
import * as partners from "@/lib/projects/partners";
import { ZCreateProject, ZUpdateProject } from "@/lib/projects/schema";
import * as projects from "@/lib/projects/service";
import { pickText } from "@/lib/projects/texts";

import { createUser, resetDb, testDb, testSql } from "./helpers/db";
import { createPairedProject, createPartner, projectInput } from "./helpers/projects";

const snapshot = async (id: string) =>
  testDb().jointProject.findUniqueOrThrow({
    where: { id },
    include: { texts: { orderBy: { locale: "asc" } }, partners: { orderBy: { createdAt: "asc" } } },
  });

describe("joint projects", () => {
  beforeEach(resetDb);

  it("registers a project with a generated code, its creator's organization as accepted lead, searchable text and an audit entry", async () => {
    const { org, user } = await createPartner("CN");
    const a = await projects.createProject(user, projectInput({ title: "智能装配线联合研发", originalLocale: "zh" }));
    const b = await projects.createProject(user, projectInput());
    expect(a.code).toBe("SR-2026-0001");
    expect(b.code).toBe("SR-2026-0002");
    const row = await snapshot(a.id);
    expect(row).toMatchObject({ status: "DRAFT", originalLocale: "zh", textVersion: 1, version: 1 });
    expect(row.partners).toEqual([expect.objectContaining({ organizationId: org.id, role: "LEAD", status: "ACCEPTED" })]);
    expect(row.texts).toEqual([expect.objectContaining({ locale: "zh", source: "ORIGINAL", title: "智能装配线联合研发" })]);
    expect(row.searchText).toContain("智能装配线联合研发");
    const audit = await testDb().auditLog.findMany({ where: { entityId: a.id } });
    expect(audit.map((x) => x.action)).toEqual(["project.create"]);
  });

  it("never hands out the same code to concurrent registrations", async () => {
    const { user } = await createPartner("RU");
    const created = await Promise.all(
      Array.from({ length: 6 }, (_, i) => projects.createProject(user, projectInput({ title: `Concurrent ${i}` }))),
    );
    expect(new Set(created.map((p) => p.code)).size).toBe(6);
  });

  it("refuses registration to administrators and organizers, and refuses bad input, creating nothing", async () => {
    for (const role of ["ADMIN", "ORGANIZER"] as const) {
      const actor = await createUser({ role });
      await expect(projects.createProject(actor, projectInput())).rejects.toBeInstanceOf(ForbiddenError);
    }
    const bad = [
      [{ title: "" }, "title", "required"],
      [{ title: "x".repeat(201) }, "title", "tooLong200"],
      [{ startDate: "2027-01-01", endDate: "2026-01-01" }, "endDate", "endBeforeStart"],
      [{ declaredStage: 4 }, "declaredStage", "stageInvalid"],
      [{ sector: "MINING" }, "sector", "sectorInvalid"],
    ] as const;
    for (const [override, path, message] of bad) {
      const result = ZCreateProject.safeParse({ ...projectInput(), ...override });
      expect(result.success).toBe(false);
      expect(result.error?.issues).toContainEqual(expect.objectContaining({ path: [path], message }));
    }
    expect(await testDb().jointProject.count()).toBe(0);
  });

  it("activates only with an accepted Chinese and Russian partner; the database refuses it too", async () => {
    const { user, org } = await createPartner("CN");
    const p = await projects.createProject(user, projectInput());
    await expect(projects.setProjectStatus(user, { id: p.id, version: p.version, status: "ACTIVE" })).rejects.toMatchObject({
      code: "needsBothCountries",
    });
    expect((await snapshot(p.id)).status).toBe("DRAFT");

    // Even a write that bypasses the service is refused at commit by the constraint trigger.
    await expect(testSql()`update joint_projects set status = 'ACTIVE' where id = ${p.id}`).rejects.toMatchObject({ code: "23514" });
    expect((await snapshot(p.id)).status).toBe("DRAFT");

    // A pending invitation does not count.
    const ru = await createPartner("RU");
    await partners.invitePartner(user, { projectId: p.id, organizationId: ru.org.id });
    await expect(projects.setProjectStatus(user, { id: p.id, version: p.version, status: "ACTIVE" })).rejects.toMatchObject({
      code: "needsBothCountries",
    });
    await partners.respondToInvitation(ru.user, { projectId: p.id, organizationId: ru.org.id, accept: true });
    const active = await projects.setProjectStatus(user, { id: p.id, version: p.version, status: "ACTIVE" });
    expect(active.status).toBe("ACTIVE");

    // The last Russian partner cannot leave an active project.
    await expect(partners.removePartner(user, { projectId: p.id, organizationId: ru.org.id })).rejects.toMatchObject({
      code: "needsBothCountries",
    });
    await expect(partners.removePartner(user, { projectId: p.id, organizationId: org.id })).rejects.toMatchObject({
      code: "cannotRemoveLead",
    });
    await expect(
      testSql()`delete from project_partners where project_id = ${p.id} and organization_id = ${ru.org.id}`,
    ).rejects.toMatchObject({ code: "23514" });
    expect((await snapshot(p.id)).partners).toHaveLength(2);
  });

  it("maps the database's refusal to the same translated error when the service is bypassed mid-way", async () => {
    const { project, cn } = await createPairedProject();
    const active = await projects.setProjectStatus(cn.user, { id: project.id, version: project.version, status: "ACTIVE" });
    // Simulate a concurrent change the service did not see: the Russian partner is marked declined.
    await expect(
      testDb().$transaction(async (tx) => {
        await tx.projectPartner.updateMany({ where: { projectId: project.id, role: "PARTNER" }, data: { status: "DECLINED" } });
      }),
    ).rejects.toSatisfy((e) => {
      try {
        mapPartnerCountries(e);
      } catch (mapped) {
        return (mapped as { code?: string }).code === "needsBothCountries";
      }
      return false;
    });
    expect((await snapshot(project.id)).status).toBe(active.status);
  });

  it("enrolls nobody against their will: only the invited organization (or an organizer) answers", async () => {
    const { user } = await createPartner("CN");
    const p = await projects.createProject(user, projectInput());
    const ru = await createPartner("RU");
    const stranger = await createPartner("RU");
    await partners.invitePartner(user, { projectId: p.id, organizationId: ru.org.id });
    await expect(partners.invitePartner(user, { projectId: p.id, organizationId: ru.org.id })).rejects.toMatchObject({
      code: "alreadyPartner",
    });

    // The inviter and a user of another organization cannot accept on the invitee's behalf.
    await expect(partners.respondToInvitation(user, { projectId: p.id, organizationId: ru.org.id, accept: true })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(
      partners.respondToInvitation(stranger.user, { projectId: p.id, organizationId: ru.org.id, accept: true }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect((await snapshot(p.id)).partners.find((x) => x.organizationId === ru.org.id)?.status).toBe("PENDING");

    await partners.respondToInvitation(ru.user, { projectId: p.id, organizationId: ru.org.id, accept: false });
    expect((await snapshot(p.id)).partners.find((x) => x.organizationId === ru.org.id)?.status).toBe("DECLINED");
    await expect(partners.respondToInvitation(ru.user, { projectId: p.id, organizationId: ru.org.id, accept: true })).rejects.toMatchObject(
      { code: "invitationNotPending" },
    );

    // Re-invited, an organizer accepts on the organization's behalf.
    await partners.invitePartner(user, { projectId: p.id, organizationId: ru.org.id });
    const organizer = await createUser({ role: "ORGANIZER" });
    await partners.respondToInvitation(organizer, { projectId: p.id, organizationId: ru.org.id, accept: true });
    expect((await snapshot(p.id)).partners.find((x) => x.organizationId === ru.org.id)?.status).toBe("ACCEPTED");
    const actions = (await testDb().auditLog.findMany({ where: { entityId: p.id }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual([
      "project.create",
      "project.invitePartner",
      "project.declineInvitation",
      "project.invitePartner",
      "project.acceptInvitation",
    ]);
  });

  it("lets only members of accepted partner organizations edit, and treats forged ids as not found", async () => {
    const { project, ru } = await createPairedProject();
    const outsider = await createPartner("RU");
    const admin = await createUser({ role: "ADMIN" });
    const organizer = await createUser({ role: "ORGANIZER" });
    const edit = { ...projectInput({ title: "Hijacked" }), id: project.id, version: 1 };
    for (const actor of [outsider.user, admin, organizer] as Actor[]) {
      await expect(projects.updateProject(actor, edit)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(partners.invitePartner(actor, { projectId: project.id, organizationId: outsider.org.id })).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      await expect(
        projects.saveTranslation(actor, { projectId: project.id, locale: "ru", title: "x", summary: "y" }),
      ).rejects.toBeInstanceOf(ForbiddenError);
    }
    const forged = "00000000-0000-4000-8000-000000000000";
    await expect(projects.updateProject(ru.user, { ...edit, id: forged })).rejects.toBeInstanceOf(NotFoundError);
    await expect(projects.getProjectOrThrow(ru.user, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      partners.respondToInvitation(ru.user, { projectId: project.id, organizationId: forged, accept: true }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(partners.invitePartner(ru.user, { projectId: project.id, organizationId: forged })).rejects.toMatchObject({
      code: "organizationInvalid",
    });
    const row = await snapshot(project.id);
    expect(row).toMatchObject({ version: 1 });
    expect(row.texts[0].title).toBe("Joint intelligent assembly line");
    expect(row.partners).toHaveLength(2);

    // A member of the accepted Russian partner may edit.
    const saved = await projects.updateProject(ru.user, { ...edit, title: "Joint line, phase 2" });
    expect(saved.version).toBe(2);
  });

  it("detects a stale edit and reports, field by field, the editor's value against the stored one", async () => {
    const { project, cn, ru } = await createPairedProject();
    const base = { ...projectInput(), id: project.id, version: project.version };
    await projects.updateProject(cn.user, ZUpdateProject.parse({ ...base, title: "Assembly line A", location: "Harbin, Songbei" }));
    const stale = projects.updateProject(ru.user, ZUpdateProject.parse({ ...base, location: "Vladivostok" }));
    await expect(stale).rejects.toBeInstanceOf(ProjectConflictError);
    const error = (await stale.catch((e) => e)) as ProjectConflictError;
    expect(error.code).toBe("staleVersion");
    expect(error.currentVersion).toBe(2);
    expect(error.changes).toEqual([
      { field: "title", mine: "Joint intelligent assembly line", current: "Assembly line A" },
      { field: "location", mine: "Vladivostok", current: "Harbin, Songbei" },
    ]);
    const row = await snapshot(project.id);
    expect(row).toMatchObject({ location: "Harbin, Songbei", version: 2 });
  });

  it("marks translations outdated when the original changes and keeps the search text current", async () => {
    const { project, cn, ru } = await createPairedProject();
    await projects.saveTranslation(ru.user, {
      projectId: project.id,
      locale: "ru",
      title: "Совместная интеллектуальная сборочная линия",
      summary: "Роботы и сборочные линии.",
    });
    await expect(
      projects.saveTranslation(ru.user, { projectId: project.id, locale: "en", title: "x", summary: "y" }),
    ).rejects.toMatchObject({ code: "translationIsOriginal" });
    let row = await snapshot(project.id);
    expect(pickText(row.texts, "en", row.textVersion, "ru").shown).toMatchObject({
      status: "translated",
      title: "Совместная интеллектуальная сборочная линия",
    });
    expect(row.searchText).toContain("сборочная линия");

    await projects.updateProject(
      cn.user,
      ZUpdateProject.parse({
        ...projectInput({ summary: "Robot systems, now with a second line." }),
        id: project.id,
        version: row.version,
      }),
    );
    row = await snapshot(project.id);
    expect(row.textVersion).toBe(2);
    expect(pickText(row.texts, "en", row.textVersion, "ru").shown.status).toBe("outdated");
    expect(row.searchText).toContain("second line");

    // A location-only edit leaves the text version (and the translation's status) alone.
    await projects.updateProject(
      cn.user,
      ZUpdateProject.parse({
        ...projectInput({ summary: "Robot systems, now with a second line.", location: "Harbin" }),
        id: project.id,
        version: row.version,
      }),
    );
    expect((await snapshot(project.id)).textVersion).toBe(2);
  });
});
