import { beforeEach, describe, expect, it } from "vitest";

import { listProjects, PAGE_SIZE } from "@/lib/projects/queries";
import { ZCreateProject, ZProjectListQuery, ZUpdateProject } from "@/lib/projects/schema";
import * as projects from "@/lib/projects/service";

import { createUser, resetDb, testDb } from "./helpers/db";
import { createPairedProject, createPartner, projectInput } from "./helpers/projects";

const query = (q: Record<string, string>) => ZProjectListQuery.parse(q);
const codes = async (q: Record<string, string>, locale = "en") => {
  const reader = await createUser({ role: "ORGANIZER" });
  return (await listProjects(reader, query(q), locale)).rows.map((r) => r.title);
};

describe("project list", () => {
  beforeEach(resetDb);

  it("finds projects by words of their titles and summaries in Chinese, Russian and English", async () => {
    const grid = await createPairedProject({
      title: "中俄跨境电力互联智能电网",
      summary: "黑河—布拉戈维申斯克跨境输电与智能调度。",
      originalLocale: "zh",
      sector: "ENERGY_GRID",
    });
    await projects.saveTranslation(grid.ru.user, {
      projectId: grid.project.id,
      locale: "ru",
      title: "Трансграничное энергетическое объединение",
      summary: "Интеллектуальная диспетчеризация сетей.",
    });
    await createPairedProject({
      title: "Платформа данных демонстрационной зоны",
      summary: "Облачная платформа цифровой экономики.",
      originalLocale: "ru",
      sector: "DIGITAL_PLATFORMS",
    });
    await createPairedProject({ title: "Robot assembly line", summary: "Joint industrial robots 100% localized_parts." });

    expect(await codes({ q: "智能电网" })).toEqual(["中俄跨境电力互联智能电网"]);
    // The reader's language is shown where a person translated it.
    expect(await codes({ q: "ДИСПЕТЧЕРИЗАЦИЯ" }, "ru")).toEqual(["Трансграничное энергетическое объединение"]);
    expect(await codes({ q: "цифровой экономики" })).toEqual(["Платформа данных демонстрационной зоны"]);
    expect(await codes({ q: "industrial ROBOTS" })).toEqual(["Robot assembly line"]);
    // LIKE wildcards typed by the user are taken literally.
    expect(await codes({ q: "100%" })).toEqual(["Robot assembly line"]);
    expect(await codes({ q: "a_l" })).toEqual([]);
    expect(await codes({ q: "nothing like this" })).toEqual([]);
  });

  it("filters by sector, status, stage, level, organization and country pairing, and sorts", async () => {
    const a = await createPairedProject({ title: "A grid", sector: "ENERGY_GRID" });
    const b = await createPairedProject({ title: "B platform", sector: "DIGITAL_PLATFORMS" });
    const { user } = await createPartner("CN");
    await projects.createProject(user, projectInput({ title: "C one-sided", sector: "ENERGY_GRID" }));
    await projects.setProjectStatus(a.cn.user, { id: a.project.id, version: 1, status: "ACTIVE" });
    await testDb().jointProject.update({ where: { id: a.project.id }, data: { latestStage: 2, latestLevel: 7, latestD: 0.65 } });
    await testDb().jointProject.update({ where: { id: b.project.id }, data: { latestStage: 1, latestLevel: 4, latestD: 0.35 } });

    expect((await codes({ sector: "ENERGY_GRID" })).sort()).toEqual(["A grid", "C one-sided"]);
    expect(await codes({ status: "ACTIVE" })).toEqual(["A grid"]);
    expect(await codes({ stage: "1" })).toEqual(["B platform"]);
    expect(await codes({ level: "7" })).toEqual(["A grid"]);
    expect(await codes({ pairing: "oneSide" })).toEqual(["C one-sided"]);
    expect((await codes({ pairing: "complete" })).sort()).toEqual(["A grid", "B platform"]);
    expect(await codes({ org: b.ru.org.id })).toEqual(["B platform"]);
    expect(await codes({ sort: "d" })).toEqual(["A grid", "B platform", "C one-sided"]);
    expect(await codes({ sort: "code" })).toEqual(["A grid", "B platform", "C one-sided"]);
    // Unknown or malformed filters are ignored instead of failing the page.
    expect(query({ sector: "MINING", stage: "9", org: "x' OR 1=1 --", sort: "evil" })).toMatchObject({
      sector: undefined,
      stage: undefined,
      org: undefined,
      sort: "updated",
    });
  });

  it("pages through results with a count", async () => {
    const { user } = await createPartner("CN");
    for (let i = 0; i < PAGE_SIZE + 3; i++)
      await projects.createProject(user, projectInput({ title: `Project ${String(i).padStart(2, "0")}` }));
    const reader = await createUser({ role: "PARTNER" });
    const first = await listProjects(reader, query({ sort: "code" }), "en");
    const second = await listProjects(reader, query({ sort: "code", page: "2" }), "en");
    expect(first).toMatchObject({ total: PAGE_SIZE + 3, capped: false });
    expect(first.rows).toHaveLength(PAGE_SIZE);
    expect(second.rows.map((r) => r.title)).toEqual(["Project 20", "Project 21", "Project 22"]);
  });
});

