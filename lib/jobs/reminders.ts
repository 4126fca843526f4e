// Not `server-only`: started by scripts/worker.ts in plain Node.
import { randomUUID } from "node:crypto";

import type { Db } from "@/lib/db/client";
import { localized } from "@/lib/i18n/localized";
import { queueMail } from "@/lib/mail/outbox";
import { renderReminderMail } from "@/lib/mail/reminder";
import { defaultChannel } from "@/lib/notifications/kinds";
import { missingIndicators } from "@/lib/periods/progress";
import { closesAt, daysLeft, dueReminder } from "@/lib/periods/rules";
import { pickTitle } from "@/lib/projects/texts";

import { enqueueDeliveries } from "./queues";

/**
 * Reminders before a reporting deadline (14, 3 and 1 days, lib/periods/rules.ts), run by the
 * worker every hour. Only partners of projects with indicators still missing in an open period
 * hear anything; whoever has reported everything gets nothing. Each person gets one reminder per
 * period and offset, however many of their projects owe something and however often or on how
 * many workers the job runs: the key (period, user, days before) is claimed in the transaction
 * that writes the notifications and the mail. Texts are in the recipient's language. Returns the
 * number of people reminded.
 */
export async function sendPeriodReminders(db: Db, now: Date = new Date()): Promise<number> {
  const periods = await db.reportingPeriod.findMany({
    where: { OR: [{ deadline: { gt: now } }, { reopenedUntil: { gt: now } }] },
    select: { id: true, key: true, deadline: true, reopenedUntil: true, projects: { select: { projectId: true } } },
  });
  let reminded = 0;
  for (const period of periods) {
    const closes = closesAt(period);
    const days = dueReminder(closes, now);
    if (days === null) continue;
    const missing = await missingIndicators(
      db,
      period.id,
      period.projects.map((p) => p.projectId),
    );
    const owing = [...missing].filter(([, ids]) => ids.length > 0);
    if (owing.length === 0) continue;
    const projectIds = owing.map(([id]) => id);
    const [projects, indicators, partners] = await Promise.all([
      db.jointProject.findMany({
        where: { id: { in: projectIds } },
        select: { id: true, originalLocale: true, texts: { select: { locale: true, title: true } } },
      }),
      db.indicator.findMany({
        where: { id: { in: [...new Set(owing.flatMap(([, ids]) => ids))] } },
        select: { id: true, code: true, nameEn: true, nameZh: true, nameRu: true },
      }),
      db.projectPartner.findMany({
        where: { projectId: { in: projectIds }, status: "ACCEPTED" },
        select: {
          projectId: true,
          organization: {
            select: { users: { where: { role: "PARTNER", status: "ACTIVE" }, select: { id: true, email: true, locale: true } } },
          },
        },
      }),
    ]);
    const projectById = new Map(projects.map((p) => [p.id, p]));
    const indicatorById = new Map(indicators.map((i) => [i.id, i]));
    // Person → the projects they owe something on.
    const people = new Map<string, { user: { id: string; email: string; locale: "en" | "zh" | "ru" }; projectIds: string[] }>();
    for (const row of partners) {
      for (const user of row.organization.users) {
        const entry = people.get(user.id) ?? { user, projectIds: [] };
        entry.projectIds.push(row.projectId);
        people.set(user.id, entry);
      }
    }
    for (const { user, projectIds: mine } of people.values()) {
      const sent = await db.$transaction(async (tx) => {
        const claimed = await tx.$queryRaw<{ user_id: string }[]>`
          INSERT INTO period_reminders (period_id, user_id, days_before)
          VALUES (${period.id}::uuid, ${user.id}::uuid, ${days})
          ON CONFLICT DO NOTHING RETURNING user_id`;
        if (claimed.length === 0) return false;
        const preference = await tx.notificationPreference.findUnique({
          where: { userId_kind: { userId: user.id, kind: "PERIOD_REMINDER" } },
          select: { channel: true },
        });
        const channel = preference?.channel ?? defaultChannel("PERIOD_REMINDER");
        let emailId: string | null = null;
        if (channel === "EMAIL") {
          const mail = renderReminderMail(user.locale, {
            period: period.key,
            deadline: closes,
            days: daysLeft(closes, now),
            projects: mine.map((id) => {
              const project = projectById.get(id);
              return {
                id,
                title: (project && pickTitle(project.texts, project.originalLocale, user.locale)) ?? id,
                missing: (missing.get(id) ?? []).map((i) => {
                  const indicator = indicatorById.get(i);
                  return indicator ? `${indicator.code} · ${localized(indicator, "name", user.locale)}` : i;
                }),
              };
            }),
          });
          emailId = (await queueMail(tx, user, mail)).id;
        }
        await tx.notification.createMany({
          data: mine.map((projectId) => ({
            id: randomUUID(),
            recipientId: user.id,
            kind: "PERIOD_REMINDER" as const,
            projectId,
            channel,
            emailId,
            createdAt: now,
          })),
        });
        if (emailId) await enqueueDeliveries(tx, [emailId]);
        return true;
      });
      if (sent) reminded += 1;
    }
  }
  return reminded;
}
