import { nestedShape } from "./fields";

/**
 * The audit log's words, shared by the page (components/audit, server or client) and its
 * download (lib/exports/sources/audit.ts) so that both say the same thing: actions, entity
 * types, field names and recorded codes in the reader's language, dates and numbers through
 * `Intl` for the reader's locale. Every function takes a translator of the whole message tree.
 */

/** The part of next-intl's translator the labels need (`useTranslations()`, `getTranslations()`, `translatorFor`). */
export type Translator = { (key: string): string; has(key: string): boolean };

/** Names of the ids inside recorded values, by raw id (lib/audit/names.ts resolves them). */
export type Names = Record<string, { label: string; href: string | null }>;

/**
 * Message lists that word a recorded code, by "EntityType.field" or by field for every entity;
 * the first list that has the code words it. Reuses the app's own words wherever they exist.
 */
export const AUDIT_CODE_WORDS: Record<string, readonly string[]> = {
  "User.role": ["roles"],
  "ApiToken.ownerRole": ["roles"],
  "JointProject.role": ["projects.roles"],
  "User.status": ["userStatus"],
  "JointProject.status": ["projects.statuses", "projects.partnerStatus"],
  "Evidence.status": ["evidence.status"],
  "Initiative.status": ["initiatives.status"],
  "Initiative.fromStatus": ["initiatives.status"],
  "Initiative.toStatus": ["initiatives.status"],
  "Initiative.kind": ["initiatives.updates.kinds"],
  "Indicator.direction": ["catalog.directions"],
  "Indicator.kind": ["catalog.kinds"],
  "Recommendation.area": ["recommendations.areas"],
  "ApiToken.kind": ["auditLog.values.tokenKinds"],
  "ApiToken.reason": ["apiTokens.endReasons"],
  "ApiToken.revokedReason": ["apiTokens.endReasons"],
  "ApiToken.scope": ["apiTokens.scopes"],
  "Organization.type": ["orgTypes"],
  "JointProject.source": ["auditLog.values.textSources"],
  "JointProject.intent": ["auditLog.values.importIntents"],
  "User.secondFactor": ["auditLog.values.secondFactors"],
  "Indicator.flags": ["catalog.flags"],
  // Inside recorded objects (lib/audit/fields.ts, NESTED_SHAPES).
  "Outlier.reasons": ["auditLog.values.outlierReasons"],
  "ModelConfig.kind": ["scores.config.normalizationKinds", "scores.config.weightingKinds"],
  "ModelConfig.couplingVariant": ["scores.config.couplingVariants"],
  "ModelConfig.missingIndicators": ["scores.config.missingIndicatorRules"],
  "ModelConfig.stage2": ["catalog.flags"],
  "ModelConfig.stage3": ["catalog.flags"],
  "CommentTarget.type": ["auditLog.values.targetTypes"],
  country: ["countries"],
  sector: ["projects.sectors"],
  alignment: ["projects.alignmentTags"],
  locale: ["languages"],
  originalLocale: ["languages"],
  decision: ["evidence.decisions"],
  dimension: ["evidence.dimensions"],
  dimensions: ["evidence.dimensions"],
};

/** Message lists that word a key that is itself a code, by shape: a scoring model's weight per dimension, factor per status. */
export const AUDIT_KEY_WORDS: Record<string, readonly string[]> = {
  ModelConfig: ["evidence.dimensions", "scores.statuses"],
};

/**
 * The messages the labels read, for a page whose client components show the log
 * (`<ClientMessages ns={[...AUDIT_MESSAGES]}>`); a unit test checks it covers AUDIT_CODE_WORDS.
 */
export const AUDIT_MESSAGES = [
  "auditLog",
  "roles",
  "userStatus",
  "countries",
  "orgTypes",
  "languages",
  "projects.roles",
  "projects.statuses",
  "projects.partnerStatus",
  "projects.sectors",
  "projects.alignmentTags",
  "evidence.status",
  "evidence.decisions",
  "initiatives.status",
  "initiatives.updates.kinds",
  "catalog.directions",
  "catalog.kinds",
  "catalog.flags",
  "scores.statuses",
  "scores.config.normalizationKinds",
  "scores.config.weightingKinds",
  "scores.config.couplingVariants",
  "scores.config.missingIndicatorRules",
  "recommendations.areas",
  "evidence.dimensions",
  "apiTokens.endReasons",
  "apiTokens.scopes",
  "notifications.kinds",
  "notifications.channels",
  "common.yes",
  "common.no",
] as const;

