import { beforeEach, describe, expect, it } from "vitest";

import { getAuthOptions } from "@/lib/auth/options";
import { authenticate } from "@/lib/auth/sign-in";

import { createUser, resetDb, testDb } from "./helpers/db";

const signOutEvent = () => {
  const handler = getAuthOptions().events?.signOut;
  if (!handler) throw new Error("auth options have no signOut event");
  return handler;
};

const signOutAudits = () => testDb().auditLog.findMany({ where: { action: "user.signOut" } });

describe("sign-out audit", () => {
  beforeEach(resetDb);

  it("records who signed out when next-auth ends a session", async () => {
    const user = await createUser();
    await signOutEvent()({ token: { uid: user.id, sv: user.sessionVersion }, session: { expires: "" } });
    const rows = await signOutAudits();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: user.id, entityType: "User", entityId: user.id });
  });

  it("names the session it ended, the one the sign-in entry named, and no token", async () => {
    const user = await createUser();
    const { sessionId } = await authenticate({ email: user.email, password: user.password, ip: "198.51.100.7" });
    await signOutEvent()({ token: { uid: user.id, sv: user.sessionVersion, sid: sessionId }, session: { expires: "" } });

    const signIn = await testDb().auditLog.findFirstOrThrow({ where: { action: "user.signIn", entityId: user.id } });
    const [signOut] = await signOutAudits();
    expect((signOut.after as { sessionId: string }).sessionId).toBe((signIn.after as { sessionId: string }).sessionId);
    expect(signOut.after).toEqual({ sessionId });
    expect((await testDb().userSession.findUniqueOrThrow({ where: { id: sessionId } })).endedAt).not.toBeNull();

    // A token that carries no session id of ours names none.
    await signOutEvent()({ token: { uid: user.id, sv: user.sessionVersion, sid: "not-a-session" }, session: { expires: "" } });
    const entries = await signOutAudits();
    expect(entries.map((e) => e.after)).toEqual(expect.arrayContaining([{ sessionId }, null]));
    expect(entries).toHaveLength(2);
  });

  it("still records a sign-out from a session a password change already ended", async () => {
    const user = await createUser();
    await testDb().user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    await signOutEvent()({ token: { uid: user.id, sv: user.sessionVersion }, session: { expires: "" } });
    expect(await signOutAudits()).toHaveLength(1);
  });

  it("records nothing for a token that names no user", async () => {
    await signOutEvent()({ token: { uid: "00000000-0000-4000-8000-000000000000" }, session: { expires: "" } });
    await signOutEvent()({ token: { uid: "not-a-uuid" }, session: { expires: "" } });
    await signOutEvent()({ token: {}, session: { expires: "" } });
    expect(await signOutAudits()).toHaveLength(0);
  });
});
