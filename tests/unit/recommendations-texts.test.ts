import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { RECOMMENDATION_CATALOG } from "@/lib/seed/recommendations";

const byCode = new Map(RECOMMENDATION_CATALOG.map((r) => [r.code, r]));

describe("the recommendations' English texts", () => {
  // What each Chinese and Russian text names, and the English words that must say it too.
  const cases: [code: string, zh: string, ru: string, en: string][] = [
    ["DG-1", "关键领域", "энергетике", "key areas such as energy"],
    ["DG-2", "电力碳排放指标", "углеродных показателей", "power carbon-emission indicators"],
    ["DG-2", "数据安全", "безопасности данных", "data security"],
    ["DG-2", "人工智能伦理", "этики ИИ", "AI ethics"],
    ["DG-3", "中方倡导", "", "China-led"],
    ["TT-1", "联合学位", "двойных дипломов", "double) degree programmes"],
    ["TT-2", "政产学研交流", "между государством, бизнесом, наукой и образованием", "government, industry, academia and research"],
  ];
  for (const [code, zh, ru, en] of cases) {
    it(`${code}: "${en}" as the Chinese and Russian texts say`, () => {
      const r = byCode.get(code)!;
      expect(r.textZh).toContain(zh);
      expect(r.textRu).toContain(ru);
      expect(r.textEn).toContain(en);
    });
  }

  it("the migration brings existing databases the same English texts", () => {
    const sql = readFileSync(path.resolve("prisma/migrations/20261206211200_recommendation_texts_en/migration.sql"), "utf8");
    for (const r of RECOMMENDATION_CATALOG.filter((x) => x.code !== "TC-1")) expect(sql).toContain(`'${r.textEn}'`);
  });
});