describe("structured region and alignment tags", () => {
  beforeEach(resetDb);

  it("stores a project's region and tags, shows them on the list and filters by them", async () => {
    await createPairedProject({ title: "Heihe grid", sector: "ENERGY_GRID", regionCode: "CN-HL", alignment: ["BELT_AND_ROAD", "EAEU"] });
    await createPairedProject({
      title: "Vladivostok platform",
      sector: "DIGITAL_PLATFORMS",
      regionCode: "RU-PRI",
      alignment: ["DIGITAL_SILK_ROAD"],
    });
    await createPairedProject({ title: "Somewhere else", location: "Ulaanbaatar" });

    const reader = await createUser({ role: "ORGANIZER" });
    const rows = (await listProjects(reader, query({ region: "CN-HL" }), "en")).rows;
    expect(rows.map((r) => [r.title, r.regionCode, r.alignment])).toEqual([["Heihe grid", "CN-HL", ["BELT_AND_ROAD", "EAEU"]]]);
    expect(await codes({ alignment: "DIGITAL_SILK_ROAD" })).toEqual(["Vladivostok platform"]);
    expect((await codes({ alignment: "EAEU", region: "RU-PRI" })).length).toBe(0);
    // An unknown value in the URL is ignored, not an error.
    expect((await codes({ region: "XX-NO" })).length).toBe(3);
  });

  it("refuses an unknown region or tag with a translated error key and stores nothing", async () => {
    const bad = ZCreateProject.safeParse({ ...projectInput(), regionCode: "CN-XX" });
    expect(bad.error?.issues[0]).toMatchObject({ path: ["regionCode"], message: "regionInvalid" });
    const badTag = ZCreateProject.safeParse({ ...projectInput(), alignment: ["SILK"] });
    expect(badTag.error?.issues[0]).toMatchObject({ message: "alignmentInvalid" });
    expect(await testDb().jointProject.count()).toBe(0);
  });

  it("reports a concurrent change of the region in the conflict instead of overwriting it", async () => {
    const { project, cn, ru } = await createPairedProject({ title: "Amur bridge", regionCode: "RU-AMU" });
    const base = { ...projects.editFormValues(await projects.getProjectOrThrow(cn.user, project.id)) };
    await projects.updateProject(cn.user, ZUpdateProject.parse({ ...base, regionCode: "CN-HL" }));
    const stale = projects.updateProject(ru.user, ZUpdateProject.parse({ ...base, regionCode: "RU-KHA" }));
    await expect(stale).rejects.toMatchObject({ changes: [{ field: "regionCode", mine: "RU-KHA", current: "CN-HL" }] });
    expect(await testDb().jointProject.findUniqueOrThrow({ where: { id: project.id } })).toMatchObject({ regionCode: "CN-HL" });
  });
});
