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
