import { createHash } from "node:crypto";

import { beforeEach, describe, expect, it } from "vitest";

import { setUserActive } from "@/lib/accounts/service";
import { authenticateToken } from "@/lib/api-tokens/authenticate";
import { MAX_ACTIVE_TOKENS } from "@/lib/api-tokens/schema";
import { createOrganizationToken, createPersonalToken, listOrganizationTokens, listOwnTokens, revokeToken } from "@/lib/api-tokens/service";
import { ForbiddenError, RateLimitError, UnauthorizedError, ValidationError } from "@/lib/errors";

import { createOrganization, createUser, resetDb, testDb } from "./helpers/db";

const bearer = (secret: string) => `Bearer ${secret}`;

/** The code a refused authentication answers with. */
async function refusalOf(authorization: string | null) {
  const error = await authenticateToken(authorization).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UnauthorizedError);
  return (error as UnauthorizedError).code;
}

describe("API tokens", () => {
  beforeEach(resetDb);

  it("show the secret once and store only its SHA-256; the audit entry holds neither", async () => {
    const partner = await createUser();
    const { secret, token } = await createPersonalToken(partner, { name: "Import", scope: "READ", lifetimeDays: 30 });
    expect(secret).toMatch(/^syn_pat_[A-Za-z0-9_-]{43}$/);
    const row = await testDb().apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(row.tokenHash).toBe(createHash("sha256").update(secret).digest("hex"));
    expect(row.hint).toBe(secret.slice(-4));
    expect(row).toMatchObject({
      kind: "PERSONAL",
      scope: "READ",
      userId: partner.id,
      ownerRole: "PARTNER",
      organizationId: partner.organizationId,
    });
    const days = (row.expiresAt.getTime() - row.createdAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(30, 1);
    const audit = await testDb().auditLog.findMany({ where: { entityType: "ApiToken", entityId: token.id } });
    expect(audit.map((a) => a.action)).toEqual(["apiToken.create"]);
    const logged = JSON.stringify(audit.map((a) => [a.before, a.after]));
    expect(logged).not.toContain(secret);
    expect(logged).not.toContain(row.tokenHash);
  });

  it("authenticate a valid token as its owner and record its last use", async () => {
    const partner = await createUser();
    const { secret, token } = await createPersonalToken(partner, { name: "Import", scope: "READ_WRITE", lifetimeDays: 7 });
    const { actor, rate } = await authenticateToken(bearer(secret));
    expect(actor).toEqual({
      id: partner.id,
      role: "PARTNER",
      organizationId: partner.organizationId,
      token: { id: token.id, kind: "PERSONAL", scope: "READ_WRITE" },
    });
    expect(rate).toMatchObject({ limit: 120, remaining: 119 });
    const [listed] = await listOwnTokens(partner);
    expect(listed.lastUsedAt).not.toBeNull();
  });

  it("refuse a missing, malformed, unknown, revoked or expired token, each with its code", async () => {
    const partner = await createUser();
    const { secret, token } = await createPersonalToken(partner, { name: "Import", scope: "READ", lifetimeDays: 7 });
    expect(await refusalOf(null)).toBe("tokenMissing");
    expect(await refusalOf(`Basic ${secret}`)).toBe("tokenMissing");
    expect(await refusalOf(bearer("not-a-token"))).toBe("tokenInvalid");
    expect(await refusalOf(bearer(`syn_pat_${"A".repeat(43)}`))).toBe("tokenInvalid");

    await testDb().apiToken.update({ where: { id: token.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await refusalOf(bearer(secret))).toBe("tokenExpired");
    await testDb().apiToken.update({ where: { id: token.id }, data: { expiresAt: new Date(Date.now() + 86_400_000) } });
    await revokeToken(partner, { id: token.id });
    expect(await refusalOf(bearer(secret))).toBe("tokenRevoked");
    // Nothing was counted for the refused requests.
    expect((await testDb().apiToken.findUniqueOrThrow({ where: { id: token.id } })).windowCount).toBe(0);
  });

  it("stop a personal token when its owner is deactivated or changes role or organization", async () => {
    const partner = await createUser();
    const other = await createOrganization();
    const make = async () => (await createPersonalToken(partner, { name: "t", scope: "READ", lifetimeDays: 7 })).secret;
    const secret = await make();
    await testDb().user.update({ where: { id: partner.id }, data: { organizationId: other.id } });
    expect(await refusalOf(bearer(secret))).toBe("tokenInvalid");
    await testDb().user.update({ where: { id: partner.id }, data: { organizationId: partner.organizationId } });
    await authenticateToken(bearer(secret));
    await testDb().user.update({ where: { id: partner.id }, data: { role: "ORGANIZER", organizationId: null } });
    expect(await refusalOf(bearer(secret))).toBe("tokenInvalid");
    await testDb().user.update({
      where: { id: partner.id },
      data: { role: "PARTNER", organizationId: partner.organizationId, status: "DISABLED" },
    });
    expect(await refusalOf(bearer(secret))).toBe("tokenInvalid");
  });

  it("let only administrators create organization tokens, which read as no member and end with the organization", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const partner = await createUser();
    const org = await createOrganization();
    const input = { organizationId: org.id, name: "Park data system", lifetimeDays: 90 };
    for (const actor of [partner, await createUser({ role: "ORGANIZER" })]) {
      await expect(createOrganizationToken(actor, input)).rejects.toBeInstanceOf(ForbiddenError);
    }
    const { secret, token } = await createOrganizationToken(admin, input);
    expect(secret).toMatch(/^syn_org_/);
    const { actor } = await authenticateToken(bearer(secret));
    expect(actor).toEqual({
      id: token.id,
      role: "PARTNER",
      organizationId: null,
      token: { id: token.id, kind: "ORGANIZATION", scope: "READ" },
    });
    // The database refuses a writing organization token even if a service tried to make one.
    await expect(testDb().apiToken.update({ where: { id: token.id }, data: { scope: "READ_WRITE" } })).rejects.toThrow();

    await expect(revokeToken(partner, { id: token.id })).rejects.toBeInstanceOf(ForbiddenError);
    await testDb().organization.update({ where: { id: org.id }, data: { archivedAt: new Date() } });
    expect(await refusalOf(bearer(secret))).toBe("tokenInvalid");
    await expect(createOrganizationToken(admin, input)).rejects.toMatchObject({ code: "organizationInvalid" });
  });

  it("let only the owner revoke a personal token, once, audited", async () => {
    const owner = await createUser();
    const { token } = await createPersonalToken(owner, { name: "t", scope: "READ", lifetimeDays: 7 });
    for (const actor of [await createUser(), await createUser({ role: "ADMIN" }), await createUser({ role: "ORGANIZER" })]) {
      await expect(revokeToken(actor, { id: token.id })).rejects.toBeInstanceOf(ForbiddenError);
    }
    const revoked = await revokeToken(owner, { id: token.id });
    expect(revoked.revokedAt).not.toBeNull();
    await revokeToken(owner, { id: token.id });
    const actions = await testDb().auditLog.findMany({ where: { entityId: token.id }, orderBy: { id: "asc" } });
    expect(actions.map((a) => a.action)).toEqual(["apiToken.create", "apiToken.revoke"]);
  });

  it("name who revoked a token by hand, with the actor in its audit entry; an automatic revocation names nobody", async () => {
    const admin = await createUser({ role: "ADMIN", name: "Anna Admin" });
    const colleague = await createUser({ role: "ADMIN", name: "Boris Admin" });
    const org = await createOrganization();
    const input = { organizationId: org.id, name: "Park data system", lifetimeDays: 90 };
    const { token: orgToken } = await createOrganizationToken(admin, input);
    await revokeToken(colleague, { id: orgToken.id });
    // Every administrator reading the organization's list sees which one ended it.
    expect((await listOrganizationTokens(admin, org.id)).find((t) => t.id === orgToken.id)).toMatchObject({
      revokedAt: expect.any(Date),
      revokedBy: { name: "Boris Admin" },
    });
    const entry = await testDb().auditLog.findFirstOrThrow({ where: { entityId: orgToken.id, action: "apiToken.revoke" } });
    expect(entry.actorId).toBe(colleague.id);

    const owner = await createUser({ name: "Li Wei" });
    const { token: byHand } = await createPersonalToken(owner, { name: "by hand", scope: "READ", lifetimeDays: 7 });
    await revokeToken(owner, { id: byHand.id });
    const { token: byDeactivation } = await createPersonalToken(owner, { name: "ended", scope: "READ", lifetimeDays: 7 });
    await setUserActive(admin, { id: owner.id, active: false });
    const listed = await listOwnTokens(owner);
    expect(listed.find((t) => t.id === byHand.id)).toMatchObject({ revokedBy: { name: "Li Wei" }, revokedReason: null });
    // Ended by the deactivation: its reason says why, and no one is named as having revoked it.
    expect(listed.find((t) => t.id === byDeactivation.id)).toMatchObject({ revokedBy: null, revokedReason: "deactivated" });
  });

  it(`allow at most ${MAX_ACTIVE_TOKENS} active tokens, even when created in parallel`, async () => {
    const owner = await createUser();
    const input = { name: "t", scope: "READ" as const, lifetimeDays: 7 };
    const results = await Promise.allSettled(Array.from({ length: MAX_ACTIVE_TOKENS + 5 }, () => createPersonalToken(owner, input)));
    const refused = results.filter((r) => r.status === "rejected");
    expect(results.length - refused.length).toBe(MAX_ACTIVE_TOKENS);
    for (const r of refused) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(ValidationError);
    expect(await testDb().apiToken.count({ where: { userId: owner.id } })).toBe(MAX_ACTIVE_TOKENS);
  });

  it("count parallel requests of one token exactly: the limit holds and the rest wait for the window", async () => {
    const owner = await createUser();
    const { secret, token } = await createPersonalToken(owner, { name: "t", scope: "READ", lifetimeDays: 7 });
    await testDb().apiToken.update({ where: { id: token.id }, data: { rateLimit: 5 } });
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => authenticateToken(bearer(secret))));
    const passed = results.filter((r) => r.status === "fulfilled");
    const limited = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(passed).toHaveLength(5);
    expect(limited).toHaveLength(15);
    for (const r of limited) {
      expect(r.reason).toBeInstanceOf(RateLimitError);
      expect(r.reason.code).toBe("apiRateLimited");
      expect(r.reason.values.seconds).toBeGreaterThanOrEqual(1);
      expect(r.reason.values.seconds).toBeLessThanOrEqual(60);
    }
    // A new window (a minute after the last began) lets the token in again.
    await testDb().apiToken.update({ where: { id: token.id }, data: { windowStartedAt: new Date(Date.now() - 61_000) } });
    await expect(authenticateToken(bearer(secret))).resolves.toMatchObject({ rate: { remaining: 4 } });
  });
});
