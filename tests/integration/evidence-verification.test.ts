import { beforeEach, describe, expect, it } from "vitest";

import { ForbiddenError } from "@/lib/errors";
import { getEvidenceOrThrow, listAwaitingVerification } from "@/lib/evidence/queries";
import { ZDecision } from "@/lib/evidence/schema";
import * as evidence from "@/lib/evidence/service";
import { decideEvidence, submitEvidence } from "@/lib/evidence/transitions";

import { resetDb, testDb } from "./helpers/db";
import { counts, createCatalog, createProjectWorld, fields } from "./helpers/evidence";

async function setup() {
  const catalog = await createCatalog();
  const world = await createProjectWorld();
  const submitted = await evidence.createEvidence(
    world.cn,
    { projectId: world.project.id, fields: fields(catalog.percent.id) },
    [],
    "submit",
  );
  return { ...catalog, ...world, submitted };
}

describe("counterpart verification", () => {
  beforeEach(resetDb);

  it("refuses the own organization, a same-country member, a non-member and an admin; nothing changes", async () => {
    const w = await setup();
    const before = await counts();
    for (const actor of [w.cn, w.cn2, w.outsider, w.admin]) {
      await expect(decideEvidence(actor, { id: w.submitted.id, version: 1, decision: "CONFIRM" })).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await counts()).toEqual(before);
    expect((await testDb().evidence.findUniqueOrThrow({ where: { id: w.submitted.id } })).status).toBe("SUBMITTED");
    // The page offers no decision to them either.
    expect((await getEvidenceOrThrow(w.cn, w.submitted.id, "en")).can).toMatchObject({ decide: false, edit: true });
    expect((await getEvidenceOrThrow(w.cn2, w.submitted.id, "en")).can).toMatchObject({ decide: false, edit: false });
    expect((await getEvidenceOrThrow(w.ru, w.submitted.id, "en")).can).toMatchObject({ decide: true, edit: false });
  });

  it("lets a member of the other country confirm; the verification and a snapshot are recorded", async () => {
    const w = await setup();
    const snapshotsBefore = await testDb().scoreSnapshot.count();
    const verified = await decideEvidence(w.ru, { id: w.submitted.id, version: 1, decision: "CONFIRM" });
    expect(verified).toMatchObject({ status: "VERIFIED", version: 2 });
    const [v] = await testDb().verification.findMany({ where: { evidenceId: w.submitted.id } });
    expect(v).toMatchObject({ decision: "CONFIRM", userId: w.ru.id, organizationId: w.ru.organizationId, evidenceVersion: 1 });
    const snapshots = await testDb().scoreSnapshot.findMany({ where: { projectId: w.project.id }, orderBy: { id: "asc" } });
    expect(snapshots).toHaveLength(snapshotsBefore + 1);
    expect(snapshots.at(-1)).toMatchObject({ trigger: "verification.confirm", triggerId: v.id });
    expect(snapshots.at(-1)!.uTechnology).toBeCloseTo(0.42, 6); // verified counts fully
    expect((await testDb().auditLog.findFirstOrThrow({ where: { entityId: w.submitted.id }, orderBy: { id: "desc" } })).action).toBe(
      "evidence.confirm",
    );
  });

  it("lets an organizer dispute (reason required) and return (fixes required); a stale decision is refused", async () => {
    const w = await setup();
    expect(ZDecision.safeParse({ id: w.submitted.id, version: 1, decision: "DISPUTE", reason: " " }).error?.issues[0].message).toBe(
      "reasonRequired",
    );
    expect(ZDecision.safeParse({ id: w.submitted.id, version: 1, decision: "RETURN", fixes: ["", " "] }).error?.issues[0].message).toBe(
      "fixesRequired",
    );

    const returned = await decideEvidence(
      w.organizer,
      ZDecision.parse({ id: w.submitted.id, version: 1, decision: "RETURN", fixes: ["Attach the acceptance report", " "] }),
    );
    expect(returned.status).toBe("RETURNED");
    // The Russian partner was shown version 1; after the organizer's decision that is stale.
    const before = await counts();
    await expect(
      decideEvidence(w.ru, { id: w.submitted.id, version: 1, decision: "DISPUTE", reason: "Figures differ" }),
    ).rejects.toMatchObject({ code: "staleVersion" });
    expect(await counts()).toEqual(before);

    // Returned evidence is edited and resubmitted, then disputed.
    const edited = await evidence.updateEvidence(
      w.cn,
      { id: w.submitted.id, version: 2, fields: fields(w.percent.id, { value: 40 }), removeAttachmentIds: [] },
      [],
      "submit",
    );
    expect(edited).toMatchObject({ status: "SUBMITTED", version: 3 });
    await decideEvidence(w.ru, {
      id: w.submitted.id,
      version: 3,
      decision: "DISPUTE",
      reason: "Figures differ from the plant report",
    });
    const history = (await getEvidenceOrThrow(w.cn, w.submitted.id, "en")).evidence.verifications;
    expect(history.map((v) => [v.decision, v.evidenceVersion, v.fixes, v.reason])).toEqual([
      ["RETURN", 1, ["Attach the acceptance report"], null],
      ["DISPUTE", 3, [], "Figures differ from the plant report"],
    ]);
  });

  it("only decides SUBMITTED evidence; editing VERIFIED evidence sends it back to SUBMITTED", async () => {
    const w = await setup();
    const draft = await evidence.createEvidence(w.cn, { projectId: w.project.id, fields: fields(w.count.id, { value: 12 }) });
    // A draft is invisible to the counterpart; the author's own organization may not decide it.
    await expect(decideEvidence(w.ru, { id: draft.id, version: 1, decision: "CONFIRM" })).rejects.toMatchObject({
      code: "notFound",
    });
    await expect(decideEvidence(w.cn, { id: draft.id, version: 1, decision: "CONFIRM" })).rejects.toBeInstanceOf(ForbiddenError);

    await decideEvidence(w.ru, { id: w.submitted.id, version: 1, decision: "CONFIRM" });
    await expect(decideEvidence(w.organizer, { id: w.submitted.id, version: 2, decision: "DISPUTE", reason: "x" })).rejects.toMatchObject({
      code: "notSubmitted",
    });
    await expect(submitEvidence(w.cn, { id: w.submitted.id, version: 2 })).rejects.toMatchObject({ code: "notSubmittable" });

    // A translation-only edit keeps the confirmation; a new value needs a new one.
    const translated = await evidence.updateEvidence(w.cn, {
      id: w.submitted.id,
      version: 2,
      fields: fields(w.percent.id, { translations: { en: "Localization 42 %" } }),
      removeAttachmentIds: [],
    });
    expect(translated).toMatchObject({ status: "VERIFIED", version: 3 });
    const reopened = await evidence.updateEvidence(w.cn, {
      id: w.submitted.id,
      version: 3,
      fields: fields(w.percent.id, { value: 55 }),
      removeAttachmentIds: [],
    });
    expect(reopened).toMatchObject({ status: "SUBMITTED", version: 4, value: 55 });
  });

  it("lists what waits for my verification: the other country's submitted evidence on my projects", async () => {
    const w = await setup();
    const ruItem = await evidence.createEvidence(
      w.ru,
      { projectId: w.project.id, fields: fields(w.count.id, { value: 30, originalLocale: "ru", narrative: "Обучено 30 инженеров." }) },
      [],
      "submit",
    );
    expect((await listAwaitingVerification(w.ru)).rows.map((r) => r.id)).toEqual([w.submitted.id]);
    expect((await listAwaitingVerification(w.cn)).rows.map((r) => r.id)).toEqual([ruItem.id]);
    expect((await listAwaitingVerification(w.cn2)).rows.map((r) => r.id)).toEqual([ruItem.id]);
    expect((await listAwaitingVerification(w.outsider)).total).toBe(0);
    expect((await listAwaitingVerification(w.organizer)).total).toBe(2);
  });
});
