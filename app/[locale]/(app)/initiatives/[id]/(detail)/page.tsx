import { getTranslations, setRequestLocale } from "next-intl/server";

import { CommentsSection } from "@/components/comments/comments-section";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AddMilestoneForm } from "@/components/initiatives/add-milestone-form";
import { EffectTable } from "@/components/initiatives/effect-table";
import { MilestoneList } from "@/components/initiatives/milestone-list";
import { PostUpdateForm } from "@/components/initiatives/post-update-form";
import { ProgressBar } from "@/components/initiatives/progress-bar";
import { StatusBadge } from "@/components/initiatives/status-badge";
import { Timeline } from "@/components/initiatives/timeline";
import { ChangeStatusForm } from "@/components/initiatives/update-forms";
import { FollowControl } from "@/components/notifications/follow-control";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { getFormatter } from "@/lib/i18n/formatter";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { initiativeEffect } from "@/lib/initiatives/effect";
import { loadInitiative } from "@/lib/initiatives/load-page";
import { contributorResource } from "@/lib/initiatives/service";
import { evidencePickerOptions } from "@/lib/initiatives/updates";

export default async function InitiativePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "recommendation.read");
  const initiative = await loadInitiative(user, id);
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const canContribute = can(user, "initiative.contribute", contributorResource(initiative.owners));
  const canManage = can(user, "initiative.manage");
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  const title = localized(initiative, "title", locale);
  const description = localized(initiative, "description", locale);
  return (
    <ClientMessages
      ns={[
        "comments",
        "initiatives.milestone",
        "initiatives.updates",
        "initiatives.evidencePicker",
        "initiatives.statusChange",
        "initiatives.status",
        "evidence.status",
        "notifications.follow",
        "forms.initiatives",
        "notifications.errors",
        "forms.intake",
      ]}
    >
      <PageHeader
        title={title}
        intro={
          <Link href={`/recommendations/${initiative.recommendationId}`} className="text-brand-700 hover:underline">
            {initiative.recommendation.code} — {localized(initiative.recommendation, "text", locale)}
          </Link>
        }
        actions={
          <>
            <StatusBadge status={initiative.status} />
            <FollowControl user={user} subject={{ type: "INITIATIVE", id: initiative.id }} />
            {canManage && (
              <Link href={`/initiatives/${initiative.id}/edit`} className={buttonClass("secondary")}>
                {t("initiatives.edit")}
              </Link>
            )}
          </>
        }
      />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-4">
          {(await searchParams).created === "1" && (
            <Notice tone="success" testId="initiative-created">
              {t("initiatives.created")}
            </Notice>
          )}
          <Card>
            {description && <p className="mb-4 whitespace-pre-line text-sm text-slate-700">{description}</p>}
            <ProgressBar
              value={initiative.progress}
              label={t("initiatives.progressOf", { title })}
              emptyText={t("recommendations.noProgress")}
            />
            <dl className="mt-4 grid gap-3 text-sm sm:grid-cols-2">
              <div>
                <dt className="font-medium text-slate-700">{t("initiatives.fields.owners")}</dt>
                <dd>
                  <ul>
                    {initiative.owners.map((o) => (
                      <li key={o.organizationId}>
                        <Badge tone={o.organization.country === "CN" ? "red" : "blue"}>{t(`countries.${o.organization.country}`)}</Badge>{" "}
                        {localized(o.organization, "name", locale)}
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
              <div>
                <dt className="font-medium text-slate-700">{t("initiatives.fields.period")}</dt>
                <dd>
                  {date(initiative.startDate)} – {date(initiative.dueDate)}
                </dd>
              </div>
              {initiative.responsible && (
                <div>
                  <dt className="font-medium text-slate-700">{t("initiatives.fields.responsible")}</dt>
                  <dd>{initiative.responsible}</dd>
                </div>
              )}
              <div>
                <dt className="font-medium text-slate-700">{t("initiatives.fields.dimensions")}</dt>
                <dd className="flex flex-wrap gap-1">
                  {initiative.dimensions.length === 0
                    ? "—"
                    : initiative.dimensions.map((d) => (
                        <Badge key={d} tone="blue">
                          {t(`scores.dimensions.${d}`)}
                        </Badge>
                      ))}
                </dd>
              </div>
              {initiative.forums.length > 0 && (
                <div>
                  <dt className="font-medium text-slate-700">{t("initiatives.fields.forums")}</dt>
                  <dd>{initiative.forums.map((f) => localized(f.forum, "name", locale)).join(" · ")}</dd>
                </div>
              )}
            </dl>
          </Card>
          <Card title={t("initiatives.fields.milestones")}>
            <MilestoneList
              canTick={canContribute}
              canManage={canManage}
              milestones={initiative.milestones.map((m) => ({
                id: m.id,
                version: m.version,
                title: m.title,
                dueDate: m.dueDate.toISOString(),
                weight: m.weight,
                completedAt: m.completedAt?.toISOString() ?? null,
                overdue: m.overdue,
              }))}
            />
            {canManage && <AddMilestoneForm initiativeId={initiative.id} />}
          </Card>
          {initiative.projectIds.length > 0 && (
            <Card title={t("initiatives.effect.title")}>
              <EffectTable rows={await initiativeEffect(user, initiative)} />
            </Card>
          )}
          <Card title={t("initiatives.timeline.title")}>
            <Timeline initiative={initiative} locale={locale} />
          </Card>
        </div>
        {canContribute && (
          <div className="space-y-4">
            <Card title={t("initiatives.updates.title")}>
              <PostUpdateForm initiativeId={initiative.id} pickerOptions={await evidencePickerOptions(user, initiative.id, locale)} />
            </Card>
            <Card title={t("initiatives.statusChange.title")}>
              <ChangeStatusForm id={initiative.id} version={initiative.version} status={initiative.status} />
            </Card>
          </div>
        )}
      </div>
      <CommentsSection user={user} target={{ type: "INITIATIVE", id: initiative.id }} />
    </ClientMessages>
  );
}
