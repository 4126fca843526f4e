import { describe, expect, it } from "vitest";

import { confirmMany } from "@/lib/evidence/bulk";
import * as evidence from "@/lib/evidence/service";
import { decideEvidence } from "@/lib/evidence/transitions";
import { invitePartner } from "@/lib/projects/partners";

import { createOrganization, createUser, resetDb, testDb } from "./helpers/db";
import { createCatalog, createProjectWorld, fields } from "./helpers/evidence";
import { servicesOnRecordingClient } from "./helpers/recording-client";

/**
 * Every statement costs about 0.6 ms of CPU in Prisma + pg (see evidence-submit-statements). Who
 * is told of a decision or an invitation is read with the recipients' names and preferences in
 * one statement (notify's `partnersOf`), not first on its own, once per organization. These are
 * the statements each action sends today (listed in the failure message); a change that adds one
 * must raise the bound here on purpose.
 *
 * A dispute (decideEvidence), told to two partners by e-mail, 19: BEGIN; the lock (project and
 * item), the row, the members with their country; the verification, the update, the audit entry;
 * the score snapshot (2); the requests settled; the recipients; who may read the item; per mail
 * the item's title and the mail (4); the notifications; the check for pg-boss; COMMIT.
 *
 * A bulk confirmation of three items of two organizations (confirmMany), told in the app, 27:
 * BEGIN; the items' projects (to lock them in one order); per item the lock, the row, the members, the verification, the update, the audit entry
 * (18); the score snapshot (2); the requests settled; the recipients; who may read the items; the
 * notifications; COMMIT.
 *
 * An invitation (invitePartner), told to two partners by e-mail, 16: BEGIN; the project's lock,
 * the project, its members; the organization, an earlier invitation, the new one; the recipients;
 * per mail the project's title and the mail (4); the notifications; the check for pg-boss; the
 * audit entry; COMMIT.
 */
const DISPUTE_AT_MOST = 19;
const BULK_CONFIRM_AT_MOST = 27;
const INVITE_AT_MOST = 16;

describe("the statements of telling people of a decision or an invitation", () => {
  const recording = servicesOnRecordingClient();

  /**
   * The project world with a colleague of the Chinese author (told of decisions on the
   * organization's items) and a deactivated partner beside each (told of nothing).
   */
  async function world() {
    await resetDb();
    const catalog = await createCatalog();
    const w = await createProjectWorld();
    const colleague = await createUser({ organizationId: w.cn.organizationId, locale: "zh" });
    const gone = [w.cn, w.cn2, w.outsider].map((u) => createUser({ organizationId: u.organizationId, status: "DISABLED" }));
    const submitted = (author: typeof w.cn, month: string) =>
      evidence.createEvidence(
        author,
        { projectId: w.project.id, fields: fields(catalog.percent.id, { periodStart: `2025-${month}-01`, periodEnd: `2025-${month}-28` }) },
        [],
        "submit",
      );
    return { w, colleague, gone: await Promise.all(gone), submitted };
  }

  const since = (from: number) => recording.statements.slice(from).map((s) => s.sql.replace(/\s+/g, " ").trim());
  const told = async (where: { evidenceId?: string; projectId?: string }) =>
    (await testDb().notification.findMany({ where, select: { recipientId: true, kind: true } })).map((n) => [n.recipientId, n.kind]).sort();
  const sorted = (...pairs: [string, string][]) => pairs.sort();

  it("a dispute tells the author's organization's active partners, by e-mail", async () => {
    const { w, colleague, submitted } = await world();
    const item = await submitted(w.cn, "01");
    const from = recording.statements.length;
    await decideEvidence(w.ru, { id: item.id, version: item.version, decision: "DISPUTE", reason: "Figures differ" });
    const statements = since(from);
    expect(await told({ evidenceId: item.id })).toEqual(
      sorted([w.ru.id, "VERIFICATION_REQUESTED"], [w.cn.id, "EVIDENCE_DISPUTED"], [colleague.id, "EVIDENCE_DISPUTED"]),
    );
    expect((await testDb().emailOutbox.findMany({ where: { toAddress: { in: [w.cn.email, colleague.email] } } })).length).toBe(2);
    expect(statements.length, statements.join("\n")).toBeLessThanOrEqual(DISPUTE_AT_MOST);
  });

  it("a bulk confirmation tells each item's organization's active partners, whatever the number of organizations", async () => {
    const { w, colleague, submitted } = await world();
    const items = [await submitted(w.cn, "01"), await submitted(w.cn, "02"), await submitted(w.cn2, "03")];
    const from = recording.statements.length;
    const result = await confirmMany(w.ru, { items: items.map((i) => ({ id: i.id, version: i.version })) });
    const statements = since(from);
    expect(result.refused).toEqual([]);
    for (const item of items.slice(0, 2)) {
      expect(await told({ evidenceId: item.id })).toEqual(
        sorted([w.ru.id, "VERIFICATION_REQUESTED"], [w.cn.id, "EVIDENCE_CONFIRMED"], [colleague.id, "EVIDENCE_CONFIRMED"]),
      );
    }
    expect(await told({ evidenceId: items[2].id })).toEqual(sorted([w.ru.id, "VERIFICATION_REQUESTED"], [w.cn2.id, "EVIDENCE_CONFIRMED"]));
    expect(statements.length, statements.join("\n")).toBeLessThanOrEqual(BULK_CONFIRM_AT_MOST);
  });

  it("an invitation tells the invited organization's active partners, by e-mail, and no one else", async () => {
    const { w } = await world();
    const invited = await createOrganization({ country: "RU" });
    const [first, second] = [await createUser({ organizationId: invited.id }), await createUser({ organizationId: invited.id })];
    await createUser({ organizationId: invited.id, status: "DISABLED" });
    const from = recording.statements.length;
    await invitePartner(w.cn, { projectId: w.project.id, organizationId: invited.id });
    const statements = since(from);
    expect(await told({ projectId: w.project.id })).toEqual(sorted([first.id, "PROJECT_INVITATION"], [second.id, "PROJECT_INVITATION"]));
    expect((await testDb().emailOutbox.findMany({ where: { toAddress: { in: [first.email, second.email] } } })).length).toBe(2);
    expect(statements.length, statements.join("\n")).toBeLessThanOrEqual(INVITE_AT_MOST);
  });
});
