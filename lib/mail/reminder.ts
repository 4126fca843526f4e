// Not `server-only`: the reminder job (scripts/worker.ts) runs this in plain Node.
import { createTranslator } from "next-intl";

import { messagesByLocale } from "@/lib/i18n/messages";
import { isLocale, type AppLocale } from "@/lib/i18n/routing";

import { layout, link, type RenderedMail, type Translate } from "./render";

export type ReminderProject = { id: string; title: string; missing: string[] };

function translator(locale: string): Translate {
  const lang: AppLocale = isLocale(locale) ? locale : "en";
  return createTranslator({ locale: lang, messages: messagesByLocale[lang] }) as unknown as Translate;
}

/** One reminder per person and period, listing what each of their projects still owes. */
export function renderReminderMail(
  locale: string,
  reminder: { period: string; deadline: Date; days: number; projects: readonly ReminderProject[] },
): RenderedMail {
  const t = translator(locale);
  const deadline = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(reminder.deadline);
  const count = reminder.projects.reduce((n, p) => n + p.missing.length, 0);
  const title = reminder.projects.map((p) => p.title).join(", ");
  const intro = [
    t("periods.reminder.intro", { period: reminder.period, deadline, days: reminder.days, project: title }),
    ...reminder.projects.flatMap((p) => p.missing.map((m) => `– ${m}`)),
    "",
    t("periods.reminder.action"),
  ].join("\n");
  const items = reminder.projects.map((p) => ({ text: p.title, url: link(locale, `/projects/${p.id}`) }));
  const body = layout((key, values) => t(`notifications.${key}`, values), locale, intro, items);
  return { subject: t("periods.reminder.subject", { count, period: reminder.period, project: title }), ...body };
}
