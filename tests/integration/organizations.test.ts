import { beforeEach, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/errors";
import { ZCreateOrganization } from "@/lib/organizations/schema";
import * as organizations from "@/lib/organizations/service";
import { createUser, resetDb, testDb } from "./helpers/db";

const fefu = { nameEn: "Far Eastern Federal University", nameZh: "远东联邦大学", nameRu: "Дальневосточный федеральный университет", country: "RU", type: "UNIVERSITY", city: "Vladivostok" } as const;

describe("organizations", () => {
  beforeEach(resetDb);

  it("creates, edits, archives and restores an organization, auditing each step", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const org = await organizations.createOrganization(admin, ZCreateOrganization.parse(fefu));
    const edited = await organizations.updateOrganization(admin, { ...fefu, city: "Vladivostok, Russky Island", id: org.id, version: org.version });
    expect(edited).toMatchObject({ city: "Vladivostok, Russky Island", version: 2 });
    const archived = await organizations.setOrganizationArchived(admin, { id: org.id, archived: true });
    expect(archived.archivedAt).not.toBeNull();
    expect((await organizations.listOrganizations(admin)).map((o) => o.id)).not.toContain(org.id);
    expect((await organizations.listOrganizations(admin, { includeArchived: true })).map((o) => o.id)).toContain(org.id);
    await organizations.setOrganizationArchived(admin, { id: org.id, archived: false });

    const audit = await testDb().auditLog.findMany({ where: { entityId: org.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["organization.create", "organization.update", "organization.archive", "organization.restore"]);
    expect(audit[1].before).toMatchObject({ city: "Vladivostok" });
    expect(audit[1].after).toMatchObject({ city: "Vladivostok, Russky Island" });
  });

  it("refuses a duplicate English name and a stale edit, changing nothing", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const org = await organizations.createOrganization(admin, ZCreateOrganization.parse(fefu));
    await expect(organizations.createOrganization(admin, ZCreateOrganization.parse(fefu))).rejects.toMatchObject({ code: "organizationNameTaken" });
    await organizations.updateOrganization(admin, { ...fefu, city: "A", id: org.id, version: org.version });
    await expect(organizations.updateOrganization(admin, { ...fefu, city: "B", id: org.id, version: org.version })).rejects.toMatchObject({ code: "staleVersion" });
    expect((await testDb().organization.findUniqueOrThrow({ where: { id: org.id } })).city).toBe("A");
    expect(await testDb().organization.count()).toBe(1);
  });

  it("refuses management to organizers and partners", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const org = await organizations.createOrganization(admin, ZCreateOrganization.parse(fefu));
    for (const role of ["ORGANIZER", "PARTNER"] as const) {
      const actor = await createUser({ role });
      await expect(organizations.createOrganization(actor, ZCreateOrganization.parse({ ...fefu, nameEn: "X" }))).rejects.toBeInstanceOf(ForbiddenError);
      await expect(organizations.updateOrganization(actor, { ...fefu, city: "Hacked", id: org.id, version: org.version })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(organizations.setOrganizationArchived(actor, { id: org.id, archived: true })).rejects.toBeInstanceOf(ForbiddenError);
    }
    const after = await testDb().organization.findUniqueOrThrow({ where: { id: org.id } });
    expect(after).toMatchObject({ city: "Vladivostok", archivedAt: null, version: 1 });
  });
});
