import { beforeEach, describe, expect, it } from "vitest";

import { ForbiddenError } from "@/lib/errors";
import { ZCreateInitiative, ZPostUpdate } from "@/lib/initiatives/schema";
import * as initiatives from "@/lib/initiatives/service";
import { getUpdateAttachmentForDownload, searchLinkableEvidence } from "@/lib/initiatives/updates";

import { resetDb, testDb } from "./helpers/db";
import { samples } from "./helpers/evidence";
import { createInitiativeWorld } from "./helpers/initiatives";
import { createEvidence, createProject, seedCatalog } from "./helpers/scores-factories";

const update = (initiativeId: string, over: Record<string, unknown> = {}) =>
  ZPostUpdate.parse({ initiativeId, body: "Charter draft circulated", ...over });
const counts = async () => ({
  updates: await testDb().initiativeUpdate.count(),
  attachments: await testDb().initiativeUpdateAttachment.count(),
  cited: await testDb().initiativeUpdateEvidence.count(),
});

describe("progress updates with attachments", () => {
  beforeEach(resetDb);

  it("stores attachments typed by their content and serves the exact bytes to signed-in readers", async () => {
    const w = await createInitiativeWorld();
    const row = await initiatives.postUpdate(w.ruPartner, update(w.initiative.id), [
      { name: "minutes.pdf", bytes: samples.pdf() },
      { name: "photo.png", bytes: samples.png() },
      { name: "budget.xlsx", bytes: samples.xlsx() },
      { name: "trainees.csv", bytes: samples.csv() },
    ]);
    const detail = await initiatives.getInitiativeOrThrow(w.outsider, w.initiative.id);
    const posted = detail.updates.find((u) => u.id === row.id)!;
    expect(posted.attachments.map((a) => [a.fileName, a.mimeType])).toEqual([
      ["minutes.pdf", "application/pdf"],
      ["photo.png", "image/png"],
      ["budget.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
      ["trainees.csv", "text/csv"],
    ]);
    // Any signed-in reader (here a partner of an unrelated organization) may download.
    const file = await getUpdateAttachmentForDownload(w.outsider, posted.attachments[0].id);
    expect(Buffer.from(file.bytes).equals(Buffer.from(samples.pdf()))).toBe(true);
    const audit = await testDb().auditLog.findFirstOrThrow({ where: { action: "initiative.update.post" } });
    expect(JSON.stringify(audit.after)).toContain("minutes.pdf");
  });

  it("refuses disguised, oversized, empty and too many files, changing nothing", async () => {
    const w = await createInitiativeWorld();
    const before = await counts();
    const post = (files: { name: string; bytes: Uint8Array<ArrayBuffer> }[]) =>
      initiatives.postUpdate(w.ruPartner, update(w.initiative.id), files);
    await expect(post([{ name: "report.pdf", bytes: samples.html() }])).rejects.toMatchObject({
      code: "attachmentType",
      values: { name: "report.pdf" },
    });
    await expect(post([{ name: "photo.png", bytes: samples.elf() }])).rejects.toMatchObject({ code: "attachmentType" });
    await expect(post([{ name: "sheet.xlsx", bytes: samples.docx() }])).rejects.toMatchObject({ code: "attachmentType" });
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(samples.pdf());
    await expect(post([{ name: "huge.pdf", bytes: big }])).rejects.toMatchObject({
      code: "attachmentTooLarge",
      values: { name: "huge.pdf", max: 10 },
    });
    await expect(post([{ name: "empty.pdf", bytes: new Uint8Array(0) }])).rejects.toMatchObject({ code: "attachmentEmpty" });
    await expect(post(Array.from({ length: 6 }, (_, i) => ({ name: `p${i}.pdf`, bytes: samples.pdf() })))).rejects.toMatchObject({
      code: "tooManyUpdateAttachments",
      values: { max: 5 },
    });
    expect(await counts()).toEqual(before);
    // Exactly five is fine.
    await post(Array.from({ length: 5 }, (_, i) => ({ name: `p${i}.png`, bytes: samples.png() })));
    expect((await counts()).attachments).toBe(5);
  });

  it("refuses updates with attachments from partners outside the owner organizations", async () => {
    const w = await createInitiativeWorld();
    const before = await counts();
    await expect(
      initiatives.postUpdate(w.outsider, update(w.initiative.id), [{ name: "minutes.pdf", bytes: samples.pdf() }]),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await counts()).toEqual(before);
  });
});

describe("progress updates citing evidence", () => {
  beforeEach(resetDb);

  async function world() {
    await seedCatalog();
    const linked = await createProject();
    const other = await createProject();
    const w = await createInitiativeWorld({ projectIds: [linked.id] });
    const [cnOrg] = linked.organizationIds;
    const verified = await createEvidence({ projectId: linked.id, organizationId: cnOrg, indicatorCode: "T1", value: 40 });
    const submitted = await createEvidence({
      projectId: linked.id,
      organizationId: cnOrg,
      indicatorCode: "I1",
      value: 2,
      status: "SUBMITTED",
    });
    const draft = await createEvidence({ projectId: linked.id, organizationId: cnOrg, indicatorCode: "T1", value: 50, status: "DRAFT" });
    const withdrawn = await createEvidence({
      projectId: linked.id,
      organizationId: cnOrg,
      indicatorCode: "T1",
      value: 60,
      status: "WITHDRAWN",
    });
    const elsewhere = await createEvidence({
      projectId: other.id,
      organizationId: other.organizationIds[0],
      indicatorCode: "T1",
      value: 70,
    });
    return { ...w, linked, other, verified, submitted, draft, withdrawn, elsewhere };
  }

  it("cites shared evidence of linked projects and shows it on the update with its status", async () => {
    const w = await world();
    const row = await initiatives.postUpdate(w.ruPartner, update(w.initiative.id, { evidenceIds: [w.verified.id, w.submitted.id] }));
    const detail = await initiatives.getInitiativeOrThrow(w.outsider, w.initiative.id);
    const cited = detail.updates.find((u) => u.id === row.id)!.evidence.map((e) => e.evidence);
    expect(cited.map((e) => [e.id, e.status, e.project.code]).sort()).toEqual(
      [
        [w.verified.id, "VERIFIED", w.linked.code],
        [w.submitted.id, "SUBMITTED", w.linked.code],
      ].sort(),
    );
  });

  it("refuses evidence from unlinked projects, drafts, withdrawn items and unknown ids, changing nothing", async () => {
    const w = await world();
    const before = await counts();
    for (const id of [w.elsewhere.id, w.draft.id, w.withdrawn.id, "00000000-0000-4000-8000-000000000000"]) {
      await expect(
        initiatives.postUpdate(w.ruPartner, update(w.initiative.id, { evidenceIds: [w.verified.id, id] })),
      ).rejects.toMatchObject({ code: "evidenceNotLinkable", field: "evidenceIds" });
    }
    expect(await counts()).toEqual(before);
    expect(
      ZPostUpdate.safeParse({ initiativeId: w.initiative.id, body: "x", evidenceIds: Array.from({ length: 11 }, () => w.verified.id) })
        .error?.issues[0].message,
    ).toBe("tooManyEvidence");
  });

  it("the picker searches only linkable evidence, by text, indicator, project and status, for contributors only", async () => {
    const w = await world();
    const ids = async (search: Record<string, string> = {}) =>
      (await searchLinkableEvidence(w.ruPartner, w.initiative.id, { q: "", ...search }, "ru")).items.map((e) => e.id).sort();
    expect(await ids()).toEqual([w.verified.id, w.submitted.id].sort());
    expect(await ids({ status: "SUBMITTED" })).toEqual([w.submitted.id]);
    const t1 = await testDb().indicator.findUniqueOrThrow({ where: { code: "T1" } });
    expect(await ids({ indicatorId: t1.id })).toEqual([w.verified.id]);
    expect(await ids({ projectId: w.other.id })).toEqual([]);
    expect(await ids({ q: "I1" })).toEqual([w.submitted.id]);
    const {
      items: [first],
      more,
    } = await searchLinkableEvidence(w.ruPartner, w.initiative.id, { q: "", indicatorId: t1.id }, "ru");
    expect(first.indicatorName).toBe(t1.nameRu);
    expect(more).toBe(false);
    await expect(searchLinkableEvidence(w.outsider, w.initiative.id, { q: "" }, "en")).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("unlinking a project keeps earlier citations; deleting a project removes its links and citations", async () => {
    const w = await world();
    await initiatives.postUpdate(w.ruPartner, update(w.initiative.id, { evidenceIds: [w.verified.id] }));
    const {
      recommendationId: _r,
      milestones: _m,
      ...fields
    } = ZCreateInitiative.parse({
      recommendationId: w.rec.id,
      titleEn: "Charter",
      titleZh: "章程",
      titleRu: "Устав",
      startDate: "2026-01-01",
      dueDate: "2026-12-31",
      ownerOrgIds: [w.cn.id, w.ru.id],
      projectIds: [w.other.id],
    });
    await initiatives.updateInitiative(w.organizer, { ...fields, id: w.initiative.id, version: w.initiative.version });
    let detail = await initiatives.getInitiativeOrThrow(w.organizer, w.initiative.id);
    expect(detail.projectIds).toEqual([w.other.id]);
    expect(detail.updates.flatMap((u) => u.evidence.map((e) => e.evidenceId))).toEqual([w.verified.id]);
    // Only the newly linked project's evidence is citable now.
    await expect(initiatives.postUpdate(w.ruPartner, update(w.initiative.id, { evidenceIds: [w.verified.id] }))).rejects.toMatchObject({
      code: "evidenceNotLinkable",
    });
    await initiatives.postUpdate(w.ruPartner, update(w.initiative.id, { evidenceIds: [w.elsewhere.id] }));

    await testDb().jointProject.delete({ where: { id: w.other.id } });
    detail = await initiatives.getInitiativeOrThrow(w.organizer, w.initiative.id);
    expect(detail.projectIds).toEqual([]);
    expect(detail.updates.flatMap((u) => u.evidence.map((e) => e.evidenceId))).toEqual([w.verified.id]);
  });
});
