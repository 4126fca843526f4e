import { describe, expect, it } from "vitest";

import { localized } from "@/lib/i18n/localized";
import { pickTitle } from "@/lib/projects/texts";

const org = { nameEn: "Harbin Institute of Technology", nameZh: "哈尔滨工业大学", nameRu: "Харбинский политехнический университет" };
// An optional column left empty in Chinese.
const initiative = { descriptionEn: "Pilot lines", descriptionZh: "", descriptionRu: "Пилотные линии" };
// A project written in Russian with an English translation and no Chinese one.
const texts = [
  { locale: "ru", title: "Сборочная линия" },
  { locale: "en", title: "Assembly line" },
];

describe("text in the reader's language", () => {
  it.each([
    ["en", org.nameEn, "Pilot lines", "Assembly line"],
    ["zh", org.nameZh, "Pilot lines", "Сборочная линия"],
    ["ru", org.nameRu, "Пилотные линии", "Сборочная линия"],
    ["de", org.nameEn, "Pilot lines", "Сборочная линия"],
  ])("a %s reader sees their language, else English columns or the original project text", (locale, name, description, title) => {
    expect(localized(org, "name", locale)).toBe(name);
    expect(localized(initiative, "description", locale)).toBe(description);
    expect(pickTitle(texts, "ru", locale)).toBe(title);
  });

  it("falls back to the original project text, not whichever row comes first", () => {
    expect(pickTitle(texts, "en", "zh")).toBe("Assembly line");
    expect(pickTitle([], "en", "zh")).toBeUndefined();
  });
});
