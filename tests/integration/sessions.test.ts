import { beforeEach, describe, expect, it, vi } from "vitest";

import { changeOwnPassword, setUserActive } from "@/lib/accounts/service";
import { createPersonalToken } from "@/lib/api-tokens/service";
import { getSessionUser } from "@/lib/auth/session";
import { startSession } from "@/lib/auth/sessions";
import { authenticate } from "@/lib/auth/sign-in";
import { endOtherSessionsAction, endSessionAction, endSessionsOfAction } from "@/lib/sessions/actions";
import { countOpenSessionsOf, endOtherOwnSessions, endOwnSession, listOwnSessions } from "@/lib/sessions/service";

import { createUser, resetDb, testDb } from "./helpers/db";

// The actions run for real (session check against the database, schema, service, audit); only
// next-auth's decoded session cookie and the page cache are stood in for, as in evidence-actions.
const signedIn = vi.hoisted(() => ({ session: null as { uid: string; sv: number; sid: string } | null }));
vi.mock("@/lib/auth/session-token", () => ({ sessionClaims: async () => signedIn.session }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

type User = Awaited<ReturnType<typeof createUser>>;

/** A browser of `user` signed in from `ip`, `minutesAgo` minutes ago: its session row's id. */
async function browser(user: User, ip: string, minutesAgo = 0) {
  const id = await startSession(testDb(), user.id, ip);
  const createdAt = new Date(Date.now() - minutesAgo * 60_000);
  await testDb().userSession.update({ where: { id }, data: { createdAt, expiresAt: new Date(createdAt.getTime() + 8 * 3600_000) } });
  return id;
}

/** Makes `sid` the session of the requests that follow (the cookie of that browser). */
const use = (user: User, sid: string) => (signedIn.session = { uid: user.id, sv: user.sessionVersion, sid });

const endedAt = async (id: string) => (await testDb().userSession.findUniqueOrThrow({ where: { id } })).endedAt;
const auditOf = (userId: string) => testDb().auditLog.findMany({ where: { entityId: userId, action: { startsWith: "user.end" } } });

describe("signed-in sessions on /account", () => {
  beforeEach(async () => {
    await resetDb();
    signedIn.session = null;
  });

  it("lists only the user's own open sessions, newest first, and marks this one", async () => {
    const [anna, boris] = [await createUser(), await createUser()];
    const laptop = await browser(anna, "198.51.100.7", 120);
    const phone = await browser(anna, "203.0.113.9", 30);
    const here = await browser(anna, "192.0.2.1", 0);
    const signedOut = await browser(anna, "192.0.2.50", 60);
    await testDb().userSession.update({ where: { id: signedOut }, data: { endedAt: new Date() } });
    const expired = await browser(anna, "192.0.2.60", 10);
    await testDb().userSession.update({ where: { id: expired }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await browser(boris, "192.0.2.70", 5);

    const listed = await listOwnSessions(anna, here);
    expect(listed.map((s) => [s.id, s.ip, s.current])).toEqual([
      [here, "192.0.2.1", true],
      [phone, "203.0.113.9", false],
      [laptop, "198.51.100.7", false],
    ]);
    expect(listed[0].expiresAt.getTime() - listed[0].createdAt.getTime()).toBe(8 * 3600_000);
  });

  it("ends another own session: its next request is refused, this one stays signed in, and it is audited", async () => {
    const anna = await createUser();
    const lost = await browser(anna, "198.51.100.7", 60);
    const here = await browser(anna, "192.0.2.1");
    use(anna, lost);
    expect(await getSessionUser()).toMatchObject({ id: anna.id });

    use(anna, here);
    expect(await endSessionAction({ id: lost })).toEqual({ data: { id: lost } });
    expect(await endedAt(lost)).not.toBeNull();
    expect(await getSessionUser()).toMatchObject({ id: anna.id });
    expect((await listOwnSessions(anna, here)).map((s) => s.id)).toEqual([here]);
    // The lost laptop's cookie, on any app instance: the row says the session has ended.
    use(anna, lost);
    expect(await getSessionUser()).toBeNull();

    const [entry] = await auditOf(anna.id);
    expect(entry).toMatchObject({ actorId: anna.id, action: "user.endSession", entityType: "User" });
    expect(entry.after).toMatchObject({ sessionId: lost, ip: "198.51.100.7" });
  });

  it("refuses another user's session id, an ended one and this one, changing nothing", async () => {
    const [anna, boris] = [await createUser(), await createUser()];
    const here = await browser(anna, "192.0.2.1");
    const theirs = await browser(boris, "203.0.113.9");
    // Signed out: refused before anything is looked up.
    signedIn.session = null;
    expect(await endSessionAction({ id: theirs })).toMatchObject({ serverError: { code: "unauthorized" } });
    expect(await endOtherSessionsAction()).toMatchObject({ serverError: { code: "unauthorized" } });
    use(anna, here);
    expect(await endSessionAction({ id: theirs })).toEqual({ serverError: { code: "sessionNotFound", values: {} } });
    expect(await endedAt(theirs)).toBeNull();
    use(boris, theirs);
    expect(await getSessionUser()).toMatchObject({ id: boris.id });

    await expect(endOwnSession(anna, here, here)).rejects.toMatchObject({ code: "cannotEndCurrentSession" });
    expect(await endedAt(here)).toBeNull();
    const old = await browser(anna, "192.0.2.2", 30);
    await endOwnSession(anna, here, old);
    await expect(endOwnSession(anna, here, old)).rejects.toMatchObject({ code: "sessionNotFound" });
    expect(await auditOf(anna.id)).toHaveLength(1);
    expect(await auditOf(boris.id)).toHaveLength(0);
  });

  it("signs out of all other sessions, keeping this one, other users' and the API tokens", async () => {
    const [anna, boris] = [await createUser(), await createUser()];
    const laptop = await browser(anna, "198.51.100.7", 120);
    const phone = await browser(anna, "203.0.113.9", 30);
    const here = await browser(anna, "192.0.2.1");
    const theirs = await browser(boris, "192.0.2.70");
    const { token } = await createPersonalToken(anna, { name: "CI", scope: "READ", lifetimeDays: 7 });

    use(anna, here);
    expect(await endOtherSessionsAction()).toEqual({ data: { count: 2 } });
    expect(await getSessionUser()).toMatchObject({ id: anna.id });
    expect((await listOwnSessions(anna, here)).map((s) => s.id)).toEqual([here]);
    for (const id of [laptop, phone]) expect(await endedAt(id)).not.toBeNull();
    expect(await endedAt(theirs)).toBeNull();
    expect((await testDb().apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt).toBeNull();

    const [entry] = await auditOf(anna.id);
    expect(entry).toMatchObject({ actorId: anna.id, action: "user.endOtherSessions" });
    expect(entry.after).toEqual({ count: 2, sessionIds: [laptop, phone], ips: ["198.51.100.7", "203.0.113.9"] });
    // Nothing left to end: nothing changes and nothing more is recorded.
    expect(await endOtherOwnSessions(anna, here)).toBe(0);
    expect(await auditOf(anna.id)).toHaveLength(1);
  });

  it("a password change and a deactivation end the session rows too, so the list shows no dead sessions", async () => {
    const anna = await createUser();
    const laptop = await browser(anna, "198.51.100.7", 60);
    await changeOwnPassword(anna, { currentPassword: anna.password, newPassword: "a new and longer passphrase" }, "192.0.2.1");
    expect(await endedAt(laptop)).not.toBeNull();
    const here = await browser(anna, "192.0.2.1");
    expect((await listOwnSessions(anna, here)).map((s) => s.id)).toEqual([here]);
    // Deactivation likewise (as do a new role or organization and a second-factor reset).
    const admin = await createUser({ role: "ADMIN" });
    await setUserActive(admin, { id: anna.id, active: false });
    expect(await endedAt(here)).not.toBeNull();
  });
});

describe("the audit entry of a sign-in", () => {
  beforeEach(resetDb);

  it("names the session row it opened, which the entries that end sessions name as well, and no token", async () => {
    const anna = await createUser();
    const { sessionId } = await authenticate({ email: anna.email, password: anna.password, ip: "198.51.100.7" });
    const row = await testDb().userSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(row).toMatchObject({ userId: anna.id, ip: "198.51.100.7", endedAt: null });
    const signIn = await testDb().auditLog.findFirstOrThrow({ where: { action: "user.signIn", entityId: anna.id } });
    expect(signIn.after).toEqual({ secondFactor: null, sessionId });

    const here = await browser(anna, "192.0.2.1");
    await endOwnSession(anna, here, sessionId);
    const [ended] = await auditOf(anna.id);
    expect((ended.after as { sessionId: string }).sessionId).toBe(sessionId);
  });
});

describe("an administrator signs a person out everywhere", () => {
  beforeEach(async () => {
    await resetDb();
    signedIn.session = null;
  });

  /** An administrator (with the second factor their role requires) and the session they act from. */
  async function signedInAdmin() {
    const admin = await createUser({ role: "ADMIN", totpEnabledAt: new Date() });
    const here = await browser(admin, "192.0.2.1");
    signedIn.session = { uid: admin.id, sv: admin.sessionVersion, sid: here };
    return { admin, here };
  }

  const sessionVersionOf = async (id: string) => (await testDb().user.findUniqueOrThrow({ where: { id } })).sessionVersion;
  const adminEndings = () => testDb().auditLog.findMany({ where: { action: "user.endAllSessions" } });

  it("ends every open session of the person at their next request, keeps the account, tokens and others, and audits it", async () => {
    const [anna, boris] = [await createUser(), await createUser()];
    const laptop = await browser(anna, "198.51.100.7", 120);
    const phone = await browser(anna, "203.0.113.9", 30);
    const expired = await browser(anna, "192.0.2.60", 10);
    await testDb().userSession.update({ where: { id: expired }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const theirs = await browser(boris, "192.0.2.70");
    const { token } = await createPersonalToken(anna, { name: "CI", scope: "READ", lifetimeDays: 7 });
    const { admin, here } = await signedInAdmin();
    expect(await countOpenSessionsOf(admin, anna.id)).toBe(2);

    expect(await endSessionsOfAction({ userId: anna.id })).toEqual({ data: { count: 2 } });
    // Both of Anna's browsers are refused on their next request, on any app instance.
    for (const sid of [laptop, phone]) {
      use(anna, sid);
      expect(await getSessionUser()).toBeNull();
      expect(await endedAt(sid)).not.toBeNull();
    }
    expect(await countOpenSessionsOf(admin, anna.id)).toBe(0);
    expect(await sessionVersionOf(anna.id)).toBe(anna.sessionVersion + 1);
    // Not deactivated: she signs in again; her API token still works; Boris and the administrator stay signed in.
    const again = await browser(anna, "192.0.2.5");
    signedIn.session = { uid: anna.id, sv: anna.sessionVersion + 1, sid: again };
    expect(await getSessionUser()).toMatchObject({ id: anna.id });
    expect((await testDb().apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt).toBeNull();
    use(boris, theirs);
    expect(await getSessionUser()).toMatchObject({ id: boris.id });
    use(admin, here);
    expect(await getSessionUser()).toMatchObject({ id: admin.id });

    const [entry, ...more] = await adminEndings();
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ actorId: admin.id, entityType: "User", entityId: anna.id });
    expect(entry.after).toEqual({ count: 2, sessionIds: [laptop, phone].sort() });
  });

  it("refuses a signed-out request, an organizer, a partner and the administrator's own sessions, changing nothing", async () => {
    const anna = await createUser();
    const laptop = await browser(anna, "198.51.100.7", 60);
    expect(await endSessionsOfAction({ userId: anna.id })).toMatchObject({ serverError: { code: "unauthorized" } });
    for (const role of ["ORGANIZER", "PARTNER"] as const) {
      const other = await createUser({ role, totpEnabledAt: new Date() });
      use(other, await browser(other, "192.0.2.9"));
      expect(await getSessionUser()).toMatchObject({ id: other.id });
      expect(await endSessionsOfAction({ userId: anna.id })).toMatchObject({ serverError: { code: "forbidden" } });
    }
    const { admin, here } = await signedInAdmin();
    const adminLaptop = await browser(admin, "198.51.100.8", 60);
    // Their own are ended on /account, which keeps the session in use.
    expect(await endSessionsOfAction({ userId: admin.id })).toMatchObject({ serverError: { code: "cannotEndOwnSessionsHere" } });
    expect(await endSessionsOfAction({ userId: "00000000-0000-4000-8000-000000000000" })).toMatchObject({
      serverError: { code: "notFound" },
    });

    for (const sid of [laptop, adminLaptop, here]) expect(await endedAt(sid)).toBeNull();
    expect(await sessionVersionOf(anna.id)).toBe(anna.sessionVersion);
    expect(await sessionVersionOf(admin.id)).toBe(admin.sessionVersion);
    use(anna, laptop);
    expect(await getSessionUser()).toMatchObject({ id: anna.id });
    expect(await adminEndings()).toEqual([]);
  });
});
