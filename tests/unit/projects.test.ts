import { describe, expect, it } from "vitest";

import { ZCreateProject, ZProjectListQuery } from "@/lib/projects/schema";
import { buildSearchText, likePattern, pickText, type ProjectTextRow } from "@/lib/projects/texts";

const zhOriginal: ProjectTextRow = { locale: "zh", title: "智能电网", summary: "跨境调度", source: "ORIGINAL", sourceVersion: 2 };
const ruCurrent: ProjectTextRow = { locale: "ru", title: "Умная сеть", summary: "Диспетчеризация", source: "HUMAN", sourceVersion: 2 };
const enOld: ProjectTextRow = { locale: "en", title: "Smart Grid", summary: "Dispatch", source: "HUMAN", sourceVersion: 1 };

describe("pickText", () => {
  it.each([
    ["zh", "智能电网", "original"],
    ["ru", "Умная сеть", "translated"],
    ["en", "Smart Grid", "outdated"],
  ] as const)("shows a %s reader %s (%s)", (reader, title, status) => {
    const { shown, original } = pickText([zhOriginal, ruCurrent, enOld], "zh", 2, reader);
    expect(shown).toMatchObject({ title, status });
    expect(original).toMatchObject({ locale: "zh", title: "智能电网", status: "original" });
  });

  it("falls back to the original when nobody translated into the reader's language", () => {
    expect(pickText([zhOriginal], "zh", 2, "ru").shown).toMatchObject({ locale: "zh", status: "original" });
  });
});

describe("search helpers", () => {
  it("lower-cases every title and summary into one searchable text", () => {
    expect(buildSearchText([zhOriginal, ruCurrent, enOld])).toBe("智能电网\n跨境调度\nумная сеть\nдиспетчеризация\nsmart grid\ndispatch");
  });
  it("takes LIKE wildcards literally", () => {
    expect(likePattern("100%_a\\b")).toBe("%100\\%\\_a\\\\b%");
  });
});

describe("project schemas", () => {
  const valid = {
    title: "T",
    summary: "S",
    originalLocale: "ru",
    sector: "AGRICULTURE",
    location: "Amur",
    declaredStage: "2",
    startDate: "2026-01-01",
    endDate: "",
  };
  it("accepts a form's strings and normalises them", () => {
    expect(ZCreateProject.parse(valid)).toMatchObject({ declaredStage: 2, endDate: null });
  });
  it.each([
    [{ title: "   " }, "required"],
    [{ summary: "x".repeat(4001) }, "summaryTooLong"],
    [{ declaredStage: "4" }, "stageInvalid"],
    [{ declaredStage: "0" }, "stageInvalid"],
    [{ startDate: "2026-02-30x" }, "dateInvalid"],
    [{ endDate: "2025-12-31" }, "endBeforeStart"],
    [{ originalLocale: "de" }, "localeInvalid"],
  ])("refuses %o with %s", (override, message) => {
    const result = ZCreateProject.safeParse({ ...valid, ...override });
    expect(result.error?.issues.map((i) => i.message)).toContain(message);
  });
  it("reads list filters from the URL and ignores what it cannot parse", () => {
    expect(ZProjectListQuery.parse({ q: " 电网 ", sector: "ENERGY_GRID", level: "7", page: "3" })).toMatchObject({
      q: "电网",
      sector: "ENERGY_GRID",
      level: 7,
      page: 3,
      sort: "updated",
    });
    expect(ZProjectListQuery.parse({ q: "", level: "11", page: "-1", pairing: "both" })).toMatchObject({
      q: undefined,
      level: undefined,
      page: 1,
      pairing: undefined,
    });
  });
});
