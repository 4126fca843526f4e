import { beforeEach, describe, expect, it } from "vitest";

import { csvStream } from "@/lib/exports/response";
import { projectsTable } from "@/lib/exports/sources/projects";
import { ZProjectListQuery } from "@/lib/projects/schema";

import { createUser, resetDb, testDb, testSql } from "./helpers/db";
import { createProjectWorld } from "./helpers/evidence";
import { downloadCsv, downloadXlsx } from "./helpers/exports";

const query = (q: Record<string, string> = {}) => ZProjectListQuery.parse(q);

/** `n` active projects coded BULK-000001…, each with a Chinese lead and a Russian partner, generated in SQL. */
async function bulkProjects(n: number) {
  const world = await createProjectWorld();
  const sql = testSql();
  const [cn, ru] = await Promise.all([
    testDb().organization.findFirstOrThrow({ where: { country: "CN" } }),
    testDb().organization.findFirstOrThrow({ where: { country: "RU" } }),
  ]);
  await sql.begin(async (tx) => {
    await tx`
      INSERT INTO joint_projects (id, code, sector, location, declared_stage, status, start_date, original_locale, search_text, updated_at, latest_d, latest_level, latest_stage)
      SELECT gen_random_uuid(), 'BULK-' || lpad(g::text, 6, '0'), 'ENERGY_GRID'::"Sector", 'Harbin', 1, 'ACTIVE'::"ProjectStatus", date '2025-01-01', 'zh'::"Locale",
             'bulk ' || g, now() - make_interval(secs => g), (g % 100) / 100.0, 1 + g % 10, 1 + g % 3
      FROM generate_series(1, ${n}) g`;
    await tx`
      INSERT INTO project_texts (project_id, locale, title, summary, source, source_version, updated_at)
      SELECT id, 'zh'::"Locale", '智能电网联合项目 ' || code, '摘要', 'ORIGINAL'::"TextSource", 1, now() FROM joint_projects WHERE code LIKE 'BULK-%'`;
    await tx`
      INSERT INTO project_partners (project_id, organization_id, role, status)
      SELECT id, ${cn.id}::uuid, 'LEAD'::"PartnerRole", 'ACCEPTED'::"PartnerStatus" FROM joint_projects WHERE code LIKE 'BULK-%'
      UNION ALL SELECT id, ${ru.id}::uuid, 'PARTNER'::"PartnerRole", 'ACCEPTED'::"PartnerStatus" FROM joint_projects WHERE code LIKE 'BULK-%'`;
  });
  return world;
}

describe("project list export", () => {
  beforeEach(resetDb);

  it("exports every project matching the filters, not only the page, in the list's order", async () => {
    const w = await bulkProjects(30);
    const { lines } = await downloadCsv(projectsTable(w.cn, query({ q: "bulk", sort: "code" }), "zh"), "zh");
    expect(lines).toHaveLength(31);
    expect(lines[1]).toContain('"BULK-000001"');
    expect(lines[1]).toContain("智能电网联合项目 BULK-000001");
    expect(lines[30]).toContain('"BULK-000030"');
    // The Russian partner's name in the Russian-partners column, in the reader's language.
    expect(lines[0]).toContain('"俄方合作单位"');
  });

  it("neutralizes spreadsheet formulas in text cells", async () => {
    const w = await createProjectWorld();
    await testDb().projectText.update({
      where: { projectId_locale: { projectId: w.project.id, locale: "en" } },
      data: { title: '=HYPERLINK("http://evil.example","x")' },
    });
    await testDb().jointProject.update({ where: { id: w.project.id }, data: { location: "@SUM(A1)" } });
    const { text } = await downloadCsv(projectsTable(w.cn, query(), "en"));
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(text).toContain(`"'@SUM(A1)"`);
    // The XLSX keeps the text as text (a string cell is never a formula).
    const { rows } = await downloadXlsx(projectsTable(w.cn, query(), "en"));
    expect(rows[1][1]).toBe('=HYPERLINK("http://evil.example","x")');
  });

  it("streams 10,000 projects page by page: rows are read from the database as the file is read", async () => {
    const w = await bulkProjects(10_000);
    const reader = await createUser({ role: "ORGANIZER" });
    const stream = csvStream(projectsTable(reader, query({ sort: "code" }), "en"), "en").getReader();
    const decoder = new TextDecoder();
    let text = decoder.decode((await stream.read()).value);
    // A project registered while the download runs, sorting last, still arrives: nothing had
    // loaded the whole list up front.
    await testDb().jointProject.create({
      data: {
        code: "ZZZ-LATE",
        sector: "OTHER",
        location: "Vladivostok",
        declaredStage: 1,
        startDate: new Date("2026-01-01"),
        originalLocale: "en",
        texts: { create: { locale: "en", title: "Late arrival", summary: "s", source: "ORIGINAL", sourceVersion: 1 } },
      },
    });
    for (let next = await stream.read(); !next.done; next = await stream.read()) text += decoder.decode(next.value, { stream: true });
    const lines = text.trimEnd().split("\r\n");
    expect(lines).toHaveLength(1 + 10_000 + 1 + 1); // header, bulk, the world's project, the late one
    expect(lines.at(-1)).toContain('"ZZZ-LATE"');
    expect(w.project.code < "ZZZ").toBe(true);

    const { rows } = await downloadXlsx(projectsTable(reader, query({ q: "bulk", sort: "code" }), "en"));
    expect(rows).toHaveLength(1 + 10_000);
    expect(rows[10_000][0]).toBe("BULK-010000");
    expect(typeof rows[10_000][7]).toBe("number");
  }, 120_000);
});
