import { createFormatter, createTranslator, type AbstractIntlMessages } from "next-intl";
import { describe, expect, it } from "vitest";

import { revokedText } from "@/components/api-tokens/revocation";
import { TOKEN_END_REASONS } from "@/lib/api-tokens/reasons";
import { auditCodeLabel } from "@/lib/audit/labels";
import { translatorFor } from "@/lib/exports/translate";
import { messagesByLocale } from "@/lib/i18n/messages";

// Typed loosely, as the app's translators are (no global message type).
type Translate = (key: string, values?: Record<string, string>) => string;
const tokens = (locale: "en" | "zh" | "ru") =>
  createTranslator({ locale, messages: messagesByLocale[locale] as AbstractIntlMessages, namespace: "apiTokens" }) as unknown as Translate;
const day = (locale: "en" | "zh" | "ru") =>
  createFormatter({ locale, timeZone: "UTC" }).dateTime(new Date("2026-12-07T10:00:00Z"), { dateStyle: "medium" });

/**
 * A token ended by a password change, a deactivation… says so in the owner's list and in the
 * audit log, in the reader's language, never as the stored code ("passwordChanged").
 */
describe("why a token was revoked, as a reader sees it", () => {
  it("the token list says revoked, why and when", () => {
    expect(revokedText(tokens("en"), day("en"), "passwordChanged")).toBe("Revoked — password changed, Dec 7, 2026");
    expect(revokedText(tokens("ru"), day("ru"), "deactivated")).toBe("Отозван — учётная запись отключена, 7 дек. 2026 г.");
    expect(revokedText(tokens("zh"), day("zh"), "organizationArchived")).toBe("已撤销 — 组织已归档，2026年12月7日");
    // Revoked by hand: no reason to give.
    expect(revokedText(tokens("en"), day("en"), null)).toBe("Revoked, Dec 7, 2026");
  });

  it("a token revoked by hand names who revoked it, when the reader may see them", () => {
    expect(revokedText(tokens("en"), day("en"), null, "Anna Admin")).toBe("Revoked by Anna Admin, Dec 7, 2026");
    expect(revokedText(tokens("ru"), day("ru"), null, "Анна Админ")).toBe("Отозван пользователем Анна Админ, 7 дек. 2026 г.");
    expect(revokedText(tokens("zh"), day("zh"), null, "李伟")).toBe("已由 李伟 撤销，2026年12月7日");
    // An automatic revocation gives its reason; nobody did it by hand.
    expect(revokedText(tokens("en"), day("en"), "passwordChanged", null)).toBe("Revoked — password changed, Dec 7, 2026");
  });

  it("a token an administrator revoked with all the others of its owner names the administrator", () => {
    expect(revokedText(tokens("en"), day("en"), "administratorRevoked", "Anna Admin")).toBe(
      "Revoked by the administrator Anna Admin, Dec 7, 2026",
    );
    expect(revokedText(tokens("ru"), day("ru"), "administratorRevoked", "Анна Админ")).toBe(
      "Отозван администратором Анна Админ, 7 дек. 2026 г.",
    );
    expect(revokedText(tokens("zh"), day("zh"), "administratorRevoked", "李伟")).toBe("已由管理员 李伟 撤销，2026年12月7日");
    // Should the administrator's account be gone, the reason still says an administrator did it.
    expect(revokedText(tokens("en"), day("en"), "administratorRevoked", null)).toBe("Revoked — revoked by an administrator, Dec 7, 2026");
  });

  it("the audit log words every reason in each language, and only a token's reason", () => {
    for (const locale of ["en", "zh", "ru"] as const) {
      const labels = TOKEN_END_REASONS.map((reason) => auditCodeLabel(translatorFor(locale).t, "ApiToken", "reason", reason));
      for (const [i, label] of labels.entries()) {
        expect(label, `${locale} ${TOKEN_END_REASONS[i]}`).toMatch(/\S/);
        expect(label).not.toBe(TOKEN_END_REASONS[i]);
      }
      expect(new Set(labels).size).toBe(labels.length);
    }
    const en = translatorFor("en").t;
    expect(auditCodeLabel(en, "ApiToken", "reason", "secondFactorReset")).toBe("second factor reset by an administrator");
    expect(auditCodeLabel(en, "Comment", "reason", "passwordChanged")).toBeNull();
    expect(auditCodeLabel(en, "ApiToken", "reason", "something else")).toBeNull();
  });
});
