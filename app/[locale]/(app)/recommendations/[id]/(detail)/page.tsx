import { getTranslations, setRequestLocale } from "next-intl/server";

import { ProgressBar } from "@/components/initiatives/progress-bar";
import { StatusBadge } from "@/components/initiatives/status-badge";
import { StatusDistribution } from "@/components/recommendations/status-distribution";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { loadRecommendation } from "@/lib/recommendations/load-page";

export default async function RecommendationPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "recommendation.read");
  const rec = await loadRecommendation(user, id);
  const t = await getTranslations();
  return (
    <>
      <PageHeader
        title={localized(rec, "text", locale)}
        intro={`${rec.code} · ${t(`recommendations.areas.${rec.area}`)}`}
        actions={
          <>
            {can(user, "recommendation.manage") && (
              <Link href={`/recommendations/${rec.id}/edit`} className={buttonClass("secondary")}>
                {t("recommendations.form.edit")}
              </Link>
            )}
            {can(user, "initiative.manage") && !rec.retiredAt && (
              <Link href={`/initiatives/new?recommendation=${rec.id}`} className={buttonClass("primary")}>
                {t("initiatives.new")}
              </Link>
            )}
          </>
        }
      />
      <div className="space-y-4">
        {rec.retiredAt && <Notice tone="warning">{t("recommendations.retiredNotice")}</Notice>}
        <Card>
          <dl className="grid gap-3 text-sm sm:grid-cols-2">
            <div>
              <dt className="font-medium text-slate-700">{t("recommendations.targets")}</dt>
              <dd className="mt-1 flex flex-wrap gap-1">
                {rec.dimensions.map((d) => (
                  <Badge key={d} tone="blue">
                    {t(`scores.dimensions.${d}`)}
                  </Badge>
                ))}
                {rec.indicatorCodes.map((c) => (
                  <Badge key={c}>{c}</Badge>
                ))}
              </dd>
            </div>
            <div>
              <dt className="font-medium text-slate-700">{t("recommendations.progress")}</dt>
              <dd className="mt-1">
                <ProgressBar
                  value={rec.progress}
                  label={t("recommendations.progressOf", { code: rec.code })}
                  emptyText={t("recommendations.noProgress")}
                />
              </dd>
            </div>
            <div className="sm:col-span-2">
              <StatusDistribution distribution={rec.distribution} />
            </div>
          </dl>
        </Card>
        <Card title={t("recommendations.initiatives")}>
          {rec.initiatives.length === 0 ? (
            <p className="text-sm text-slate-600">{t("recommendations.noInitiatives")}</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {rec.initiatives.map((i) => (
                <li key={i.id} className="grid gap-2 py-3 md:grid-cols-[1fr_16rem]">
                  <div>
                    <Link href={`/initiatives/${i.id}`} className="font-medium text-brand-700 hover:underline">
                      {localized(i, "title", locale)}
                    </Link>
                    <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600">
                      <StatusBadge status={i.status} />
                      <span>{i.owners.map((o) => localized(o.organization, "name", locale)).join(" · ")}</span>
                      {i.overdue > 0 && <Badge tone="red">{t("recommendations.overdue", { count: i.overdue })}</Badge>}
                    </div>
                  </div>
                  <ProgressBar
                    value={i.progress}
                    label={t("initiatives.progressOf", { title: localized(i, "title", locale) })}
                    emptyText={t("recommendations.noProgress")}
                  />
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
