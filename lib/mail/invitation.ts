// Not `server-only`: rendered inside the account service's transaction, also from scripts.
import { createTranslator } from "next-intl";

import { messagesByLocale } from "@/lib/i18n/messages";
import { isLocale, type AppLocale } from "@/lib/i18n/routing";

import { link, type RenderedMail, type Translate } from "./render";

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The invitation to the platform, in the invited person's language: the single-use link reaches
 * them by e-mail instead of only being shown once to the administrator (issue 14).
 */
export function renderInvitationMail(locale: string, invitation: { inviter: string; token: string; expiresAt: Date }): RenderedMail {
  const lang: AppLocale = isLocale(locale) ? locale : "en";
  const all = createTranslator({ locale: lang, messages: messagesByLocale[lang] }) as unknown as Translate;
  const t: Translate = (key, values) => all(`invitations.${key}`, values);
  const url = link(lang, `/invite/${invitation.token}`);
  const expires = new Intl.DateTimeFormat(lang, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(invitation.expiresAt);
  const intro = t("intro", { inviter: invitation.inviter, expires: `${expires} UTC` });
  const footer = t("footer");
  return {
    subject: t("subject"),
    text: [intro, "", url, "", footer].join("\n"),
    html: [
      `<!doctype html><html lang="${lang}"><body style="font-family:sans-serif;color:#0f172a">`,
      `<p>${escapeHtml(intro)}</p>`,
      `<p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>`,
      `<p style="color:#64748b;font-size:12px">${escapeHtml(footer)}</p>`,
      `</body></html>`,
    ].join(""),
  };
}
