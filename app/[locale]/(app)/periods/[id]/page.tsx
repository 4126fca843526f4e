import { getTranslations, setRequestLocale } from "next-intl/server";

import { ClientMessages } from "@/components/i18n/client-messages";
import { PeriodStatus } from "@/components/periods/period-status";
import { ReopenForm } from "@/components/periods/reopen-form";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { Notice } from "@/components/ui/notice";
import { orNotFound, requirePermission } from "@/lib/auth/guard";
import { getFormatter } from "@/lib/i18n/formatter";
import { Link } from "@/lib/i18n/navigation";
import { periodProgress } from "@/lib/periods/service";

export default async function PeriodPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "period.manage");
  const { period, projects } = await orNotFound(periodProgress(user, id, locale));
  const [t, format] = await Promise.all([getTranslations("periods"), getFormatter()]);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <ClientMessages ns={["periods", "forms.intake"]}>
      <p className="mb-2 text-sm">
        <Link href="/periods" className="text-brand-700 hover:underline">
          {t("title")}
        </Link>
      </p>
      <h1 className="mb-2 flex items-center gap-3 text-2xl font-semibold text-slate-900">
        {period.key} <PeriodStatus period={period} />
      </h1>
      <p className="mb-4 text-sm text-slate-600">
        {day(period.startsOn)} – {day(period.endsOn)} · {t("deadline")}: {day(period.deadline)}
      </p>
      {period.reopenedUntil && period.reopenReason && (
        <div className="mb-4">
          <Notice tone="info">{t("reopened", { date: day(period.reopenedUntil), reason: period.reopenReason })}</Notice>
        </div>
      )}
      <div className="space-y-6">
        <DataTable testId="period-progress" headers={[t("columns.project"), t("columns.missing")]}>
          {projects.map((p) => (
            <tr key={p.id}>
              <td className="px-4 py-2">
                <Link href={`/projects/${p.id}`} className="text-brand-700 hover:underline">
                  <span className="font-mono text-xs">{p.code}</span> {p.title}
                </Link>
              </td>
              <td className="px-4 py-2 tabular-nums">{p.missing === 0 ? t("allReported") : format.number(p.missing)}</td>
            </tr>
          ))}
        </DataTable>
        <Card title={t("reopen")}>
          <ReopenForm id={period.id} version={period.version} />
        </Card>
      </div>
    </ClientMessages>
  );
}
