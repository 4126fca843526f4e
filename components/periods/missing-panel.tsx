import { getTranslations } from "next-intl/server";

import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { can, type Actor } from "@/lib/auth/permissions";
import { getFormatter } from "@/lib/i18n/formatter";
import { Link } from "@/lib/i18n/navigation";
import { daysLeft } from "@/lib/periods/rules";
import { missingForProject } from "@/lib/periods/service";

/**
 * The project page's "what is missing for the open period": one card per open period, with the
 * indicators that have no submitted evidence yet and the way to the spreadsheet import.
 */
export async function MissingPanel({
  user,
  projectId,
  locale,
  canEnter,
}: {
  user: Actor;
  projectId: string;
  locale: string;
  canEnter: boolean;
}) {
  if (!can(user, "period.read")) return null;
  const open = await missingForProject(user, projectId, locale);
  if (open.length === 0) return null;
  const [t, format] = await Promise.all([getTranslations("periods.panel"), getFormatter()]);
  return (
    <>
      {open.map(({ period, missing }) => (
        <Card key={period.id} title={t("title", { key: period.key })}>
          <div className="space-y-3" data-testid="missing-panel">
            <p className="text-sm text-slate-600">
              {t("deadline", {
                date: format.dateTime(period.deadline, { dateStyle: "medium", timeZone: "UTC" }),
                days: daysLeft(period.deadline),
              })}
            </p>
            {missing.length === 0 ? (
              <p className="text-sm text-green-800" data-testid="all-reported">
                {t("allReported")}
              </p>
            ) : (
              <>
                <p className="text-sm font-medium text-slate-800">{t("missing", { count: missing.length })}</p>
                <ul className="grid gap-1 text-sm sm:grid-cols-2" data-testid="missing-list">
                  {missing.map((i) => (
                    <li key={i.id}>
                      <span className="font-mono text-xs text-slate-500">{i.code}</span> {i.name}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {canEnter && (
              <Link href={`/projects/${projectId}/import`} className={buttonClass("secondary")} data-testid="open-import">
                {t("import")}
              </Link>
            )}
          </div>
        </Card>
      ))}
    </>
  );
}
