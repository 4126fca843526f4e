import { beforeEach, describe, expect, it } from "vitest";

import { revokeTokensOf } from "@/lib/api-tokens/revoke-on";
import { createPersonalToken } from "@/lib/api-tokens/service";
import { ForbiddenError } from "@/lib/errors";
import * as evidence from "@/lib/evidence/service";
import { decideEvidence } from "@/lib/evidence/transitions";
import { buildExport } from "@/lib/exports/registry";
import { auditTable } from "@/lib/exports/sources/audit";
import { evidenceTable } from "@/lib/exports/sources/evidence";
import { initiativesTable } from "@/lib/exports/sources/initiatives";
import { queueTable } from "@/lib/exports/sources/queue";
import { scoresTable } from "@/lib/exports/sources/scores";
import { savePlan } from "@/lib/targets/service";

import { resetDb, testDb } from "./helpers/db";
import { createCatalog, createProjectWorld, fields } from "./helpers/evidence";
import { downloadCsv, downloadXlsx } from "./helpers/exports";
import { createInitiativeWorld } from "./helpers/initiatives";

/** The cells of one CSV line as written by lib/exports/csv.ts: every field quoted, quotes doubled. */
function cells(line: string, delimiter = ";"): string[] {
  const out: string[] = [];
  for (let i = 0; i < line.length; i++) {
    let value = "";
    for (i++; i < line.length; i++) {
      if (line[i] !== '"') value += line[i];
      else if (line[i + 1] === '"') value += line[++i];
      else break;
    }
    out.push(value);
    i++; // the delimiter
    if (i < line.length && line[i] !== delimiter) throw new Error(`not a quoted CSV line: ${line}`);
  }
  return out;
}

async function setup() {
  const catalog = await createCatalog();
  const world = await createProjectWorld();
  // A Chinese draft nobody else may see, and a submitted item the Russian partner then confirms.
  const draft = await evidence.createEvidence(world.cn, {
    projectId: world.project.id,
    fields: fields(catalog.percent.id, { value: 17, narrative: "未提交的草稿" }),
  });
  const shared = await evidence.createEvidence(
    world.cn,
    { projectId: world.project.id, fields: fields(catalog.count.id, { value: 3, narrative: "联合专利三项" }) },
    [],
    "submit",
  );
  return { ...catalog, ...world, draft, shared };
}

