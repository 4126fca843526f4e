import { afterAll, beforeEach, describe, expect, it } from "vitest";

import { changeOwnPassword, issuePasswordReset, redeemToken, setUserActive, updateUser } from "@/lib/accounts/service";
import { createOrganizationToken, createPersonalToken, listOrganizationTokens, listOwnTokens, revokeToken } from "@/lib/api-tokens/service";
import { setOrganizationArchived } from "@/lib/organizations/service";
import { resetTwoFactor } from "@/lib/two-factor/service";

import { api, contractProblems } from "./helpers/api";
import { createOrganization, createUser, resetDb, testDb } from "./helpers/db";

type Person = Awaited<ReturnType<typeof createUser>>;

/**
 * A token must not outlive the events that end its owner's sessions: a stolen token would
 * otherwise survive the password change meant to lock the thief out. Each event revokes the
 * token for good (undoing the change does not bring it back) and audits why.
 */
describe("/api/v1 tokens end with their owner's standing", () => {
  beforeEach(resetDb);
  afterAll(() => expect(contractProblems()).toEqual([]));

  const tokenOf = async (owner: Person) => {
    const { secret, token } = await createPersonalToken(owner, { name: "script", scope: "READ", lifetimeDays: 30 });
    expect(await api("GET", "/token", { token: secret })).toMatchObject({ status: 200 });
    return { secret, id: token.id };
  };
  const expectRevoked = async (secret: string) =>
    expect(await api("GET", "/token", { token: secret })).toMatchObject({ status: 401, body: { error: { code: "tokenRevoked" } } });
  /** The reason audited, which the token's row keeps for the owner's token list. */
  const revocationReason = async (tokenId: string) => {
    const entries = await testDb().auditLog.findMany({ where: { entityId: tokenId, action: "apiToken.revoke" } });
    expect(entries).toHaveLength(1);
    const reason = (entries[0].after as { reason: string }).reason;
    const row = await testDb().apiToken.findUniqueOrThrow({ where: { id: tokenId } });
    const listed = row.userId
      ? await listOwnTokens(await fresh(row.userId))
      : await listOrganizationTokens(await createUser({ role: "ADMIN" }), row.organizationId!);
    expect(listed.find((t) => t.id === tokenId)).toMatchObject({ revokedAt: expect.any(Date), revokedReason: reason });
    return reason;
  };
  const fresh = async (id: string) => testDb().user.findUniqueOrThrow({ where: { id } });

  it("a password change by the owner, or through a reset link, revokes the personal tokens", async () => {
    const partner = await createUser();
    const own = await tokenOf(partner);
    const bystander = await tokenOf(await createUser());
    await changeOwnPassword(partner, { currentPassword: partner.password, newPassword: "a whole new passphrase 42" }, "192.0.2.10");
    await expectRevoked(own.secret);
    expect(await revocationReason(own.id)).toBe("passwordChanged");
    // Someone else's token is untouched.
    expect(await api("GET", "/token", { token: bystander.secret })).toMatchObject({ status: 200 });

    const admin = await createUser({ role: "ADMIN" });
    const again = await tokenOf(partner);
    const { token: link } = await issuePasswordReset(admin, partner.id);
    await redeemToken({ token: link, password: "yet another passphrase 7" }, "PASSWORD_RESET");
    await expectRevoked(again.secret);
    expect(await revocationReason(again.id)).toBe("passwordChanged");
  });

  it("a role or organization change revokes them, and changing back does not restore them", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const partner = await createUser();
    const home = partner.organizationId!;
    const other = await createOrganization();
    const first = await tokenOf(partner);
    let user = await fresh(partner.id);
    await updateUser(admin, { id: user.id, name: user.name, role: "PARTNER", organizationId: other.id, version: user.version });
    await expectRevoked(first.secret);
    expect(await revocationReason(first.id)).toBe("organizationChanged");
    user = await fresh(partner.id);
    await updateUser(admin, { id: user.id, name: user.name, role: "PARTNER", organizationId: home, version: user.version });
    await expectRevoked(first.secret);

    user = await fresh(partner.id);
    const second = await tokenOf(user as Person);
    await updateUser(admin, { id: user.id, name: user.name, role: "ORGANIZER", organizationId: undefined, version: user.version });
    await expectRevoked(second.secret);
    expect(await revocationReason(second.id)).toBe("roleChanged");
    user = await fresh(partner.id);
    await updateUser(admin, { id: user.id, name: user.name, role: "PARTNER", organizationId: home, version: user.version });
    await expectRevoked(second.secret);

    // A rename changes nothing the token stands for: it keeps working.
    user = await fresh(partner.id);
    const third = await tokenOf(user as Person);
    await updateUser(admin, { id: user.id, name: "Renamed", role: "PARTNER", organizationId: home, version: user.version });
    expect(await api("GET", "/token", { token: third.secret })).toMatchObject({ status: 200 });
  });

  it("deactivation and an administrator's second-factor reset revoke them; reactivation does not restore them", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const partner = await createUser();
    const first = await tokenOf(partner);
    await setUserActive(admin, { id: partner.id, active: false });
    await expectRevoked(first.secret);
    expect(await revocationReason(first.id)).toBe("deactivated");
    await setUserActive(admin, { id: partner.id, active: true });
    await expectRevoked(first.secret);

    const second = await tokenOf(partner);
    await testDb().user.update({ where: { id: partner.id }, data: { totpSecret: "JBSWY3DPEHPK3PXP", totpEnabledAt: new Date() } });
    await resetTwoFactor(admin, partner.id);
    await expectRevoked(second.secret);
    expect(await revocationReason(second.id)).toBe("secondFactorReset");
    const entry = await testDb().auditLog.findFirstOrThrow({ where: { entityId: second.id, action: "apiToken.revoke" } });
    expect(entry.actorId).toBe(admin.id);
  });

  it("a token its owner revokes is listed as revoked, with no reason", async () => {
    const partner = await createUser();
    const own = await tokenOf(partner);
    await revokeToken(partner, { id: own.id });
    await expectRevoked(own.secret);
    expect((await listOwnTokens(partner)).find((t) => t.id === own.id)).toMatchObject({ revokedAt: expect.any(Date), revokedReason: null });
  });

  it("archiving an organization revokes its organization tokens; restoring it does not bring them back", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const org = await createOrganization();
    const { secret, token } = await createOrganizationToken(admin, { organizationId: org.id, name: "Park system", lifetimeDays: 90 });
    expect(await api("GET", "/token", { token: secret })).toMatchObject({ status: 200 });
    await setOrganizationArchived(admin, { id: org.id, archived: true });
    await expectRevoked(secret);
    expect(await revocationReason(token.id)).toBe("organizationArchived");
    await setOrganizationArchived(admin, { id: org.id, archived: false });
    await expectRevoked(secret);
  });
});
