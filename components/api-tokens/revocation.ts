import { isTokenEndReason } from "@/lib/api-tokens/reasons";

/** The part of next-intl's translator these labels need (client `useTranslations` or server `getTranslations`). */
type Translator = (key: string, values?: Record<string, string>) => string;

/** A recorded reason in the reader's language, from a translator of `apiTokens`; null if it is not one. */
export function tokenEndReasonLabel(t: Translator, reason: unknown): string | null {
  return isTokenEndReason(reason) ? t(`endReasons.${reason}`) : null;
}

/** "Revoked — password changed, 7 Dec 2026": the token list's status of a revoked token. */
export function revokedText(t: Translator, date: string, reason: string | null): string {
  const label = tokenEndReasonLabel(t, reason);
  return label ? t("revokedBecause", { reason: label, date }) : t("revokedOn", { date });
}
