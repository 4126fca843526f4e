import { tokenEndReasonLabel } from "@/components/api-tokens/revocation";

/** The part of next-intl's translator the labels need (client `useTranslations` or server `getTranslations`). */
type Translator = { (key: string): string; has(key: string): boolean };

/** An audit action in the reader's language; an action without a translation shows its code. */
export function auditActionLabel(t: Translator, action: string): string {
  const key = `actions.${action.replaceAll(".", "_")}`;
  return t.has(key) ? t(key) : action;
}

export function auditEntityTypeLabel(t: Translator, entityType: string): string {
  const key = `entityTypes.${entityType}`;
  return t.has(key) ? t(key) : entityType;
}

/**
 * A recorded value that is a code with words of its own, in the reader's language (`tokens`: a
 * translator of `apiTokens`); null for any other value, which shows as recorded.
 */
export function auditValueLabel(tokens: (key: string) => string, entityType: string, field: string, value: unknown): string | null {
  if (entityType === "ApiToken" && field === "reason") return tokenEndReasonLabel(tokens, value);
  return null;
}
