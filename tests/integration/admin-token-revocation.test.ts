import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

import { revokePersonalTokensOfAction } from "@/lib/api-tokens/actions";
import { countActivePersonalTokensOf, createPersonalToken, listOwnTokens } from "@/lib/api-tokens/service";
import { startSession } from "@/lib/auth/sessions";

import { api, contractProblems } from "./helpers/api";
import { createUser, resetDb, testDb } from "./helpers/db";

// The action runs for real (session check against the database, schema, service, audit); only
// next-auth's decoded session cookie and the page cache are stood in for, as in sessions.test.ts.
const signedIn = vi.hoisted(() => ({ session: null as { uid: string; sv: number; sid: string } | null }));
vi.mock("@/lib/auth/session-token", () => ({ sessionClaims: async () => signedIn.session }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

type User = Awaited<ReturnType<typeof createUser>>;

/** Makes `user` the one signed in for the requests that follow. */
async function signIn(user: User) {
  signedIn.session = { uid: user.id, sv: user.sessionVersion, sid: await startSession(testDb(), user.id, "192.0.2.1") };
}

const tokenOf = async (owner: User, name: string) => {
  const { secret, token } = await createPersonalToken(owner, { name, scope: "READ_WRITE", lifetimeDays: 30 });
  expect(await api("GET", "/projects", { token: secret })).toMatchObject({ status: 200 });
  return { secret, id: token.id };
};
const projectsWith = (secret: string) => api("GET", "/projects", { token: secret });
const adminRevocations = () => testDb().auditLog.findMany({ where: { action: "user.revokeTokens" } });

/**
 * The other half of answering a compromised account, beside "sign out everywhere": an
 * administrator revokes all of a person's personal API tokens from their user page, without
 * deactivating them, and the person's own token list says who did.
 */
describe("an administrator revokes a person's personal API tokens", () => {
  beforeEach(async () => {
    await resetDb();
    signedIn.session = null;
  });
  afterAll(() => expect(contractProblems()).toEqual([]));

  it("ends every live token of the person at once, names the administrator to them, keeps everyone else's, and audits it", async () => {
    const admin = await createUser({ role: "ADMIN", name: "Anna Admin", totpEnabledAt: new Date() });
    const [partner, bystander] = [await createUser(), await createUser()];
    const ci = await tokenOf(partner, "CI");
    const laptop = await tokenOf(partner, "laptop script");
    const theirs = await tokenOf(bystander, "theirs");
    const adminsOwn = await tokenOf(admin, "admin script");
    expect(await countActivePersonalTokensOf(admin, partner.id)).toBe(2);

    await signIn(admin);
    expect(await revokePersonalTokensOfAction({ userId: partner.id })).toEqual({ data: { count: 2 } });

    // Refused from the next request on; the others' tokens keep working.
    for (const { secret } of [ci, laptop]) {
      expect(await projectsWith(secret)).toMatchObject({ status: 401, body: { error: { code: "tokenRevoked" } } });
    }
    expect(await projectsWith(theirs.secret)).toMatchObject({ status: 200 });
    expect(await projectsWith(adminsOwn.secret)).toMatchObject({ status: 200 });
    expect(await countActivePersonalTokensOf(admin, partner.id)).toBe(0);

    // The owner's list says why and who: "Revoked by the administrator Anna Admin".
    const listed = await listOwnTokens(partner);
    for (const { id } of [ci, laptop]) {
      expect(listed.find((t) => t.id === id)).toMatchObject({
        revokedAt: expect.any(Date),
        revokedReason: "administratorRevoked",
        revokedBy: { name: "Anna Admin" },
      });
    }

    // One entry for the person with the count, and each token's own entry with the reason.
    const [entry, ...more] = await adminRevocations();
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ actorId: admin.id, entityType: "User", entityId: partner.id, after: { tokensRevoked: 2 } });
    const perToken = await testDb().auditLog.findMany({ where: { action: "apiToken.revoke" } });
    expect(perToken.map((e) => e.entityId).sort()).toEqual([ci.id, laptop.id].sort());
    for (const e of perToken) expect(e).toMatchObject({ actorId: admin.id, after: { reason: "administratorRevoked" } });

    // Not deactivated: the person creates a new token, which works.
    expect((await testDb().user.findUniqueOrThrow({ where: { id: partner.id } })).status).toBe("ACTIVE");
    await tokenOf(partner, "new CI");

    // Nothing left to revoke: nothing changes and nothing more is audited.
    const again = await createUser();
    expect(await revokePersonalTokensOfAction({ userId: again.id })).toEqual({ data: { count: 0 } });
    expect(await adminRevocations()).toHaveLength(1);
  });

  it("refuses a signed-out request, an organizer, a partner and the administrator's own tokens, changing nothing", async () => {
    const partner = await createUser();
    const own = await tokenOf(partner, "CI");
    expect(await revokePersonalTokensOfAction({ userId: partner.id })).toMatchObject({ serverError: { code: "unauthorized" } });
    for (const role of ["ORGANIZER", "PARTNER"] as const) {
      await signIn(await createUser({ role, totpEnabledAt: new Date() }));
      expect(await revokePersonalTokensOfAction({ userId: partner.id })).toMatchObject({ serverError: { code: "forbidden" } });
    }
    const admin = await createUser({ role: "ADMIN", totpEnabledAt: new Date() });
    const adminsOwn = await tokenOf(admin, "admin script");
    await signIn(admin);
    // Their own are revoked on /account, one by one.
    expect(await revokePersonalTokensOfAction({ userId: admin.id })).toMatchObject({ serverError: { code: "cannotRevokeOwnTokensHere" } });
    expect(await revokePersonalTokensOfAction({ userId: "00000000-0000-4000-8000-000000000000" })).toMatchObject({
      serverError: { code: "notFound" },
    });

    expect(await projectsWith(own.secret)).toMatchObject({ status: 200 });
    expect(await projectsWith(adminsOwn.secret)).toMatchObject({ status: 200 });
    expect(await adminRevocations()).toEqual([]);
  });
});
