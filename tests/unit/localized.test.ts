import { describe, expect, it } from "vitest";

import { localized } from "@/lib/i18n/localized";
import { pickTitle } from "@/lib/projects/texts";

describe("localized", () => {
  const org = { nameEn: "Harbin Institute of Technology", nameZh: "哈尔滨工业大学", nameRu: "Харбинский политехнический университет" };
  it.each([
    ["en", "Harbin Institute of Technology"],
    ["zh", "哈尔滨工业大学"],
    ["ru", "Харбинский политехнический университет"],
    ["de", "Harbin Institute of Technology"],
  ])("names in %s", (locale, name) => {
    expect(localized(org, "name", locale)).toBe(name);
  });

  it("falls back to English when the reader's column is empty", () => {
    const initiative = { descriptionEn: "Pilot lines", descriptionZh: "", descriptionRu: "Пилотные линии" };
    expect(localized(initiative, "description", "zh")).toBe("Pilot lines");
    expect(localized(initiative, "description", "ru")).toBe("Пилотные линии");
  });
});

describe("pickTitle", () => {
  const rows = [
    { locale: "ru", title: "Сборочная линия" },
    { locale: "en", title: "Assembly line" },
  ];
  it.each([
    ["en", "Assembly line"],
    ["ru", "Сборочная линия"],
    // No Chinese text: the original (Russian here), not whichever row comes first.
    ["zh", "Сборочная линия"],
  ])("shows a %s reader their language, else the original", (locale, title) => {
    expect(pickTitle(rows, "ru", locale)).toBe(title);
  });

  it("prefers the original over the first row", () => {
    expect(pickTitle(rows, "en", "zh")).toBe("Assembly line");
    expect(pickTitle([], "en", "zh")).toBeUndefined();
  });
});
