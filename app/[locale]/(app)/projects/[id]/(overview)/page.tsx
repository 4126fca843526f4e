import { getTranslations, setRequestLocale } from "next-intl/server";

import { DeferredCommentsSection } from "@/components/comments/deferred-comments-section";
import { EvidenceSection } from "@/components/evidence/evidence-section";
import { ProjectDownloads } from "@/components/exports/project-downloads";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FollowControl } from "@/components/notifications/follow-control";
import { MissingPanel } from "@/components/periods/missing-panel";
import { ProjectRankPlaceholder } from "@/components/portfolio/project-rank";
import { loadProjectRankAction } from "@/components/portfolio/rank-action";
import { PartnerList } from "@/components/projects/partner-list";
import { ProjectHeader } from "@/components/projects/project-header";
import { StatusControl } from "@/components/projects/status-control";
import { ConsentCard } from "@/components/publication/consent-card";
import { ScorePanel } from "@/components/scores/score-panel";
import { PlanCard } from "@/components/targets/plan-card";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DeferredSection } from "@/components/ui/deferred-section";
import { Notice } from "@/components/ui/notice";
import { requirePermission } from "@/lib/auth/guard";
import { evidenceViewFromSearch } from "@/lib/evidence/table-view";
import { Link } from "@/lib/i18n/navigation";
import { isLocale, routing } from "@/lib/i18n/routing";
import { loadProjectPage } from "@/lib/projects/load-page";
import { allowedTransitions } from "@/lib/projects/service";

type Search = { created?: string; saved?: string; compare?: string; evidencePage?: string; evidenceDimension?: string };

export default async function ProjectPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Search>;
}) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "project.read");
  const { project, canEdit } = await loadProjectPage(user, id);
  const search = await searchParams;
  const t = await getTranslations("projects");
  const countries = new Set(project.partners.filter((p) => p.status === "ACCEPTED").map((p) => p.organization.country));
  const missing = (["CN", "RU"] as const).find((c) => !countries.has(c));
  const tc = await getTranslations("countries");
  return (
    <ClientMessages
      ns={[
        "comments",
        "notifications.follow",
        "projects.detail",
        "projects.partners",
        "projects.statusControl",
        "forms.projects",
        "notifications.errors",
        "publication",
      ]}
    >
      {search.created === "1" && (
        <Notice tone="success" testId="project-created">
          {t("created", { code: project.code })}
        </Notice>
      )}
      {search.saved === "1" && (
        <Notice tone="success" testId="project-saved">
          {(await getTranslations("common"))("saved")}
        </Notice>
      )}
      <ProjectHeader project={project} locale={locale} compare={search.compare === "1"} />
      <div className="mb-6 flex flex-wrap items-start gap-4">
        {canEdit ? (
          <>
            <Link href={`/projects/${project.id}/edit`} className={buttonClass("secondary")}>
              {t("edit")}
            </Link>
            <Link href={`/projects/${project.id}/partners`} className={buttonClass("secondary")}>
              {t("detail.managePartners")}
            </Link>
            <StatusControl projectId={project.id} version={project.version} next={allowedTransitions(project.status)} />
          </>
        ) : (
          <p className="text-sm text-slate-600" data-testid="read-only">
            {t("detail.readOnly")}
          </p>
        )}
        <FollowControl user={user} subject={{ type: "PROJECT", id: project.id }} />
      </div>
      {missing && project.status !== "ACTIVE" && (
        <div className="mb-6">
          <Notice tone="warning">{t("detail.bothCountriesMissing", { country: tc(missing) })}</Notice>
        </div>
      )}
      {/* One column: the score panel and the evidence tables need the full width. */}
      <div className="space-y-6">
        <Card title={t("detail.partners")}>
          <PartnerList project={project} user={user} locale={locale} />
        </Card>
        <ConsentCard user={user} project={project} locale={locale} />
        <MissingPanel user={user} projectId={project.id} locale={locale} canEnter={canEdit && project.status === "ACTIVE"} />
        {/* Ranking the whole sector is the dearest part of the page: it loads right after the first
            frame, into the space kept for it (an assessed project has a rank, any other none). */}
        <DeferredSection
          action={loadProjectRankAction}
          input={{ projectId: project.id, locale: isLocale(locale) ? locale : routing.defaultLocale }}
          placeholder={project.portfolioLatest?.assessed ? <ProjectRankPlaceholder sector={project.sector} locale={locale} /> : null}
          testId="project-rank-section"
          eager
        />
        <ScorePanel user={user} project={project} locale={locale} />
        <PlanCard user={user} project={project} locale={locale} />
        <EvidenceSection user={user} project={project} locale={locale} view={evidenceViewFromSearch(search)} />
        <ProjectDownloads projectId={project.id} locale={locale} />
      </div>
      <DeferredCommentsSection user={user} target={{ type: "PROJECT", id: project.id }} />
    </ClientMessages>
  );
}