// Only plain names are looked up: a recorded value with dots or spaces is never a message key.
const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MIDNIGHT_UTC = /T00:00(:00(\.0+)?)?Z$/;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const lookup = (t: Translator, key: string) => (t.has(key) ? t(key) : null);

/** An audit action in the reader's language; an action without a translation shows its code. */
export function auditActionLabel(t: Translator, action: string): string {
  return lookup(t, `auditLog.actions.${action.replaceAll(".", "_")}`) ?? action;
}

export function auditEntityTypeLabel(t: Translator, entityType: string): string {
  return (NAME.test(entityType) && lookup(t, `auditLog.entityTypes.${entityType}`)) || entityType;
}

/** A user's notification settings are recorded by notification kind. */
const isNotificationKind = (t: Translator, entityType: string, field: string) =>
  entityType === "User" && t.has(`notifications.kinds.${field}`);

/**
 * A recorded field's name in the reader's language: the entity's (or nested shape's) own word for
 * it, else the word shared by every entity (`auditLog.fields.common`), else, for a key that is a
 * code, the code's word; a field without a translation shows its key.
 */
export function auditFieldLabel(t: Translator, entityType: string, field: string): string {
  if (field === "") return t("auditLog.diff.value");
  if (!NAME.test(field) || !NAME.test(entityType)) return field;
  if (isNotificationKind(t, entityType, field)) return t(`notifications.kinds.${field}`);
  const own = lookup(t, `auditLog.fields.${entityType}.${field}`) ?? lookup(t, `auditLog.fields.common.${field}`);
  return own ?? (AUDIT_KEY_WORDS[entityType] ?? []).map((list) => lookup(t, `${list}.${field}`)).find((w) => w !== null) ?? field;
}

/** A recorded code (a status, role, kind, country, …) in the reader's language; null for any other value. */
export function auditCodeLabel(t: Translator, entityType: string, field: string, value: unknown): string | null {
  if (typeof value === "boolean") return t(value ? "common.yes" : "common.no");
  if (typeof value !== "string" || !NAME.test(value)) return null;
  const lists = isNotificationKind(t, entityType, field)
    ? ["notifications.channels"]
    : (AUDIT_CODE_WORDS[`${entityType}.${field}`] ?? AUDIT_CODE_WORDS[field] ?? []);
  for (const list of lists) {
    const label = lookup(t, `${list}.${value}`);
    if (label !== null) return label;
  }
  return null;
}

/**
 * A recorded value as the download shows it: its codes worded at any depth (by the shape of the
 * object that holds them, lib/audit/fields.ts) and each id in `names` as its name; keys, numbers
 * and timestamps stay as recorded, so the value keeps its JSON shape.
 */
export function auditValueJson(t: Translator, shape: string, field: string, value: unknown, names: Names = {}): unknown {
  if (Array.isArray(value)) return value.map((v) => auditValueJson(t, shape, field, v, names));
  if (isRecord(value)) {
    const inner = nestedShape(shape, field);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, auditValueJson(t, inner, k, v, names)]));
  }
  const label = auditCodeLabel(t, shape, field, value);
  if (label !== null) return label;
  return typeof value === "string" && Object.hasOwn(names, value) ? names[value].label : value;
}

/**
 * A recorded value as the page shows it: codes worded, timestamps and numbers through `Intl`
 * for `locale` (in UTC, as every time on the site; a date without a time as a date), lists
 * joined, anything else as JSON. Null and undefined are the caller's to show as empty.
 */
export function auditValueText(t: Translator, locale: string, entityType: string, field: string, value: unknown): string {
  if (Array.isArray(value) && value.every((v) => typeof v !== "object" || v === null)) {
    // A semicolon between numbers: in Russian a comma is the decimal separator.
    const separator = value.some((v) => typeof v === "number") ? "; " : ", ";
    return value.map((v) => auditValueText(t, locale, entityType, field, v)).join(separator);
  }
  const label = auditCodeLabel(t, entityType, field, value);
  if (label !== null) return label;
  if (typeof value === "number") return new Intl.NumberFormat(locale).format(value);
  if (typeof value === "string") {
    const dateOnly = ISO_DATE.test(value) || (ISO_DATE_TIME.test(value) && MIDNIGHT_UTC.test(value));
    if (dateOnly || ISO_DATE_TIME.test(value)) {
      const date = new Date(value);
      if (!Number.isNaN(date.getTime())) {
        const style = dateOnly ? { dateStyle: "medium" as const } : { dateStyle: "medium" as const, timeStyle: "short" as const };
        return new Intl.DateTimeFormat(locale, { ...style, timeZone: "UTC" }).format(date);
      }
    }
    return value;
  }
  return value === null || value === undefined ? "" : JSON.stringify(value);
}
