import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { AUDITED_FIELDS, NEVER_RECORDED } from "@/lib/audit/fields";
import { AUDIT_CODE_WORDS, AUDIT_MESSAGES, auditCodeLabel, auditFieldLabel, auditValueText } from "@/lib/audit/labels";
import { translatorFor } from "@/lib/exports/translate";
import { locales } from "@/lib/i18n/routing";

/** The scalar fields of a Prisma model, read from the schema (relations and secrets left out). */
function modelFields(model: string): string[] {
  const schema = readFileSync("prisma/schema.prisma", "utf8");
  const models = new Set([...schema.matchAll(/^model (\w+) \{/gm)].map((m) => m[1]));
  const block = schema.match(new RegExp(`^model ${model} \\{([\\s\\S]*?)^\\}`, "m"))?.[1] ?? "";
  return [...block.matchAll(/^\s+(\w+)\s+(\w+)(\[\])?\??/gm)]
    .filter(([, , type]) => !models.has(type))
    .map(([, name]) => name)
    .filter((name) => !NEVER_RECORDED.has(name));
}

const ENTITIES = [
  ...["ApiToken", "Evidence", "JointProject", "Organization", "User", "ReportingPeriod", "ScoringModel"],
  ...["Comment", "ForumEdition", "Indicator", "Initiative", "Milestone", "Recommendation"],
];

describe("audit field labels", () => {
  it("the audited fields of each entity include every field of its table", () => {
    for (const entity of ENTITIES) {
      const listed = new Set(AUDITED_FIELDS[entity]);
      expect(
        modelFields(entity).filter((f) => !listed.has(f)),
        entity,
      ).toEqual([]);
    }
  });

  it.each(locales)("every audited field has a label in %s", (locale) => {
    const { t } = translatorFor(locale);
    const missing = Object.entries(AUDITED_FIELDS).flatMap(([entity, fields]) =>
      fields.filter((f) => auditFieldLabel(t, entity, f) === f).map((f) => `${entity}.${f}`),
    );
    expect(missing).toEqual([]);
    expect(Object.keys(AUDITED_FIELDS)).toEqual(expect.arrayContaining(ENTITIES));
  });

  it("a token revocation reads in Russian: field names, its kind, reason, date and numbers", () => {
    const { t } = translatorFor("ru");
    expect(auditFieldLabel(t, "ApiToken", "revokedAt")).toBe("Отозван");
    expect(auditFieldLabel(t, "ApiToken", "reason")).toBe("Причина отзыва");
    expect(auditValueText(t, "ru", "ApiToken", "kind", "PERSONAL")).toBe("Личный");
    expect(auditValueText(t, "ru", "ApiToken", "kind", "ORGANIZATION")).toBe("Организации");
    expect(auditValueText(t, "ru", "ApiToken", "reason", "passwordChanged")).toBe("пароль изменён");
    expect(auditValueText(t, "ru", "ApiToken", "revokedAt", "2026-12-07T09:05:00.000Z")).toBe("7 дек. 2026 г., 09:05");
    expect(auditValueText(t, "ru", "Evidence", "value", 1234.5)).toBe("1\u00a0234,5");
    expect(auditValueText(t, "ru", "Evidence", "periodStart", "2026-01-01T00:00:00.000Z")).toBe("1 янв. 2026 г.");
  });

  it("enum values reuse the app's own words; anything else shows as recorded", () => {
    const { t: en } = translatorFor("en");
    const { t: zh } = translatorFor("zh");
    expect(auditValueText(en, "en", "User", "role", "ADMIN")).toBe("Administrator");
    expect(auditValueText(en, "en", "User", "status", "INVITED")).toBe("Invited");
    expect(auditValueText(en, "en", "Organization", "country", "RU")).toBe("Russia");
    expect(auditValueText(en, "en", "Organization", "type", "ENTERPRISE")).toBe("Enterprise");
    expect(auditValueText(en, "en", "JointProject", "sector", "ENERGY_GRID")).toBe("Energy and power grids");
    expect(auditValueText(en, "en", "JointProject", "status", "PENDING")).toBe("Invitation pending");
    expect(auditValueText(en, "en", "JointProject", "alignment", ["BELT_AND_ROAD", "EAEU"])).toBe(
      `Belt and Road, ${en("projects.alignmentTags.EAEU")}`,
    );
    expect(auditValueText(en, "en", "Evidence", "status", "SUBMITTED")).toBe("Awaiting verification");
    expect(auditValueText(en, "en", "User", "locale", "ru")).toBe("Русский");
    expect(auditValueText(en, "en", "User", "EVIDENCE_DISPUTED", "EMAIL")).toBe("E-mail immediately");
    expect(auditFieldLabel(en, "User", "EVIDENCE_DISPUTED")).toBe("My evidence disputed");
    expect(auditValueText(en, "en", "ScoringModel", "active", true)).toBe("Yes");
    expect(auditValueText(en, "en", "Initiative", "toStatus", "STALLED")).toBe("Stalled");
    expect(auditValueText(en, "en", "Recommendation", "dimensions", ["TECHNOLOGY"])).toBe(en("evidence.dimensions.TECHNOLOGY"));
    expect(auditValueText(zh, "zh", "ApiToken", "rateLimit", 12000)).toBe("12,000");
    // A name is not a code, even when it spells one.
    expect(auditCodeLabel(en, "Organization", "nameEn", "RU")).toBeNull();
    expect(auditValueText(en, "en", "Organization", "nameEn", "Harbin Institute")).toBe("Harbin Institute");
    expect(auditFieldLabel(en, "Organization", "noSuchField")).toBe("noSuchField");
  });

  it("the audit page sends every message list the labels read", () => {
    const sent = (key: string) => AUDIT_MESSAGES.some((ns) => key === ns || key.startsWith(`${ns}.`));
    const read = [...new Set(Object.values(AUDIT_CODE_WORDS).flat())];
    expect(read.filter((list) => !sent(list))).toEqual([]);
  });
});
