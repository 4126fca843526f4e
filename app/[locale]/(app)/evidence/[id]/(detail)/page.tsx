import { getTranslations, setRequestLocale } from "next-intl/server";

import { CommentsSection } from "@/components/comments/comments-section";
import { RevisionNotice } from "@/components/comments/revision-notice";
import { EvidenceStatusBadge } from "@/components/evidence/badges";
import { DecisionOutcome } from "@/components/evidence/decision-outcome";
import { DecisionPanel } from "@/components/evidence/decision-panel";
import { formatDay, formatValue, getUnitLabel } from "@/components/evidence/format";
import { NarrativePanel } from "@/components/evidence/narrative-panel";
import { OwnerActions } from "@/components/evidence/owner-actions";
import { VerificationHistory } from "@/components/evidence/verification-history";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CountryBadge } from "@/components/projects/badges";
import { EvidencePlan } from "@/components/targets/evidence-plan";
import { Card, PageHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { requireUser } from "@/lib/auth/guard";
import { loadEvidencePage } from "@/lib/evidence/load-page";
import { awaitsDecision, isFinal } from "@/lib/evidence/status";
import { formatFileSize } from "@/lib/format/file-size";
import { getFormatter } from "@/lib/i18n/formatter";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";

export default async function EvidencePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const { evidence, project, can } = await loadEvidencePage(user, id, locale);
  const t = await getTranslations("evidence");
  const format = await getFormatter();
  const unitLabel = await getUnitLabel();
  const saved = (await searchParams).saved === "1";
  const own = user.organizationId === evidence.organizationId;
  const sameCountry = !own && user.organization?.country === evidence.organization.country;
  const owner = can.edit || can.submit || can.withdraw;
  const facts: [string, React.ReactNode][] = [
    [
      t("detail.value"),
      <span key="v">
        <span data-testid="detail-value">{formatValue(format, evidence.value, evidence.indicator, unitLabel)}</span>
        <EvidencePlan user={user} evidence={evidence} />
      </span>,
    ],
    [t("detail.period"), `${formatDay(format, evidence.periodStart)} – ${formatDay(format, evidence.periodEnd)}`],
    [
      t("detail.organization"),
      <span key="o" className="inline-flex flex-wrap items-center gap-2">
        {localized(evidence.organization, "name", locale)} <CountryBadge country={evidence.organization.country} />
      </span>,
    ],
    [
      t("detail.enteredBy"),
      `${evidence.submittedBy?.name ?? "—"}${evidence.submittedAt ? ` · ${format.dateTime(evidence.submittedAt, { dateStyle: "medium", timeStyle: "short" })}` : ""}`,
    ],
    [t("detail.version"), String(evidence.version)],
  ];
  return (
    <ClientMessages ns={["comments", "evidence.verify", "evidence.detail", "forms.evidence"]}>
      <PageHeader
        title={`${evidence.indicator.code} · ${localized(evidence.indicator, "name", locale)}`}
        intro={
          <Link href={`/projects/${project.id}`} className="text-brand-700 hover:underline">
            {project.code} · {project.title}
          </Link>
        }
        actions={<EvidenceStatusBadge status={evidence.status} />}
      />
      <div className="space-y-6">
        {saved && (
          <Notice tone="success" testId="evidence-saved">
            {t("detail.saved")}
          </Notice>
        )}
        {isFinal(evidence.status) && <Notice tone="warning">{t("detail.withdrawnNotice")}</Notice>}
        <RevisionNotice user={user} evidenceId={evidence.id} />
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
          <Card title={t("detail.facts")} className="lg:col-span-2">
            <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
              {facts.map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="text-slate-500">{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
              {evidence.sourceUrl && (
                <div className="contents">
                  <dt className="text-slate-500">{t("detail.source")}</dt>
                  <dd className="break-all">
                    <a
                      href={evidence.sourceUrl}
                      rel="noopener noreferrer nofollow"
                      target="_blank"
                      className="text-brand-700 hover:underline"
                    >
                      {evidence.sourceUrl}
                    </a>
                  </dd>
                </div>
              )}
            </dl>
            {owner && (
              <div className="mt-4">
                <OwnerActions
                  evidenceId={evidence.id}
                  version={evidence.version}
                  canEdit={can.edit}
                  canSubmit={can.submit}
                  canWithdraw={can.withdraw}
                />
              </div>
            )}
          </Card>
          <Card title={t("verify.title")}>
            {can.decide ? (
              <DecisionPanel evidenceId={evidence.id} version={evidence.version} />
            ) : !awaitsDecision(evidence.status) && evidence.verifications.length > 0 ? (
              <DecisionOutcome userId={user.id} latest={evidence.verifications.at(-1)} />
            ) : (
              <p className="text-sm text-slate-600" data-testid="no-decision">
                {!awaitsDecision(evidence.status)
                  ? t("verify.notPending")
                  : own
                    ? t("verify.cannotOwn")
                    : sameCountry
                      ? t("verify.cannotSameCountry")
                      : t("verify.cannotOther")}
              </p>
            )}
          </Card>
        </div>
        <Card title={t("detail.narrative")}>
          <NarrativePanel
            texts={evidence.texts}
            originalLocale={evidence.originalLocale}
            textVersion={evidence.textVersion}
            locale={locale}
          />
        </Card>
        <Card title={t("detail.attachments")}>
          {evidence.attachments.length === 0 ? (
            <p className="text-sm text-slate-600">{t("detail.noAttachments")}</p>
          ) : (
            <ul className="space-y-1 text-sm" data-testid="attachments">
              {evidence.attachments.map((a) => (
                <li key={a.id}>
                  <a href={`/api/evidence/attachments/${a.id}`} download={a.fileName} className="text-brand-700 hover:underline">
                    {a.fileName}
                  </a>{" "}
                  <span className="text-xs text-slate-500">
                    {a.mimeType} · {formatFileSize(format, a.size)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={t("history.title")}>
          <VerificationHistory verifications={evidence.verifications} locale={locale} />
        </Card>
      </div>
      <CommentsSection user={user} target={{ type: "EVIDENCE", id: evidence.id }} />
    </ClientMessages>
  );
}
