import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { revokePersonalTokensOfAction, revokeTokenAction } from "@/lib/api-tokens/actions";
import { createPersonalToken } from "@/lib/api-tokens/service";
import { startSession } from "@/lib/auth/sessions";
import { authenticate } from "@/lib/auth/sign-in";
import { UnauthorizedError } from "@/lib/errors";
import { endSessionAction, endSessionsOfAction } from "@/lib/sessions/actions";
import { countOpenSessionsOf, listOwnSessions } from "@/lib/sessions/service";

import { createUser, resetDb, testDb, testSql } from "./helpers/db";
import { clientHoldingStatement } from "./helpers/holding-client";

// The actions run for real (session check, schema, service, audit); only next-auth's decoded
// cookie and the page cache are stood in for. Each request carries its own cookie, as parallel
// requests from different browsers do: `as(claims, call)` runs `call` with those claims.
const cookie = await vi.hoisted(async () => {
  const { AsyncLocalStorage } = await import("node:async_hooks");
  return new AsyncLocalStorage<{ uid: string; sv: number; sid: string }>();
});
vi.mock("@/lib/auth/session-token", () => ({ sessionClaims: async () => cookie.getStore() ?? null }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

type User = Awaited<ReturnType<typeof createUser>>;
type Claims = { uid: string; sv: number; sid: string };

const as = <T>(claims: Claims, call: () => Promise<T>) => cookie.run(claims, call);
const signedIn = async (user: User): Promise<Claims> => ({
  uid: user.id,
  sv: user.sessionVersion,
  sid: await startSession(testDb(), user.id, "192.0.2.1"),
});
const tokenOf = async (owner: User, name: string) => (await createPersonalToken(owner, { name, scope: "READ", lifetimeDays: 30 })).token.id;

const audits = (action: string) => testDb().auditLog.findMany({ where: { action }, orderBy: { id: "asc" } });
const countOf = (after: unknown, key: string) => (after as Record<string, number>)[key];

/**
 * An administrator who clicks "Sign out everywhere" or "Revoke personal API tokens" again (or two
 * administrators answering the same alert) while the person is still signing in and creating
 * tokens: each session and token ends once, names the administrator who ended it, and the counts
 * the audit trail records add up to what actually ended.
 */
describe("an administrator's access actions in parallel", () => {
  let slow: { $disconnect: () => Promise<void> } | undefined;
  const app = globalThis as unknown as { synergiaPrisma?: unknown };
  let previous: unknown;
  beforeEach(async () => {
    await resetDb();
    previous = app.synergiaPrisma;
  });
  afterEach(async () => {
    app.synergiaPrisma = previous;
    await slow?.$disconnect();
    slow = undefined;
  });

  it("ends each session and revokes each token once across six calls of each by two administrators", async () => {
    const [first, second] = [
      await createUser({ role: "ADMIN", totpEnabledAt: new Date() }),
      await createUser({ role: "ADMIN", totpEnabledAt: new Date() }),
    ];
    const admins = [await signedIn(first), await signedIn(second)];
    const [person, bystander] = [await createUser(), await createUser()];
    const before = { sessions: [] as string[], tokens: [] as string[] };
    for (let i = 0; i < 3; i++) {
      before.sessions.push((await signedIn(person)).sid);
      before.tokens.push(await tokenOf(person, `script ${i}`));
    }
    const theirs = { sessions: [(await signedIn(bystander)).sid], tokens: [await tokenOf(bystander, "theirs")] };

    const calls = Array.from({ length: 6 }, (_, i) => admins[i % 2]);
    const [ended, revoked, signIns] = await Promise.all([
      Promise.all(calls.map((claims) => as(claims, () => endSessionsOfAction({ userId: person.id })))),
      Promise.all(calls.map((claims) => as(claims, () => revokePersonalTokensOfAction({ userId: person.id })))),
      // Meanwhile the person signs in twice more and creates two more tokens.
      Promise.all(
        ["198.51.100.7", "203.0.113.9"].map((ip) =>
          authenticate({ email: person.email, password: person.password, ip }).catch((error: unknown) => error),
        ),
      ),
      tokenOf(person, "new CI"),
      tokenOf(person, "new laptop"),
    ]);
    const endedCounts = ended.map((r) => r.data?.count);
    const revokedCounts = revoked.map((r) => r.data?.count);
    for (const count of [...endedCounts, ...revokedCounts]) expect(count).toEqual(expect.any(Number));
    const sum = (counts: (number | undefined)[]) => counts.reduce<number>((a, b) => a + (b ?? 0), 0);

    // Sessions: every one ended was ended by exactly one call, whose entry names it; the counts
    // the entries record add up to that (one entry per call, even one that found nothing open).
    const sessions = await testDb().userSession.findMany({ where: { userId: person.id } });
    const endedIds = sessions.filter((s) => s.endedAt).map((s) => s.id);
    const sessionEntries = await audits("user.endAllSessions");
    expect(sessionEntries).toHaveLength(6);
    const named = sessionEntries.flatMap((e) => (e.after as { sessionIds: string[] }).sessionIds);
    expect([...named].sort()).toEqual([...endedIds].sort());
    expect(sum(sessionEntries.map((e) => countOf(e.after, "count")))).toBe(endedIds.length);
    expect(sum(endedCounts)).toBe(endedIds.length);
    expect(endedIds).toEqual(expect.arrayContaining(before.sessions));
    expect((await testDb().user.findUniqueOrThrow({ where: { id: person.id } })).sessionVersion).toBe(person.sessionVersion + 6);
    // A sign-in that a call overtook after its password check is refused; one that opened its
    // session first had it ended by a later call or holds the version now current. No session is
    // left open that the version refuses.
    const opened = signIns.filter((outcome) => !(outcome instanceof UnauthorizedError)) as { sessionId: string; sessionVersion: number }[];
    expect(opened.length + signIns.filter((outcome) => outcome instanceof UnauthorizedError).length).toBe(2);
    for (const open of sessions.filter((s) => !s.endedAt)) {
      expect(opened.find((o) => o.sessionId === open.id)?.sessionVersion).toBe(person.sessionVersion + 6);
    }

    // Tokens: every one revoked has one entry, by the administrator the token names, at the time
    // the token records (a later call did not write over it); the counts add up.
    const tokens = await testDb().apiToken.findMany({ where: { userId: person.id } });
    const revokedTokens = tokens.filter((t) => t.revokedAt);
    const tokenEntries = await audits("apiToken.revoke");
    expect(tokenEntries.map((e) => e.entityId).sort()).toEqual(revokedTokens.map((t) => t.id).sort());
    for (const token of revokedTokens) {
      const entry = tokenEntries.find((e) => e.entityId === token.id)!;
      expect(token).toMatchObject({ revokedReason: "administratorRevoked", revokedById: entry.actorId });
      expect((entry.after as { revokedAt: string }).revokedAt).toBe(token.revokedAt!.toISOString());
    }
    const personEntries = await audits("user.revokeTokens");
    expect(sum(personEntries.map((e) => countOf(e.after, "tokensRevoked")))).toBe(revokedTokens.length);
    expect(sum(revokedCounts)).toBe(revokedTokens.length);
    for (const e of personEntries) expect(countOf(e.after, "tokensRevoked")).toBeGreaterThan(0);
    expect(revokedTokens.map((t) => t.id)).toEqual(expect.arrayContaining(before.tokens));
    // What the person created meanwhile is either revoked or still theirs to use.
    expect(tokens).toHaveLength(5);

    // Nothing of the bystander's, nor the administrators' own sessions, changed.
    for (const sid of [...theirs.sessions, ...admins.map((a) => a.sid)]) {
      expect((await testDb().userSession.findUniqueOrThrow({ where: { id: sid } })).endedAt).toBeNull();
    }
    expect((await testDb().apiToken.findUniqueOrThrow({ where: { id: theirs.tokens[0] } })).revokedAt).toBeNull();
    expect((await testDb().user.findUniqueOrThrow({ where: { id: bystander.id } })).sessionVersion).toBe(bystander.sessionVersion);
  });

  /** The actions run on a client that holds the first statement `matching` until released. */
  function holdFirst(matching: RegExp) {
    const held = clientHoldingStatement((sql) => matching.test(sql));
    slow = held.db;
    app.synergiaPrisma = held.db; // getDb(): the actions run on the holding client
    return held;
  }

  /** Resolves once another transaction waits for a row lock, or `done` settles first (no wait). */
  async function waitsForLockOr(done: Promise<unknown>) {
    let settled = false;
    void done.finally(() => (settled = true));
    while (!settled) {
      const [{ n }] = await testSql()<{ n: number }[]>`
        select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`;
      if (n > 0) return;
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  it("counts and audits a token once when its owner revokes it while the administrator revokes them all", async () => {
    const admin = await signedIn(await createUser({ role: "ADMIN", totpEnabledAt: new Date() }));
    const person = await createUser();
    const own = await signedIn(person);
    const [ci, laptop] = [await tokenOf(person, "CI"), await tokenOf(person, "laptop")];

    const held = holdFirst(/^\s*UPDATE\s+("public"\.)?"?api_tokens"?/i);
    const all = as(admin, () => revokePersonalTokensOfAction({ userId: person.id }));
    await held.reached;
    // The person revokes the CI token on /account after the administrator's revocation has begun
    // and before it writes. Neither is refused (nor waits for the other into a deadlock).
    const one = as(own, () => revokeTokenAction({ id: ci }));
    await waitsForLockOr(one);
    held.release();
    expect(await one).toMatchObject({ data: { id: ci } });
    expect(await all).toMatchObject({ data: { count: expect.any(Number) } });

    // Each token was revoked once, by whoever came first, and the administrator's count and
    // entries hold only the ones the administrator revoked.
    const tokens = await testDb().apiToken.findMany({ where: { userId: person.id } });
    const entries = await audits("apiToken.revoke");
    expect(entries.map((e) => e.entityId).sort()).toEqual([ci, laptop].sort());
    for (const token of tokens) {
      expect(token.revokedAt).not.toBeNull();
      expect(entries.find((e) => e.entityId === token.id)?.actorId).toBe(token.revokedById);
    }
    const byAdmin = tokens.filter((t) => t.revokedById === admin.uid).length;
    expect(await all).toEqual({ data: { count: byAdmin } });
    expect((await audits("user.revokeTokens")).map((e) => e.after)).toEqual([{ tokensRevoked: byAdmin }]);
  });

  it("counts a session once when its owner ends it while the administrator signs them out everywhere", async () => {
    const admin = await signedIn(await createUser({ role: "ADMIN", totpEnabledAt: new Date() }));
    const person = await createUser();
    const here = await signedIn(person);
    const lost = await signedIn(person);

    const held = holdFirst(/^\s*UPDATE\s+("public"\.)?"?user_sessions"?/i);
    const everywhere = as(admin, () => endSessionsOfAction({ userId: person.id }));
    await held.reached;
    // The person ends the lost laptop's session on /account just before the administrator's ending is written.
    expect(await as(here, () => endSessionAction({ id: lost.sid }))).toEqual({ data: { id: lost.sid } });
    held.release();

    expect(await everywhere).toEqual({ data: { count: 1 } });
    expect((await audits("user.endAllSessions")).map((e) => e.after)).toEqual([{ count: 1, sessionIds: [here.sid] }]);
    expect((await audits("user.endSession")).map((e) => countOf(e.after, "sessionId"))).toEqual([lost.sid]);
  });

  it("leaves no open session when the person is signed out everywhere between their password check and their new session", async () => {
    const adminUser = await createUser({ role: "ADMIN", totpEnabledAt: new Date() });
    const admin = await signedIn(adminUser);
    const person = await createUser();

    // The sign-in has checked the password (and read the session version) and is about to write.
    const held = holdFirst(/^\s*UPDATE\s+("public"\.)?"?users"?\s+SET\s+"?last_login_at"?/i);
    const signIn = authenticate({ email: person.email, password: person.password, ip: "198.51.100.7" }).catch((e: unknown) => e);
    await held.reached;
    expect(await as(admin, () => endSessionsOfAction({ userId: person.id }))).toEqual({ data: { count: 0 } });
    held.release();

    // A session the version already refuses is not opened: the sign-in is answered as failed, and
    // neither the administrator's count nor the person's own list shows an open session.
    const outcome = await signIn;
    expect(await countOpenSessionsOf(adminUser, person.id)).toBe(0);
    expect(await listOwnSessions(person, null)).toEqual([]);
    expect(outcome).toBeInstanceOf(UnauthorizedError);
    expect(await testDb().userSession.count({ where: { userId: person.id } })).toBe(0);
    expect(await audits("user.signIn")).toEqual([]);
    // Signing in again then works.
    await expect(authenticate({ email: person.email, password: person.password, ip: "198.51.100.7" })).resolves.toMatchObject({
      sessionVersion: person.sessionVersion + 1,
    });
    expect(await countOpenSessionsOf(adminUser, person.id)).toBe(1);
  });
});
