import { beforeEach, describe, expect, it } from "vitest";

import { ForbiddenError } from "@/lib/errors";
import { listProjects } from "@/lib/projects/queries";
import { ZProjectListQuery } from "@/lib/projects/schema";
import { REGIONS } from "@/lib/regions/catalog";
import { mapShapes } from "@/lib/regions/map-shapes";
import { regionMapStats } from "@/lib/regions/map-stats";

import { createUser, resetDb, testDb } from "./helpers/db";
import { createPairedProject } from "./helpers/projects";

const score = (id: string, latestD: number) => testDb().jointProject.update({ where: { id }, data: { latestD } });

describe("region map", () => {
  beforeEach(resetDb);

  it("counts projects per region and averages their coordination degree over the scored ones", async () => {
    const a = await createPairedProject({ title: "Harbin robots", regionCode: "CN-HL" });
    const b = await createPairedProject({ title: "Heihe grid", regionCode: "CN-HL" });
    await createPairedProject({ title: "Heilongjiang, not scored yet", regionCode: "CN-HL" });
    const c = await createPairedProject({ title: "Vladivostok port", regionCode: "RU-PRI" });
    await createPairedProject({ title: "Somewhere", regionCode: "" });
    await score(a.project.id, 0.4);
    await score(b.project.id, 0.7);
    await score(c.project.id, 0.25);

    const organizer = await createUser({ role: "ORGANIZER" });
    const stats = await regionMapStats(organizer);
    expect(stats.organizationId).toBeNull();
    expect(stats.regions).toEqual([
      { code: "CN-HL", projects: 3, scored: 2, meanD: expect.closeTo(0.55, 10) },
      { code: "RU-PRI", projects: 1, scored: 1, meanD: 0.25 },
    ]);
    expect(stats.unplaced).toBe(1);

    // The figure agrees with the list the region links to.
    const list = await listProjects(organizer, ZProjectListQuery.parse({ region: "CN-HL" }), "en");
    expect(list.total).toBe(3);
  });

  it("shows a partner only its own organization's projects, and administrators everything", async () => {
    const mine = await createPairedProject({ title: "Ours in Amur", regionCode: "RU-AMU" });
    await score(mine.project.id, 0.8);
    const other = await createPairedProject({ title: "Theirs in Amur", regionCode: "RU-AMU" });
    await score(other.project.id, 0.2);
    await createPairedProject({ title: "Theirs in Jilin", regionCode: "CN-JL" });

    const partner = mine.ru.user;
    const own = await regionMapStats(partner);
    expect(own.organizationId).toBe(mine.ru.org.id);
    expect(own.regions).toEqual([{ code: "RU-AMU", projects: 1, scored: 1, meanD: 0.8 }]);
    // What the partner's region link opens (region and organization) shows the same project.
    const list = await listProjects(partner, ZProjectListQuery.parse({ region: "RU-AMU", org: mine.ru.org.id }), "en");
    expect(list.rows.map((r) => r.title)).toEqual(["Ours in Amur"]);

    const admin = await createUser({ role: "ADMIN" });
    const all = await regionMapStats(admin);
    expect(all.regions.map((r) => [r.code, r.projects])).toEqual([
      ["CN-JL", 1],
      ["RU-AMU", 2],
    ]);
    expect(all.regions[1].meanD).toBeCloseTo(0.5, 10);
  });

  it("refuses a partner without an organization and an unknown role", async () => {
    await createPairedProject({ regionCode: "CN-LN" });
    const loose = await createUser({ role: "PARTNER", organizationId: null });
    await expect(regionMapStats(loose)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(regionMapStats({ id: loose.id, role: "GUEST", organizationId: null })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("has a shape for every region of the catalog", () => {
    const shapes = mapShapes();
    expect(shapes.regions.map((r) => r.code).sort()).toEqual(REGIONS.map((r) => r.code).sort());
    for (const shape of shapes.regions) expect(shape.d).toMatch(/^M[\d.]+,[\d.]+/);
    // City regions get a dot to point at; the large provinces do not.
    const small = new Set(shapes.regions.filter((r) => r.small).map((r) => r.code));
    expect(small.has("RU-MOW")).toBe(true);
    expect(small.has("CN-HL")).toBe(false);
  });
});
