import { beforeEach, describe, expect, it, vi } from "vitest";

import { twoFactorRequired } from "@/lib/auth/permissions";
import { startSession } from "@/lib/auth/sessions";
import { decideEvidenceAction, submitEvidenceAction, withdrawEvidenceAction } from "@/lib/evidence/actions";
import * as evidence from "@/lib/evidence/service";

import { resetDb, testDb } from "./helpers/db";
import { counts, createCatalog, createProjectWorld, fields } from "./helpers/evidence";

// The actions run for real (session check against the database, schema, service, audit); only
// what Next.js supplies inside a request is stood in for: next-auth's decoded session cookie and
// the page cache that revalidatePath clears.
const signedIn = vi.hoisted(() => ({ session: null as { uid: string; sv: number; sid: string } | null }));
vi.mock("@/lib/auth/session-token", () => ({ sessionClaims: async () => signedIn.session }));
const revalidated = vi.hoisted(() => [] as string[]);
vi.mock("next/cache", () => ({
  revalidatePath: (path: string) => revalidated.push(path),
  revalidateTag: (tag: string) => revalidated.push(`tag:${tag}`),
}));

/**
 * A signed-in browser: a session row, and the cookie naming it. Administrators and organizers
 * have a second factor enrolled, as they must before they can act.
 */
async function signIn(user: { id: string; role: string; sessionVersion: number } | null) {
  if (user && twoFactorRequired(user.role)) await testDb().user.update({ where: { id: user.id }, data: { totpEnabledAt: new Date() } });
  signedIn.session = user && { uid: user.id, sv: user.sessionVersion, sid: await startSession(testDb(), user.id, "127.0.0.1") };
}

async function setup() {
  const catalog = await createCatalog();
  const world = await createProjectWorld();
  const { cn, project } = world;
  const [submitted, draft] = await Promise.all([
    evidence.createEvidence(cn, { projectId: project.id, fields: fields(catalog.percent.id) }, [], "submit"),
    evidence.createEvidence(cn, { projectId: project.id, fields: fields(catalog.count.id) }),
  ]);
  return { ...catalog, ...world, submitted, draft };
}

const statusOf = async (id: string) => (await testDb().evidence.findUniqueOrThrow({ where: { id } })).status;

describe("evidence actions (submit, withdraw, decide)", () => {
  beforeEach(async () => {
    await resetDb();
    revalidated.length = 0;
    await signIn(null);
  });

  it("refuse a decision by the own organization, a same-country partner, a non-member, an admin and nobody; nothing changes", async () => {
    const w = await setup();
    const before = await counts();
    const confirm = { id: w.submitted.id, version: 1, decision: "CONFIRM" as const };
    for (const actor of [w.cn, w.cn2, w.outsider, w.admin]) {
      await signIn(actor);
      expect(await decideEvidenceAction(confirm)).toEqual({ serverError: { code: "forbidden", values: {} } });
    }
    await signIn(null);
    expect(await decideEvidenceAction(confirm)).toEqual({ serverError: { code: "unauthorized", values: {} } });
    expect(await counts()).toEqual(before);
    expect(await statusOf(w.submitted.id)).toBe("SUBMITTED");
    expect(revalidated).toEqual([]);
  });

  it("let the other country's partner confirm, and answer a stale or invalid decision with its reason", async () => {
    const w = await setup();
    await signIn(w.ru);
    const disputeWithoutReason = await decideEvidenceAction({ id: w.submitted.id, version: 1, decision: "DISPUTE", reason: " " });
    expect(disputeWithoutReason?.validationErrors).toMatchObject({ reason: { _errors: ["reasonRequired"] } });
    expect(await statusOf(w.submitted.id)).toBe("SUBMITTED");

    const confirmed = await decideEvidenceAction({ id: w.submitted.id, version: 1, decision: "CONFIRM" });
    expect(confirmed?.data).toEqual({ id: w.submitted.id, status: "VERIFIED", version: 2 });
    expect(revalidated).toContain("/[locale]/evidence/[id]");
    // The score moved, so the public portal's project pages are refreshed too.
    expect(revalidated).toContain("tag:public:projects");

    await signIn(w.organizer);
    const stale = await decideEvidenceAction({ id: w.submitted.id, version: 1, decision: "DISPUTE", reason: "Figures differ" });
    expect(stale?.serverError).toMatchObject({ code: "staleVersion" });
    expect(await statusOf(w.submitted.id)).toBe("VERIFIED");
  });

  it("let only the entering organization submit and withdraw", async () => {
    const w = await setup();
    const before = await counts();
    for (const actor of [w.ru, w.cn2, w.organizer]) {
      await signIn(actor);
      const submitted = await submitEvidenceAction({ id: w.draft.id, version: 1 });
      const withdrawn = await withdrawEvidenceAction({ id: w.submitted.id, version: 1 });
      // Another organization's draft is not even found (its id must not leak); shared evidence is refused.
      expect(submitted?.serverError?.code).toBe("notFound");
      expect(withdrawn?.serverError?.code).toBe("forbidden");
    }
    expect(await counts()).toEqual(before);

    await signIn(w.cn);
    expect((await submitEvidenceAction({ id: w.draft.id, version: 1 }))?.data).toMatchObject({ status: "SUBMITTED", version: 2 });
    expect((await withdrawEvidenceAction({ id: w.submitted.id, version: 1 }))?.data).toMatchObject({ status: "WITHDRAWN" });
    expect((await submitEvidenceAction({ id: "not-a-uuid", version: 1 }))?.validationErrors).toMatchObject({
      id: { _errors: ["invalidId"] },
    });
  });
});
