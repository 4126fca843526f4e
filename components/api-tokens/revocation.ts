import { isTokenEndReason } from "@/lib/api-tokens/reasons";

/** The part of next-intl's translator these labels need (client `useTranslations` or server `getTranslations`). */
type Translator = (key: string, values?: Record<string, string>) => string;

/** A recorded reason in the reader's language, from a translator of `apiTokens`; null if it is not one. */
export function tokenEndReasonLabel(t: Translator, reason: unknown): string | null {
  return isTokenEndReason(reason) ? t(`endReasons.${reason}`) : null;
}

/**
 * The token list's status of a revoked token: "Revoked — password changed, 7 Dec 2026" when it
 * was ended automatically, "Revoked by Anna Admin, 7 Dec 2026" when someone revoked it by hand,
 * "Revoked by the administrator Anna Admin, 7 Dec 2026" when an administrator revoked all of a
 * person's tokens (so the owner knows who to ask why).
 */
export function revokedText(t: Translator, date: string, reason: string | null, revokedBy: string | null = null): string {
  if (reason === "administratorRevoked" && revokedBy) return t("revokedByAdministrator", { name: revokedBy, date });
  const label = tokenEndReasonLabel(t, reason);
  if (label) return t("revokedBecause", { reason: label, date });
  return revokedBy ? t("revokedBy", { name: revokedBy, date }) : t("revokedOn", { date });
}
