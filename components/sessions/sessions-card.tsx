import { getTranslations } from "next-intl/server";

import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import type { Actor } from "@/lib/auth/permissions";
import { getCurrentSessionId } from "@/lib/auth/session";
import { getFormatter } from "@/lib/i18n/formatter";
import { listOwnSessions } from "@/lib/sessions/service";

import { EndOtherSessionsButton, EndSessionButton } from "./end-session-buttons";

/** /account: where the person is signed in, and ending the sessions they no longer trust. */
export async function SessionsCard({ user }: { user: Actor }) {
  const t = await getTranslations("account.sessions");
  const format = await getFormatter();
  const sessions = await listOwnSessions(user, await getCurrentSessionId());
  const others = sessions.filter((s) => !s.current).length;
  // The platform's time zone (UTC), as every time on the site; the intro says so.
  const dateTime = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const headers = [
    t("columns.started"),
    t("columns.expires"),
    t("columns.ip"),
    <span key="actions" className="sr-only">
      {t("columns.actions")}
    </span>,
  ];
  return (
    <Card title={t("title")} className="lg:col-span-2">
      <p className="mb-4 max-w-3xl text-sm text-slate-600">{t("intro")}</p>
      <DataTable headers={headers} testId="sessions" caption={t("title")}>
        {sessions.map((session) => (
          <tr key={session.id} data-testid="session-row" data-current={session.current || undefined}>
            <td className="px-4 py-2 whitespace-nowrap">
              {dateTime(session.createdAt)}
              {session.current && (
                <span className="ml-2">
                  <Badge tone="green">{t("current")}</Badge>
                </span>
              )}
            </td>
            <td className="px-4 py-2 whitespace-nowrap">{dateTime(session.expiresAt)}</td>
            <td className="px-4 py-2 font-mono text-xs">{session.ip}</td>
            <td className="px-4 py-2 text-right">
              {!session.current && <EndSessionButton id={session.id} started={dateTime(session.createdAt)} ip={session.ip} />}
            </td>
          </tr>
        ))}
      </DataTable>
      <div className="mt-4">
        <EndOtherSessionsButton others={others} />
      </div>
    </Card>
  );
}
