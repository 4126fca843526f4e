import { beforeEach, describe, expect, it } from "vitest";

import { ZInviteUser } from "@/lib/accounts/schema";
import * as accounts from "@/lib/accounts/service";
import { hashToken } from "@/lib/accounts/tokens";
import { authenticate } from "@/lib/auth/sign-in";
import { ForbiddenError, ValidationError } from "@/lib/errors";

import { createOrganization, createUser, resetDb, testDb } from "./helpers/db";

const strongPassword = "Orchid-river-2026!";

async function snapshot() {
  const db = testDb();
  return { users: await db.user.count(), tokens: await db.userToken.count(), audit: await db.auditLog.count() };
}

describe("accounts", () => {
  beforeEach(resetDb);

  it("invites a partner, who sets a password through the link and can then sign in", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const org = await createOrganization({ country: "RU" });
    const input = ZInviteUser.parse({
      email: "New.Partner@Example.test ",
      name: "Ivan",
      role: "PARTNER",
      organizationId: org.id,
      locale: "ru",
    });
    const { user, token, expiresAt } = await accounts.inviteUser(admin, input);

    expect(user).toMatchObject({ email: "new.partner@example.test", status: "INVITED", organizationId: org.id, locale: "ru" });
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);
    // Only the hash of the token is stored.
    const stored = await testDb().userToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).toBe(hashToken(token));
    expect(stored.tokenHash).not.toContain(token);

    await expect(authenticate({ email: user.email, password: strongPassword, ip: "10.0.0.1" })).rejects.toThrow();
    await accounts.redeemToken({ token, password: strongPassword }, "INVITATION");
    const signedIn = await authenticate({ email: "NEW.partner@example.test", password: strongPassword, ip: "10.0.0.1" });
    expect(signedIn.id).toBe(user.id);

    const audit = await testDb().auditLog.findMany({ where: { entityId: user.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["user.invite", "user.acceptInvitation", "user.signIn"]);
    expect(JSON.stringify(audit.map((a) => [a.before, a.after]))).not.toMatch(/passwordHash|tokenHash|argon2/);
  });

  it("refuses a reused, an expired and a made-up invitation link without changing anything", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const { token } = await accounts.inviteUser(
      admin,
      ZInviteUser.parse({ email: "a@example.test", name: "A", role: "ORGANIZER", locale: "en" }),
    );
    await accounts.redeemToken({ token, password: strongPassword }, "INVITATION");
    const before = await snapshot();
    await expect(accounts.redeemToken({ token, password: "Another-pass-2026" }, "INVITATION")).rejects.toMatchObject({ code: "linkUsed" });
    await expect(accounts.redeemToken({ token: "x".repeat(43), password: strongPassword }, "INVITATION")).rejects.toMatchObject({
      code: "linkInvalid",
    });

    const second = await accounts.inviteUser(
      admin,
      ZInviteUser.parse({ email: "b@example.test", name: "B", role: "ORGANIZER", locale: "en" }),
    );
    await testDb().userToken.updateMany({ where: { userId: second.user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(accounts.redeemToken({ token: second.token, password: strongPassword }, "INVITATION")).rejects.toMatchObject({
      code: "linkExpired",
    });
    expect((await testDb().user.findUniqueOrThrow({ where: { id: second.user.id } })).status).toBe("INVITED");
    const after = await snapshot();
    expect(after.users).toBe(before.users + 1);
  });

  it("refuses a duplicate email, a forged organization and an archived one, changing nothing", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const existing = await createUser({ role: "PARTNER" });
    const archived = await createOrganization({ archivedAt: new Date() });
    const before = await snapshot();
    const base = { name: "X", role: "PARTNER", locale: "zh" } as const;
    await expect(
      accounts.inviteUser(
        admin,
        ZInviteUser.parse({ ...base, email: existing.email.toUpperCase(), organizationId: existing.organizationId! }),
      ),
    ).rejects.toMatchObject({ code: "emailTaken", field: "email" });
    await expect(
      accounts.inviteUser(
        admin,
        ZInviteUser.parse({ ...base, email: "f@example.test", organizationId: "00000000-0000-4000-8000-000000000000" }),
      ),
    ).rejects.toMatchObject({ code: "organizationInvalid" });
    await expect(
      accounts.inviteUser(admin, ZInviteUser.parse({ ...base, email: "g@example.test", organizationId: archived.id })),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await snapshot()).toEqual(before);
  });

  it("gives organizers and admins no organization even if one is submitted", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const org = await createOrganization();
    const { user } = await accounts.inviteUser(
      admin,
      ZInviteUser.parse({ email: "o@example.test", name: "O", role: "ORGANIZER", organizationId: org.id, locale: "en" }),
    );
    expect(user.organizationId).toBeNull();
  });

  it("ends a user's sessions when they are deactivated or their role changes, but not on a rename", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const partner = await createUser({ role: "PARTNER" });
    const version = async () => (await testDb().user.findUniqueOrThrow({ where: { id: partner.id } })).sessionVersion;
    const v0 = await version();

    const renamed = await accounts.updateUser(admin, {
      id: partner.id,
      version: partner.version,
      name: "Renamed",
      role: "PARTNER",
      organizationId: partner.organizationId!,
    });
    expect(await version()).toBe(v0);
    await accounts.updateUser(admin, { id: partner.id, version: renamed.version, name: "Renamed", role: "ORGANIZER", organizationId: "" });
    expect(await version()).toBe(v0 + 1);

    await accounts.setUserActive(admin, { id: partner.id, active: false });
    expect(await version()).toBe(v0 + 2);
    await expect(authenticate({ email: partner.email, password: partner.password, ip: "10.0.0.2" })).rejects.toThrow();
    const back = await accounts.setUserActive(admin, { id: partner.id, active: true });
    expect(back.status).toBe("ACTIVE");
  });

  it("detects a stale edit instead of overwriting it", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const partner = await createUser({ role: "PARTNER" });
    const edit = { id: partner.id, version: partner.version, role: "PARTNER" as const, organizationId: partner.organizationId! };
    await accounts.updateUser(admin, { ...edit, name: "First" });
    await expect(accounts.updateUser(admin, { ...edit, name: "Second" })).rejects.toMatchObject({ code: "staleVersion" });
    expect((await testDb().user.findUniqueOrThrow({ where: { id: partner.id } })).name).toBe("First");
  });

  it("keeps at least one active admin and refuses self-demotion and self-deactivation", async () => {
    const admin = await createUser({ role: "ADMIN" });
    await expect(accounts.setUserActive(admin, { id: admin.id, active: false })).rejects.toMatchObject({ code: "cannotDeactivateSelf" });
    await expect(
      accounts.updateUser(admin, {
        id: admin.id,
        version: admin.version,
        name: "A",
        role: "PARTNER",
        organizationId: (await createOrganization()).id,
      }),
    ).rejects.toMatchObject({ code: "cannotChangeOwnRole" });
    const other = await createUser({ role: "ADMIN" });
    await accounts.setUserActive(other, { id: admin.id, active: false });
    await expect(accounts.setUserActive(admin, { id: other.id, active: false })).rejects.toBeInstanceOf(Error);
  });

  it("resets a password through a single-use link, ending old sessions", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const partner = await createUser({ role: "PARTNER" });
    const { token } = await accounts.issuePasswordReset(admin, partner.id);
    await expect(accounts.redeemToken({ token, password: strongPassword }, "INVITATION")).rejects.toMatchObject({ code: "linkInvalid" });
    await accounts.redeemToken({ token, password: strongPassword }, "PASSWORD_RESET");
    await expect(authenticate({ email: partner.email, password: partner.password, ip: "10.0.0.3" })).rejects.toThrow();
    await expect(authenticate({ email: partner.email, password: strongPassword, ip: "10.0.0.3" })).resolves.toMatchObject({
      id: partner.id,
    });
    expect((await testDb().user.findUniqueOrThrow({ where: { id: partner.id } })).sessionVersion).toBe(partner.sessionVersion + 1);
  });

  it("changes one's own password only with the current one", async () => {
    const partner = await createUser({ role: "PARTNER" });
    await expect(
      accounts.changeOwnPassword(partner, { currentPassword: "wrong-password-123", newPassword: strongPassword }, "10.0.0.4"),
    ).rejects.toMatchObject({ code: "currentPasswordWrong" });
    await accounts.changeOwnPassword(partner, { currentPassword: partner.password, newPassword: strongPassword }, "10.0.0.4");
    await expect(authenticate({ email: partner.email, password: strongPassword, ip: "10.0.0.4" })).resolves.toMatchObject({
      id: partner.id,
    });
  });

  it("throttles guesses at the current password like sign-in (a copied session is no guessing oracle)", async () => {
    const partner = await createUser({ role: "PARTNER" });
    for (let i = 0; i < 10; i++) {
      await expect(
        accounts.changeOwnPassword(partner, { currentPassword: `wrong-password-${i}`, newPassword: strongPassword }, "10.0.0.5"),
      ).rejects.toMatchObject({ code: "currentPasswordWrong" });
    }
    await expect(
      accounts.changeOwnPassword(partner, { currentPassword: partner.password, newPassword: strongPassword }, "10.0.0.5"),
    ).rejects.toMatchObject({ code: "rateLimited" });
    expect((await testDb().user.findUniqueOrThrow({ where: { id: partner.id } })).sessionVersion).toBe(partner.sessionVersion);
  });

  it("refuses every account-management call from organizers and partners", async () => {
    const organizer = await createUser({ role: "ORGANIZER" });
    const partner = await createUser({ role: "PARTNER" });
    const before = await snapshot();
    for (const actor of [organizer, partner]) {
      await expect(
        accounts.inviteUser(actor, ZInviteUser.parse({ email: "z@example.test", name: "Z", role: "ADMIN", locale: "en" })),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        accounts.updateUser(actor, { id: actor.id, version: 1, name: "Me", role: "ADMIN", organizationId: "" }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(accounts.setUserActive(actor, { id: partner.id, active: false })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(accounts.issuePasswordReset(actor, partner.id)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(accounts.listUsers(actor)).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(
      accounts.inviteUser(
        { ...partner, role: "SUPERUSER" },
        ZInviteUser.parse({ email: "z@example.test", name: "Z", role: "ADMIN", locale: "en" }),
      ),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await snapshot()).toEqual(before);
    expect((await testDb().user.findUniqueOrThrow({ where: { id: organizer.id } })).role).toBe("ORGANIZER");
  });
});
