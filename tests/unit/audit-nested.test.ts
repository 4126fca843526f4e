import { describe, expect, it } from "vitest";

import { diffRows } from "@/lib/audit/diff";
import { BARE_VALUE_FIELD } from "@/lib/audit/fields";
import { auditFieldLabel, auditValueJson } from "@/lib/audit/labels";
import { auditValueNode, type AuditNode } from "@/lib/audit/nested";
import { translatorFor } from "@/lib/exports/translate";

/** What a reader sees of a node, as plain text: "label: value" per field, " | " between cells. */
function shown(node: AuditNode): string {
  switch (node.kind) {
    case "empty":
      return "—";
    case "text":
      return node.text;
    case "fields":
      return node.fields.map((f) => `${f.label}: ${shown(f.value)}`).join("\n");
    case "list":
      return node.items.map(shown).join("\n");
    case "table":
      return [node.columns.map((c) => c.label), ...node.rows.map((r) => r.map(shown))].map((r) => r.join(" | ")).join("\n");
  }
}

const ORG = "9b2f7c1e-2a64-4d3f-9c1b-2f1e8d7a6b5c";
const INDICATOR = "3c0e8a4f-5b7d-4e2a-8f9c-1d2e3f4a5b6c";

describe("nested audit values", () => {
  const { t: ru } = translatorFor("ru");
  const { t: en } = translatorFor("en");

  it("a verification reads in Russian: its keys, its decision, its date", () => {
    const verification = {
      decision: "RETURN",
      fixes: ["Приложить акт"],
      evidenceVersion: 3,
      createdAt: "2026-12-07T09:05:00.000Z",
      organizationId: ORG,
    };
    const names = { [ORG]: { label: "Харбинский политехнический университет", href: "/admin/organizations/x" } };
    const node = auditValueNode(ru, "ru", "Evidence", "verification", verification, names);
    expect(shown(node)).toBe(
      [
        "Решение: Возвращено на доработку",
        "Что исправить: Приложить акт",
        "Версия подтверждения, по которой принято решение: 3",
        "Решение принято: 7 дек. 2026 г., 09:05",
        "Организация, принявшая решение: Харбинский политехнический университет",
      ].join("\n"),
    );
    // The worded code keeps its recorded spelling, the named id its id and page.
    const fields = node.kind === "fields" ? node.fields : [];
    expect(fields[0].value).toMatchObject({ text: "Возвращено на доработку", title: "RETURN" });
    expect(fields[4].value).toMatchObject({ title: ORG, ref: { href: "/admin/organizations/x" } });
  });

  it("numbers inside a plan and a scoring model's configuration take the Russian decimal comma", () => {
    const plan = [{ indicatorId: INDICATOR, baseline: 1234.5, target: 2000.25 }];
    const names = { [INDICATOR]: { label: "T1 Совместные патенты", href: null } };
    const field = BARE_VALUE_FIELD.JointProject;
    expect(diffRows(null, plan, field)).toEqual([{ field: "plan", before: undefined, after: plan, changed: true }]);
    expect(auditFieldLabel(ru, "JointProject", field)).toBe("План по показателям (базовые и целевые значения)");
    expect(shown(auditValueNode(ru, "ru", "JointProject", field, plan, names))).toBe(
      "Показатель | Базовое значение | Целевое значение\nT1 Совместные патенты | 1\u00a0234,5 | 2\u00a0000,25",
    );

    const config = { dimensionWeights: { TECHNOLOGY: 0.4 }, levelThresholds: [0.1, 0.25], weighting: { kind: "mix", expert: 0.5 } };
    expect(shown(auditValueNode(ru, "ru", "ScoringModel", "config", config))).toBe(
      [
        "Веса измерений α: Технологическая интеграция: 0,4",
        "Пороги уровней: 0,1; 0,25",
        "Взвешивание индикаторов: Метод: Комбинация трёх",
        "Доля экспертных весов: 0,5",
      ].join("\n"),
    );
  });

  it("an unknown key shows as recorded, and nothing recorded is dropped", () => {
    const node = auditValueNode(en, "en", "Evidence", "verification", { decision: "CONFIRM", reviewerMood: "calm" });
    expect(shown(node)).toBe("Decision: Confirmed\nreviewerMood: calm");
    // An object in a field without a known shape: keys as recorded, values still in words.
    expect(shown(auditValueNode(en, "en", "Evidence", "somethingNew", { a: 1500, b: [{ c: true }] }))).toBe("a: 1,500\nb: c\nYes");
  });

  it("the download words codes and names ids at any depth and keeps keys and numbers as JSON", () => {
    const names = { [ORG]: { label: "Харбинский политехнический университет", href: null } };
    const owners = [{ initiativeId: "x", organizationId: ORG }];
    expect(auditValueJson(ru, "Initiative", "owners", owners, names)).toEqual([
      { initiativeId: "x", organizationId: "Харбинский политехнический университет" },
    ]);
    expect(auditValueJson(ru, "Evidence", "verification", { decision: "DISPUTE", evidenceVersion: 2 })).toEqual({
      decision: "Оспорено",
      evidenceVersion: 2,
    });
    expect(auditValueJson(ru, "Evidence", "outlier", { reasons: ["history"], low: 0.5, high: 12.5 })).toEqual({
      reasons: ["прежними значениями проекта"],
      low: 0.5,
      high: 12.5,
    });
  });
});
