import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";
import { z } from "zod";

import { AUDITED_FIELDS, NESTED_FIELDS, NESTED_SHAPES, NEVER_RECORDED } from "@/lib/audit/fields";
import { AUDIT_CODE_WORDS, AUDIT_KEY_WORDS, AUDIT_MESSAGES, auditCodeLabel, auditFieldLabel, auditValueText } from "@/lib/audit/labels";
import { ZTarget } from "@/lib/comments/schema";
import { outlierOf } from "@/lib/evidence/outliers";
import { translatorFor } from "@/lib/exports/translate";
import { locales } from "@/lib/i18n/routing";
import { ZModelConfig } from "@/lib/scores/schema";

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

/** Every property name at any depth of a JSON schema (a zod schema's `z.toJSONSchema`). */
function schemaKeys(schema: unknown): string[] {
  if (typeof schema !== "object" || schema === null) return [];
  const own = Object.keys((schema as { properties?: object }).properties ?? {});
  return [...new Set([...own, ...Object.values(schema).flatMap((v) => (Array.isArray(v) ? v.flatMap(schemaKeys) : schemaKeys(v)))])];
}

/**
 * The keys the services record inside before/after, read from their sources where they are
 * defined once: whole rows of a table, a zod schema, the outlier warning the evidence service stores.
 */
const RECORDED_NESTED_KEYS: Record<string, string[]> = {
  Verification: modelFields("Verification"),
  InitiativeOwner: modelFields("InitiativeOwner"),
  InitiativeProject: modelFields("InitiativeProject"),
  // The scoring model's configuration, and the version it is recorded with.
  ModelConfig: ["version", ...schemaKeys(z.toJSONSchema(ZModelConfig, { io: "input" }))],
  Outlier: Object.keys(outlierOf(1000, "QUANTITATIVE", { history: [1, 1, 1], portfolio: null })!),
  CommentTarget: Object.keys(ZTarget.shape),
};

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

  it("the nested fields of each shape include every key its source records", () => {
    const { t: en } = translatorFor("en");
    // A key that is a code (a dimension's weight, a status's factor) is worded as the code.
    const isCode = (shape: string, key: string) => (AUDIT_KEY_WORDS[shape] ?? []).some((list) => en.has(`${list}.${key}`));
    expect(RECORDED_NESTED_KEYS.ModelConfig).toEqual(expect.arrayContaining(["stage3", "minIndicators", "TECHNOLOGY", "WITHDRAWN"]));
    for (const [shape, keys] of Object.entries(RECORDED_NESTED_KEYS)) {
      const listed = new Set(NESTED_FIELDS[shape]);
      expect(keys.length, shape).toBeGreaterThan(0);
      expect(
        keys.filter((k) => !listed.has(k) && !isCode(shape, k)),
        shape,
      ).toEqual([]);
    }
    // Attachments are recorded by a selection of their table's columns.
    const attachmentColumns = new Set(modelFields("EvidenceAttachment"));
    expect(NESTED_FIELDS.Attachment.filter((k) => !attachmentColumns.has(k))).toEqual([]);
    // Every shape a field names has its keys listed, as an audited entity or a nested shape.
    expect(Object.values(NESTED_SHAPES).filter((shape) => !NESTED_FIELDS[shape] && !AUDITED_FIELDS[shape])).toEqual([]);
  });

  it.each(locales)("every nested key a service records has a label in %s", (locale) => {
    const { t } = translatorFor(locale);
    const shapes = new Set([...Object.keys(NESTED_FIELDS), ...Object.keys(RECORDED_NESTED_KEYS)]);
    const recorded = [...shapes].flatMap((shape) =>
      [...new Set([...(NESTED_FIELDS[shape] ?? []), ...(RECORDED_NESTED_KEYS[shape] ?? [])])].map((key) => [shape, key] as const),
    );
    const missing = recorded.filter(([shape, key]) => auditFieldLabel(t, shape, key) === key);
    expect(missing.map(([shape, key]) => `${shape}.${key}`)).toEqual([]);
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
    const read = [...new Set([...Object.values(AUDIT_CODE_WORDS), ...Object.values(AUDIT_KEY_WORDS)].flat())];
    expect(read.filter((list) => !sent(list))).toEqual([]);
  });
});
