import { beforeEach, describe, expect, it } from "vitest";

import { ForbiddenError } from "@/lib/errors";
import { ZCreateOrganization } from "@/lib/organizations/schema";
import * as organizations from "@/lib/organizations/service";

import { createUser, resetDb, testDb } from "./helpers/db";

const fefu = {
  nameEn: "Far Eastern Federal University",
  nameZh: "远东联邦大学",
  nameRu: "Дальневосточный федеральный университет",
  country: "RU",
  type: "UNIVERSITY",
  cityEn: "Vladivostok",
  cityZh: "符拉迪沃斯托克",
  cityRu: "Владивосток",
} as const;

describe("organizations", () => {
  beforeEach(resetDb);

  it("creates, edits, archives and restores an organization, auditing each step", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const org = await organizations.createOrganization(admin, ZCreateOrganization.parse(fefu));
    expect(org).toMatchObject({ cityEn: "Vladivostok", cityZh: "符拉迪沃斯托克", cityRu: "Владивосток" });
    const edited = await organizations.updateOrganization(admin, {
      ...fefu,
      cityRu: "Владивосток, остров Русский",
      id: org.id,
      version: org.version,
    });
    expect(edited).toMatchObject({ cityEn: "Vladivostok", cityRu: "Владивосток, остров Русский", version: 2 });
    const archived = await organizations.setOrganizationArchived(admin, { id: org.id, archived: true });
    expect(archived.archivedAt).not.toBeNull();
    expect((await organizations.listOrganizations(admin)).map((o) => o.id)).not.toContain(org.id);
    expect((await organizations.listOrganizations(admin, { includeArchived: true })).map((o) => o.id)).toContain(org.id);
    await organizations.setOrganizationArchived(admin, { id: org.id, archived: false });

    const audit = await testDb().auditLog.findMany({ where: { entityId: org.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual([
      "organization.create",
      "organization.update",
      "organization.archive",
      "organization.restore",
    ]);
    expect(audit[1].before).toMatchObject({ cityRu: "Владивосток" });
    expect(audit[1].after).toMatchObject({ cityRu: "Владивосток, остров Русский" });
  });

  it("refuses a duplicate English name and a stale edit, changing nothing", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const org = await organizations.createOrganization(admin, ZCreateOrganization.parse(fefu));
    await expect(organizations.createOrganization(admin, ZCreateOrganization.parse(fefu))).rejects.toMatchObject({
      code: "organizationNameTaken",
    });
    await organizations.updateOrganization(admin, { ...fefu, cityZh: "甲", id: org.id, version: org.version });
    await expect(
      organizations.updateOrganization(admin, { ...fefu, cityZh: "乙", id: org.id, version: org.version }),
    ).rejects.toMatchObject({ code: "staleVersion" });
    expect((await testDb().organization.findUniqueOrThrow({ where: { id: org.id } })).cityZh).toBe("甲");
    expect(await testDb().organization.count()).toBe(1);
  });

  it("refuses an organization without its Chinese city, storing and auditing nothing", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const input = ZCreateOrganization.safeParse({ ...fefu, cityZh: "   " });
    expect(input.success).toBe(false);
    expect(input.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["cityZh", "required"]]);
    // A call that skips the form's validation is refused by the database's required column.
    const { cityZh: _omitted, ...withoutZh } = fefu;
    await expect(organizations.createOrganization(admin, withoutZh as typeof fefu)).rejects.toThrow(/cityZh/);
    expect(await testDb().organization.count()).toBe(0);
    expect(await testDb().auditLog.count({ where: { entityType: "Organization" } })).toBe(0);
  });

  it("refuses management to organizers and partners", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const org = await organizations.createOrganization(admin, ZCreateOrganization.parse(fefu));
    for (const role of ["ORGANIZER", "PARTNER"] as const) {
      const actor = await createUser({ role });
      await expect(organizations.createOrganization(actor, ZCreateOrganization.parse({ ...fefu, nameEn: "X" }))).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      await expect(
        organizations.updateOrganization(actor, { ...fefu, cityEn: "Hacked", id: org.id, version: org.version }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(organizations.setOrganizationArchived(actor, { id: org.id, archived: true })).rejects.toBeInstanceOf(ForbiddenError);
    }
    const after = await testDb().organization.findUniqueOrThrow({ where: { id: org.id } });
    expect(after).toMatchObject({ cityEn: "Vladivostok", cityZh: "符拉迪沃斯托克", cityRu: "Владивосток", archivedAt: null, version: 1 });
  });
});