describe("exports read what the reader may read", () => {
  beforeEach(resetDb);

  it("a partner's evidence export lacks another organization's draft; the author's has it; history is included", async () => {
    const s = await setup();
    await decideEvidence(s.ru, {
      id: s.shared.id,
      version: s.shared.version,
      decision: "CONFIRM",
      reason: "Проверено по реестру",
    });

    const ru = await downloadCsv(evidenceTable(s.ru, s.project.id, s.project.code, "ru"), "ru");
    expect(ru.lines).toHaveLength(2);
    expect(ru.text).not.toContain("未提交的草稿");
    expect(ru.text).toContain("联合专利三项");
    // Russian headers and labels, the decision with its reason in the history column.
    expect(ru.lines[0]).toContain('"Показатель"');
    expect(ru.text).toContain("Подтверждено");
    expect(ru.text).toContain("Проверено по реестру");

    const cn = await downloadCsv(evidenceTable(s.cn, s.project.id, s.project.code, "zh"), "zh");
    expect(cn.lines).toHaveLength(3);
    expect(cn.text).toContain("未提交的草稿");

    // An organizer is no member of the organization either: the draft stays hidden.
    const organizer = await downloadCsv(evidenceTable(s.organizer, s.project.id, s.project.code, "en"));
    expect(organizer.text).not.toContain("未提交的草稿");
  });

  it("XLSX: typed numbers and dates, Chinese text intact, a frozen header, the baseline and target beside the value", async () => {
    const s = await setup();
    await savePlan(s.cn, {
      projectId: s.project.id,
      rows: [{ indicatorId: s.shared.indicatorId, include: true, baseline: 1, target: 5, version: 0 }],
    });
    const { sheet, rows } = await downloadXlsx(evidenceTable(s.cn, s.project.id, s.project.code, "zh"), "zh");
    expect(rows[0][0]).toBe("指标编号");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const submitted = rows.find((r) => r.includes("联合专利三项"))!;
    expect(submitted[3]).toBe(3);
    expect(rows[0].slice(5, 7)).toEqual(["基线值", "目标值"]);
    expect(submitted.slice(5, 7)).toEqual([1, 5]);
    expect(submitted[7]).toBeInstanceOf(Date);
    expect((submitted[7] as Date).toISOString().slice(0, 10)).toBe("2025-01-01");
    expect(sheet.getColumn(2).width).toBeGreaterThan(20);
  });

  it("the verification queue lists the other country's submitted evidence only", async () => {
    const s = await setup();
    const ru = await downloadCsv(queueTable(s.ru, "en"));
    expect(ru.lines).toHaveLength(2);
    expect(ru.lines[1]).toContain(s.project.code);
    // Same country as the author, and a partner outside the project: nothing to verify.
    expect((await downloadCsv(queueTable(s.cn2, "en"))).lines).toHaveLength(1);
    expect((await downloadCsv(queueTable(s.outsider, "en"))).lines).toHaveLength(1);
    expect((await downloadCsv(queueTable(s.organizer, "en"))).lines).toHaveLength(2);
  });

  it("scores: every snapshot, oldest first, with translated events", async () => {
    const s = await setup();
    const snapshots = await testDb().scoreSnapshot.count({ where: { projectId: s.project.id } });
    expect(snapshots).toBeGreaterThan(0);
    const { lines } = await downloadCsv(scoresTable(s.ru, s.project.id, s.project.code, "ru"), "ru");
    expect(lines).toHaveLength(1 + snapshots);
    // Russian reading: ";" between fields, decimal comma.
    expect(lines[0].split(";")[0]).toBe('"Рассчитано (UTC)"');
    expect(lines.at(-1)).toMatch(/"0,\d+"/);
  });

  it("the audit log export is for administrators only", async () => {
    const s = await setup();
    await expect(downloadCsv(auditTable(s.cn, {}, "en"))).rejects.toBeInstanceOf(ForbiddenError);
    const admin = await downloadCsv(auditTable(s.admin, {}, "en"));
    expect(admin.lines.length).toBeGreaterThan(1);
    expect(admin.lines[0]).toContain('"Action"');
  });

  it("the audit log export names each entry's entity and the ids in its values, in the export's language", async () => {
    const s = await setup();
    const db = testDb();
    const [cnOrg, project] = await Promise.all([
      db.organization.findUniqueOrThrow({ where: { id: s.cn.organizationId! } }),
      db.jointProject.findUniqueOrThrow({ where: { id: s.project.id } }),
    ]);
    // An entry that mentions another organization's draft in its values (the administrator belongs to none).
    await db.auditLog.create({
      data: {
        actorId: s.cn.id,
        action: "evidence.update",
        entityType: "Evidence",
        entityId: s.shared.id,
        after: { evidenceId: s.draft.id, projectId: s.project.id },
      },
    });

    const { lines } = await downloadCsv(await buildExport(s.admin, "audit", {}, "ru"), "ru");
    const header = cells(lines[0]);
    expect(header).toContain("Название объекта");
    const cell = (line: string, column: string) => cells(line)[header.indexOf(column)];
    const created = lines.find((l) => l.includes('"Внесено подтверждение"'))!;
    // The shared evidence by its indicator and project, in Russian; its organization, project,
    // indicator and author by name in the recorded values, not by id.
    expect(cell(created, "Название объекта")).toBe(`${s.count.code} ${s.count.nameRu} · ${project.code}`);
    const after = cell(created, "После")!;
    expect(after).toContain(`"organizationId":${JSON.stringify(cnOrg.nameRu)}`);
    expect(after).toContain(`"projectId":"${project.code} · `);
    expect(after).toContain(`"indicatorId":${JSON.stringify(`${s.count.code} ${s.count.nameRu}`)}`);
    for (const id of [cnOrg.id, project.id, s.count.id, s.cn.id]) expect(after).not.toContain(id);

    // The draft stays unnamed: its id is left as recorded and its indicator appears nowhere.
    const mention = lines.find((l) => l.includes(s.draft.id))!;
    expect(cell(mention, "После")).toContain(`"evidenceId":"${s.draft.id}"`);
    expect(lines.join("\n")).not.toContain(s.percent.nameRu);
  });

  it("the audit log export words actions, entity types and recorded codes as the page does, in Russian", async () => {
    const s = await setup();
    const { token } = await createPersonalToken(s.cn, { name: "ERP sync", scope: "READ", lifetimeDays: 30 });
    await testDb().$transaction((tx) => revokeTokensOf(tx, { userId: s.cn.id }, s.cn.id, "passwordChanged"));

    const { lines } = await downloadCsv(await buildExport(s.admin, "audit", {}, "ru"), "ru");
    const header = cells(lines[0]);
    const cell = (line: string, column: string) => cells(line)[header.indexOf(column)];
    const revoked = lines.find((l) => l.includes(token.id) && l.includes("revokedAt"))!;
    expect(cell(revoked, "Действие")).toBe("Отозван API-токен");
    expect(cell(revoked, "Объект")).toBe("API-токен");
    // The recorded values stay JSON, with the codes in the export's words.
    const after = JSON.parse(cell(revoked, "После")) as Record<string, unknown>;
    expect(after).toMatchObject({ reason: "пароль изменён", kind: "Личный", name: "ERP sync" });
    expect(typeof after.revokedAt).toBe("string");

    const created = lines.find((l) => cell(l, "Действие") === "Внесено подтверждение")!;
    expect(cell(created, "Объект")).toBe("Подтверждение");
    expect(JSON.parse(cell(created, "После"))).toMatchObject({ status: "Ожидает проверки", value: 3 });
    expect(lines.join("\n")).not.toMatch(/"(evidence\.create|apiToken\.revoke|ApiToken|PERSONAL|SUBMITTED)"/);
  });

  it("the audit log export words what is recorded inside the values too: a verification, a plan's rows", async () => {
    const s = await setup();
    await decideEvidence(s.ru, { id: s.shared.id, version: s.shared.version, decision: "RETURN", reason: "", fixes: ["Приложить акт"] });
    await savePlan(s.cn, {
      projectId: s.project.id,
      rows: [{ indicatorId: s.count.id, include: true, baseline: 1.5, target: 5, version: 0 }],
    });
    const ruOrg = await testDb().organization.findUniqueOrThrow({ where: { id: s.ru.organizationId! } });

    const { lines } = await downloadCsv(await buildExport(s.admin, "audit", {}, "ru"), "ru");
    const header = cells(lines[0]);
    const after = (action: string) => JSON.parse(cells(lines.find((l) => l.includes(`"${action}"`))!)[header.indexOf("После")]) as unknown;
    // Keys and numbers as recorded; the decision in Russian and the deciding organization by name.
    expect(after("Подтверждение возвращено на доработку")).toMatchObject({
      verification: { decision: "Возвращено на доработку", fixes: ["Приложить акт"], organizationId: ruOrg.nameRu, evidenceVersion: 1 },
    });
    // The plan is recorded as a bare list of rows, each indicator by its name.
    expect(after("Изменён план проекта")).toEqual([{ indicatorId: `${s.count.code} ${s.count.nameRu}`, baseline: 1.5, target: 5 }]);
  });

  it("initiatives with milestones: one line per milestone, progress as a percentage", async () => {
    const i = await createInitiativeWorld();
    const { lines } = await downloadCsv(initiativesTable(i.ruPartner, {}, "en"));
    expect(lines).toHaveLength(1 + 3);
    expect(lines.map((l) => l.includes("Standards committee charter"))).toEqual([false, true, true, true]);
    expect(lines[1]).toContain('"Draft charter"');
  });
});
