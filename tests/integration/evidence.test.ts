import { beforeEach, describe, expect, it } from "vitest";

import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { getAttachmentForDownload, getEvidenceOrThrow, listAwaitingVerification, listProjectEvidence } from "@/lib/evidence/queries";
import { ZEvidenceFields } from "@/lib/evidence/schema";
import * as evidence from "@/lib/evidence/service";
import { decideEvidence, submitEvidence, withdrawEvidence } from "@/lib/evidence/transitions";

import { resetDb, testDb } from "./helpers/db";
import { counts, createCatalog, createProjectWorld, fields, samples } from "./helpers/evidence";

async function setup() {
  const catalog = await createCatalog();
  const world = await createProjectWorld();
  return { ...catalog, ...world };
}

describe("evidence entry", () => {
  beforeEach(resetDb);

  it("a member enters a draft with translations and attachments, then submits it; each change is audited and scored", async () => {
    const w = await setup();
    const draft = await evidence.createEvidence(
      w.cn,
      { projectId: w.project.id, fields: fields(w.percent.id, { translations: { en: "Localization reached 42 %." } }) },
      [
        { name: "report.pdf", bytes: samples.pdf() },
        { name: "data.xlsx", bytes: samples.xlsx() },
        { name: "plan.csv", bytes: samples.csv() },
      ],
    );
    expect(draft).toMatchObject({ status: "DRAFT", version: 1, organizationId: w.cn.organizationId, originalLocale: "zh" });
    const stored = await testDb().evidenceAttachment.findMany({ where: { evidenceId: draft.id }, orderBy: { fileName: "asc" } });
    expect(stored.map((a) => [a.fileName, a.mimeType])).toEqual([
      ["data.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
      ["plan.csv", "text/csv"],
      ["report.pdf", "application/pdf"],
    ]);
    // Downloads return the exact bytes to any signed-in reader once the evidence is shared.
    const pdf = stored.find((a) => a.fileName === "report.pdf")!;
    await expect(getAttachmentForDownload(w.ru, pdf.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(Buffer.from((await getAttachmentForDownload(w.cn, pdf.id)).bytes).equals(Buffer.from(samples.pdf()))).toBe(true);

    const submitted = await submitEvidence(w.cn, { id: draft.id, version: 1 });
    expect(submitted).toMatchObject({ status: "SUBMITTED", version: 2 });
    expect((await getAttachmentForDownload(w.ru, pdf.id)).mimeType).toBe("application/pdf");

    const audit = await testDb().auditLog.findMany({ where: { entityId: draft.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["evidence.create", "evidence.submit"]);
    const snapshots = await testDb().scoreSnapshot.findMany({ where: { projectId: w.project.id }, orderBy: { id: "asc" } });
    expect(snapshots.map((s) => s.trigger)).toEqual(["evidence.create", "evidence.submit"]);
    // The submitted value counts (factor 0.5): U_TECHNOLOGY moves from 0 to 0.42 × 0.5.
    expect(snapshots[0].uTechnology).toBe(0);
    expect(snapshots[1].uTechnology).toBeCloseTo(0.21, 6);
  });

  it("marks translations outdated when the original narrative changes, and a stale edit overwrites nothing", async () => {
    const w = await setup();
    const e = await evidence.createEvidence(w.cn, {
      projectId: w.project.id,
      fields: fields(w.percent.id, { translations: { en: "Old translation", ru: "Старый перевод" } }),
    });
    const changed = await evidence.updateEvidence(w.cn, {
      id: e.id,
      version: 1,
      fields: fields(w.percent.id, { narrative: "新的叙述。", translations: { en: "Old translation", ru: "Новый перевод" } }),
      removeAttachmentIds: [],
    });
    expect(changed).toMatchObject({ version: 2, textVersion: 2 });
    const detail = await getEvidenceOrThrow(w.cn, e.id, "en");
    const byLocale = Object.fromEntries(detail.evidence.texts.map((t) => [t.locale, t]));
    expect(byLocale.zh).toMatchObject({ narrative: "新的叙述。", source: "ORIGINAL", sourceVersion: 2 });
    expect(byLocale.en).toMatchObject({ narrative: "Old translation", sourceVersion: 1 }); // outdated
    expect(byLocale.ru).toMatchObject({ narrative: "Новый перевод", sourceVersion: 2 }); // revised with it

    await expect(
      evidence.updateEvidence(w.cn, { id: e.id, version: 1, fields: fields(w.percent.id, { value: 99 }), removeAttachmentIds: [] }),
    ).rejects.toMatchObject({ code: "staleVersion" });
    expect(await testDb().evidence.findUniqueOrThrow({ where: { id: e.id } })).toMatchObject({ value: 42, version: 2 });
  });

  it("refuses bad values, periods, links and forged ids with a clear code and changes nothing", async () => {
    const w = await setup();
    const before = await counts();
    const create = (f: Parameters<typeof fields>[1], indicatorId = w.percent.id, projectId = w.project.id) =>
      evidence.createEvidence(w.cn, { projectId, fields: fields(indicatorId, f) });
    await expect(create({ value: 2.5 }, w.ordinal.id)).rejects.toMatchObject({ code: "ordinalValue", field: "value" });
    await expect(create({ value: 5 }, w.ordinal.id)).rejects.toMatchObject({ code: "ordinalValue" });
    await expect(create({ value: 120 })).rejects.toMatchObject({ code: "percentOver100" });
    await expect(create({ value: -3 }, w.count.id)).rejects.toMatchObject({ code: "valueNegative" });
    await expect(create({ value: 1e15 }, w.count.id)).rejects.toMatchObject({ code: "valueTooLarge" });
    await expect(create({}, "00000000-0000-4000-8000-000000000000")).rejects.toMatchObject({ code: "indicatorInvalid" });
    await expect(create({}, w.percent.id, "00000000-0000-4000-8000-000000000000")).rejects.toBeInstanceOf(NotFoundError);
    await expect(create({}, w.percent.id, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);

    // What the schema (shared by the form and the route) refuses before the service runs.
    const issues = (f: Parameters<typeof fields>[1]) =>
      ZEvidenceFields.safeParse(fields(w.percent.id, f)).error?.issues.map((i) => i.message);
    expect(issues({ periodStart: "2025-07-01", periodEnd: "2025-06-30" })).toEqual(["periodOrder"]);
    expect(issues({ periodEnd: "2999-01-01" })).toEqual(["periodFuture"]);
    expect(issues({ sourceUrl: "javascript:alert(1)" })).toEqual(["urlInvalid"]);
    expect(issues({ sourceUrl: "ftp://example.org/x" })).toEqual(["urlInvalid"]);
    expect(issues({ value: Number.NaN })).toEqual(["valueRequired"]);
    expect(issues({ narrative: "  " })).toEqual(["required"]);
    expect(await counts()).toEqual(before);
  });

  it("refuses oversized, disguised and too many attachments, changing nothing", async () => {
    const w = await setup();
    const before = await counts();
    const create = (files: { name: string; bytes: Uint8Array<ArrayBuffer> }[]) =>
      evidence.createEvidence(w.cn, { projectId: w.project.id, fields: fields(w.percent.id) }, files);
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(samples.pdf());
    await expect(create([{ name: "huge.pdf", bytes: big }])).rejects.toMatchObject({
      code: "attachmentTooLarge",
      values: { name: "huge.pdf" },
    });
    await expect(
      create([
        { name: "report.pdf", bytes: samples.pdf() },
        { name: "invoice.pdf", bytes: samples.html() },
      ]),
    ).rejects.toMatchObject({ code: "attachmentType", values: { name: "invoice.pdf" } });
    await expect(create([{ name: "photo.png", bytes: samples.elf() }])).rejects.toMatchObject({
      code: "attachmentType",
      values: { name: "photo.png" },
    });
    await expect(create([{ name: "sheet.xlsx", bytes: samples.docx() }])).rejects.toMatchObject({ code: "attachmentType" });
    await expect(create(Array.from({ length: 6 }, (_, i) => ({ name: `p${i}.pdf`, bytes: samples.pdf() })))).rejects.toMatchObject({
      code: "tooManyAttachments",
    });
    expect(await counts()).toEqual(before);

    // Five attached, a sixth through an edit is refused as well.
    const e = await create(Array.from({ length: 5 }, (_, i) => ({ name: `p${i}.png`, bytes: samples.png() })));
    const mid = await counts();
    await expect(
      evidence.updateEvidence(w.cn, { id: e.id, version: 1, fields: fields(w.percent.id), removeAttachmentIds: [] }, [
        { name: "six.pdf", bytes: samples.pdf() },
      ]),
    ).rejects.toMatchObject({ code: "tooManyAttachments" });
    expect(await counts()).toEqual(mid);
  });

  it("only the entering organization edits, submits or withdraws; non-members cannot enter evidence", async () => {
    const w = await setup();
    const e = await evidence.createEvidence(w.cn, { projectId: w.project.id, fields: fields(w.percent.id) }, [], "submit");
    const before = await counts();
    for (const actor of [w.cn2, w.ru, w.outsider, w.organizer, w.admin]) {
      await expect(
        evidence.updateEvidence(actor, { id: e.id, version: 1, fields: fields(w.percent.id, { value: 1 }), removeAttachmentIds: [] }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(withdrawEvidence(actor, { id: e.id, version: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    }
    for (const actor of [w.outsider, w.organizer, w.admin]) {
      await expect(evidence.createEvidence(actor, { projectId: w.project.id, fields: fields(w.percent.id) })).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    }
    expect(await counts()).toEqual(before);
    expect((await listProjectEvidence(w.outsider, w.project.id)).canCreate).toBe(false);
    expect((await listProjectEvidence(w.ru, w.project.id)).canCreate).toBe(true);

    // Withdrawn evidence stays in the history, read-only.
    const withdrawn = await withdrawEvidence(w.cn, { id: e.id, version: 1 });
    expect(withdrawn.status).toBe("WITHDRAWN");
    expect((await listProjectEvidence(w.ru, w.project.id)).rows.map((r) => r.status)).toEqual(["WITHDRAWN"]);
    await expect(
      evidence.updateEvidence(w.cn, { id: e.id, version: 2, fields: fields(w.percent.id), removeAttachmentIds: [] }),
    ).rejects.toMatchObject({ code: "evidenceWithdrawn" });
  });

  it("keeps drafts private to their organization", async () => {
    const w = await setup();
    const e = await evidence.createEvidence(w.cn, { projectId: w.project.id, fields: fields(w.percent.id) });
    expect((await listProjectEvidence(w.ru, w.project.id)).rows).toEqual([]);
    expect((await listProjectEvidence(w.cn, w.project.id)).rows).toHaveLength(1);
    await expect(getEvidenceOrThrow(w.organizer, e.id, "en")).rejects.toBeInstanceOf(NotFoundError);
    await expect(decideEvidence(w.organizer, { id: e.id, version: 1, decision: "CONFIRM" })).rejects.toBeInstanceOf(NotFoundError);
    expect((await listAwaitingVerification(w.organizer)).total).toBe(0);
  });

  it("refuses evidence for a project that is not active", async () => {
    const w = await setup();
    await testDb().jointProject.update({ where: { id: w.project.id }, data: { status: "SUSPENDED" } });
    const before = await counts();
    await expect(evidence.createEvidence(w.cn, { projectId: w.project.id, fields: fields(w.percent.id) })).rejects.toMatchObject({
      code: "projectNotActive",
    });
    expect(await counts()).toEqual(before);
    expect((await listProjectEvidence(w.cn, w.project.id)).canCreate).toBe(false);
  });
});
