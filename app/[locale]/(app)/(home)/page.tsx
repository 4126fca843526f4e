import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { Suspense } from "react";

import { RevisionRequestsCard } from "@/components/comments/revision-requests-card";
import { AwaitingVerificationCard } from "@/components/evidence/awaiting-card";
import { InitiativesLandingCard } from "@/components/initiatives/landing-card";
import { OrgList } from "@/components/landing/org-list";
import { RecentActivity } from "@/components/landing/recent-activity";
import { ProjectsLandingCard } from "@/components/projects/landing-card";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { PageSkeleton } from "@/components/ui/skeleton";
import { requireUser } from "@/lib/auth/guard";
import type { SessionUser } from "@/lib/auth/session";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { getLandingData } from "@/lib/landing/service";

export default async function LandingPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ signedIn?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale);
  // Right after sign-in, move the user to the language they chose for themselves. Decided before
  // anything is streamed, so it is an HTTP redirect: under a loading boundary (a loading.tsx) it
  // would come after the skeleton, as a refresh a second later that also cancels whatever the user
  // opened meanwhile. The landing's data streams in below, behind the same skeleton.
  if ((await searchParams).signedIn && user.locale !== locale) redirect(`/${user.locale}`);
  return (
    <Suspense fallback={<PageSkeleton variant="detail" />}>
      <Landing user={user} locale={locale} />
    </Suspense>
  );
}

async function Landing({ user, locale }: { user: SessionUser; locale: string }) {
  const data = await getLandingData(user, locale);
  const t = await getTranslations("landing");
  const current = await getLocale();

  const calculator = (
    <Card title={t("coordinationTool")}>
      <p className="mb-3 text-sm text-slate-600">{t("coordinationToolHint")}</p>
      <Link href="/tools/coordination" className={buttonClass("secondary")}>
        {t("coordinationTool")}
      </Link>
    </Card>
  );

  if (data.kind === "admin") {
    return (
      <div data-testid="landing-admin">
        <PageHeader title={t("greeting", { name: user.name })} intro={t("adminIntro")} />
        <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
          <Card title={t("usersCard")}>
            <p className="text-sm">{t("activeUsers", { count: data.active })}</p>
            <p className="text-sm">{t("pendingInvitations", { count: data.invited })}</p>
          </Card>
          <Card title={t("organizationsCard")}>
            <p className="text-sm">{t("orgsByCountry", data.orgs)}</p>
          </Card>
          <Card title={t("recentActivity")} className="md:col-span-2">
            <RecentActivity entries={data.recent} />
          </Card>
        </div>
      </div>
    );
  }
  if (data.kind === "partner") {
    return (
      <div data-testid="landing-partner">
        <PageHeader
          title={t("greeting", { name: user.name })}
          intro={t("partnerIntro", { organization: localized(data.organization, "name", current) })}
        />
        <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
          <div className="md:col-span-2">
            <ProjectsLandingCard projects={data.projects.projects} invitations={data.projects.invitations} />
          </div>
          <Card title={t("yourOrganization")}>
            <OrgList organizations={[data.organization]} />
            <h3 className="mt-4 mb-2 text-sm font-semibold">{t("colleagues")}</h3>
            {data.colleagues.length === 0 ? (
              <p className="text-sm text-slate-600">{t("noColleagues")}</p>
            ) : (
              <ul className="text-sm text-slate-700">
                {data.colleagues.map((c) => (
                  <li key={c.id}>{c.name}</li>
                ))}
              </ul>
            )}
          </Card>
          <Card title={t("counterparts")}>
            <OrgList organizations={data.counterparts} />
          </Card>
          <AwaitingVerificationCard user={user} locale={current} />
          <RevisionRequestsCard user={user} locale={current} />
          <InitiativesLandingCard user={user} locale={current} />
          {calculator}
        </div>
      </div>
    );
  }
  return (
    <div data-testid="landing-organizer">
      <PageHeader title={t("greeting", { name: user.name })} intro={t("organizerIntro")} />
      <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
        <Card title={t("organizationsCard")} className="md:col-span-2">
          <p className="mb-3 text-sm">{t("orgsByCountry", data.orgs)}</p>
          <OrgList organizations={data.organizations} />
        </Card>
        <AwaitingVerificationCard user={user} locale={current} />
        <InitiativesLandingCard user={user} locale={current} />
        {calculator}
      </div>
    </div>
  );
}
