import { getTranslations, setRequestLocale } from "next-intl/server";

import { ClientMessages } from "@/components/i18n/client-messages";
import { RescoreProgress } from "@/components/scores/rescore-progress";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { Notice } from "@/components/ui/notice";
import { requirePermission } from "@/lib/auth/guard";
import { getFormatter } from "@/lib/i18n/formatter";
import { Link } from "@/lib/i18n/navigation";
import { latestRescoreJob } from "@/lib/scores/rescore";
import { listModelVersions } from "@/lib/scores/versions";

export default async function ScoringModelsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "scoringModel.manage");
  const [versions, job, t, format] = await Promise.all([
    listModelVersions(user),
    latestRescoreJob(user),
    getTranslations(),
    getFormatter(),
  ]);
  const created = Number((await searchParams).created) || null;
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : "—");
  return (
    <ClientMessages ns={["scores.admin", "scores.job", "forms.scores"]}>
      <PageHeader
        title={t("scores.admin.title")}
        intro={t("scores.admin.intro")}
        actions={
          <>
            <Link href="/admin/catalog" className={buttonClass("secondary")}>
              {t("scores.admin.toCatalog")}
            </Link>
            <Link href="/admin/scoring/new" className={buttonClass("primary")}>
              {t("scores.admin.newVersion")}
            </Link>
          </>
        }
      />
      <div className="space-y-4">
        {created && (
          <Notice tone="success" testId="model-created">
            {t("scores.admin.createdNotice", { version: created })}
          </Notice>
        )}
        {job && (
          <Card>
            <RescoreProgress key={job.id} initial={job} />
          </Card>
        )}
        <DataTable
          testId="model-versions"
          headers={[
            t("scores.admin.version"),
            t("scores.admin.status"),
            t("scores.admin.configuration"),
            t("scores.admin.note"),
            t("scores.admin.created"),
            t("scores.admin.activatedAt"),
            <span className="sr-only">{t("common.actions")}</span>,
          ]}
        >
          {versions.map((v) => (
            <tr key={v.id} data-testid={`model-v${v.version}`}>
              <td className="px-4 py-2 font-medium">{t("scores.admin.versionValue", { version: v.version })}</td>
              <td className="px-4 py-2">
                <Badge tone={v.active ? "green" : "neutral"}>{v.active ? t("scores.admin.active") : t("scores.admin.inactive")}</Badge>
              </td>
              <td className="px-4 py-2">
                {t("scores.admin.summary", {
                  normalization: t(`scores.config.normalizationKinds.${v.config.normalization.kind}`),
                  weighting: t(`scores.config.weightingKinds.${v.config.weighting.kind}`),
                  coupling: t(`scores.config.couplingVariants.${v.config.couplingVariant}`),
                })}
              </td>
              <td className="px-4 py-2">{v.note ?? ""}</td>
              <td className="px-4 py-2">{when(v.createdAt)}</td>
              <td className="px-4 py-2">{when(v.activatedAt)}</td>
              <td className="px-4 py-2">
                {!v.active && (
                  <Link href={`/admin/scoring/${v.id}/preview`} className={buttonClass("secondary")}>
                    {t("modelPreview.open", { version: v.version })}
                  </Link>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      </div>
    </ClientMessages>
  );
}
