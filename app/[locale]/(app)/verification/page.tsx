import { getTranslations, setRequestLocale } from "next-intl/server";

import { getUnitLabel } from "@/components/evidence/format";
import { ClientMessages } from "@/components/i18n/client-messages";
import { QueueFilters } from "@/components/verification/queue-filters";
import { QueueTable } from "@/components/verification/queue-table";
import { requirePermission } from "@/lib/auth/guard";
import { listQueue } from "@/lib/verification/queries";
import { ZQueueFilter } from "@/lib/verification/schema";

export default async function VerificationPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "verification.queue");
  const filter = ZQueueFilter.parse(await searchParams);
  const [{ rows, total, choices }, t, unitLabel] = await Promise.all([
    listQueue(user, filter, locale),
    getTranslations("queue"),
    getUnitLabel(),
  ]);
  return (
    <ClientMessages ns={["queue", "forms.evidence", "forms.intake"]}>
      <h1 className="mb-2 text-2xl font-semibold text-slate-900">{t("title")}</h1>
      <p className="mb-4 max-w-3xl text-sm text-slate-600">{t("intro")}</p>
      <div className="space-y-4">
        <QueueFilters filter={filter} choices={choices} />
        <p className="text-sm font-medium text-slate-700" data-testid="queue-total">
          {t("total", { count: total })}
        </p>
        {/* Rendered even when empty: after a bulk confirmation it says what was decided. */}
        <QueueTable
          items={rows.map((r) => ({
            id: r.id,
            version: r.version,
            value: r.value,
            unitLabel: r.indicator.kind === "ORDINAL" ? "/ 4" : unitLabel(r.indicator.unit),
            ageDays: r.ageDays,
            submittedAt: r.submittedAt?.toISOString() ?? null,
            unusual: r.outlier !== null,
            project: { id: r.project.id, code: r.project.code },
            indicator: `${r.indicator.code} · ${r.indicatorName}`,
            organization: r.organizationName,
          }))}
        />
      </div>
    </ClientMessages>
  );
}
