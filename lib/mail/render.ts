// Not `server-only`: the mail worker (scripts/worker.ts) runs this in plain Node.
import { createTranslator } from "next-intl";

import { getEnv } from "@/lib/env";
import { messagesByLocale } from "@/lib/i18n/messages";
import { isLocale, type AppLocale } from "@/lib/i18n/routing";
import type { NotificationView } from "@/lib/notifications/present";

export type RenderedMail = { subject: string; text: string; html: string };

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export type Translate = (key: string, values?: Record<string, string | number>) => string;

function translator(locale: string): Translate {
  const lang: AppLocale = isLocale(locale) ? locale : "en";
  // The merged messages carry no per-key types (next-intl's typed keys are not configured in this
  // project); tests/unit/messages.test.ts keeps the three files aligned.
  const t = createTranslator({ locale: lang, messages: messagesByLocale[lang] }) as unknown as Translate;
  return (key, values) => t(`notifications.${key}`, values);
}

/** Mails link to the public address; without NEXTAUTH_URL, to the default local one. */
export function link(locale: string, path: string): string {
  return new URL(`/${locale}${path}`, getEnv().NEXTAUTH_URL ?? "http://localhost:3000").toString();
}

function sentence(t: Translate, item: NotificationView): string {
  return t(`sentence.${item.kind}`, { actor: item.actorName, title: item.title });
}

export function layout(t: Translate, locale: string, intro: string, items: { text: string; url: string }[]): Omit<RenderedMail, "subject"> {
  const settings = link(locale, "/account");
  const footer = t("email.footer", { url: settings });
  const text = [intro, "", ...items.flatMap((i) => [`• ${i.text}`, `  ${i.url}`]), "", footer].join("\n");
  const html = [
    `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;color:#0f172a">`,
    `<p>${escapeHtml(intro).replaceAll("\n", "<br>")}</p>`,
    `<ul>${items.map((i) => `<li><a href="${escapeHtml(i.url)}">${escapeHtml(i.text)}</a></li>`).join("")}</ul>`,
    `<p style="color:#64748b;font-size:12px">${escapeHtml(footer)}</p>`,
    `</body></html>`,
  ].join("");
  return { text, html };
}

/** One notification, sent at once, in the recipient's language. */
export function renderNotificationMail(item: NotificationView, locale: string): RenderedMail {
  const t = translator(locale);
  const line = sentence(t, item);
  return {
    subject: t("email.subject", { sentence: line }),
    ...layout(t, locale, t("email.open"), [{ text: line, url: link(locale, item.href) }]),
  };
}

/** Every waiting item of one recipient in one mail. */
export function renderDigestMail(items: readonly NotificationView[], locale: string): RenderedMail {
  const t = translator(locale);
  const lines = items.map((item) => ({ text: sentence(t, item), url: link(locale, item.href) }));
  return { subject: t("email.digestSubject", { count: items.length }), ...layout(t, locale, t("email.digestIntro"), lines) };
}
