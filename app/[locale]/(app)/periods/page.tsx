import { getTranslations, setRequestLocale } from "next-intl/server";

import { ClientMessages } from "@/components/i18n/client-messages";
import { OpenPeriodForm } from "@/components/periods/open-period-form";
import { PeriodStatus } from "@/components/periods/period-status";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { requirePermission } from "@/lib/auth/guard";
import { getFormatter } from "@/lib/i18n/formatter";
import { Link } from "@/lib/i18n/navigation";
import { listPeriods, projectChoices } from "@/lib/periods/service";

export default async function PeriodsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "period.manage");
  const [periods, projects, t, format] = await Promise.all([
    listPeriods(user),
    projectChoices(user, locale),
    getTranslations("periods"),
    getFormatter(),
  ]);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <ClientMessages ns={["periods", "forms.intake"]}>
      <h1 className="mb-2 text-2xl font-semibold text-slate-900">{t("title")}</h1>
      <p className="mb-6 max-w-3xl text-sm text-slate-600">{t("intro")}</p>
      <div className="space-y-6">
        <DataTable
          testId="periods-table"
          headers={[t("columns.key"), t("columns.dates"), t("columns.deadline"), t("columns.status"), t("columns.projects")]}
          footer={periods.length === 0 ? <p className="px-4 py-3 text-sm text-slate-600">{t("none")}</p> : undefined}
        >
          {periods.map((p) => (
            <tr key={p.id}>
              <td className="px-4 py-2">
                <Link href={`/periods/${p.id}`} className="font-medium text-brand-700 hover:underline">
                  {p.key}
                </Link>
              </td>
              <td className="px-4 py-2">
                {day(p.startsOn)} – {day(p.endsOn)}
              </td>
              <td className="px-4 py-2">{day(p.deadline)}</td>
              <td className="px-4 py-2">
                <PeriodStatus period={p} />
              </td>
              <td className="px-4 py-2 tabular-nums">{format.number(p.projectCount)}</td>
            </tr>
          ))}
        </DataTable>
        <Card title={t("new")}>
          <OpenPeriodForm projects={projects} />
        </Card>
      </div>
    </ClientMessages>
  );
}
