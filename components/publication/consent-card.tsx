import { getTranslations } from "next-intl/server";

import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { SessionUser } from "@/lib/auth/session";
import { localized } from "@/lib/i18n/localized";
import type { ProjectDetail } from "@/lib/projects/service";
import { publicationStateOf } from "@/lib/publication/service";

import { ConsentSwitch } from "./consent-switch";

/** The project page's card: whether the project is public, each partner's agreement, the switches one may use. */
export async function ConsentCard({ user, project, locale }: { user: SessionUser; project: ProjectDetail; locale: string }) {
  const projectId = project.id;
  const state = publicationStateOf(user, project);
  const t = await getTranslations("publication");
  return (
    <Card
      title={t("cardTitle")}
      actions={
        state.published ? (
          <a href={`/${locale}/public/projects/${state.code}`} className="text-sm text-brand-700 underline" data-testid="public-link">
            {t("view")}
          </a>
        ) : undefined
      }
    >
      <p className="mb-3 text-sm text-slate-600">{t("intro")}</p>
      <p className="mb-3" data-testid="publication-state">
        <Badge tone={state.published ? "green" : "neutral"}>{t(state.published ? "published" : "notPublished")}</Badge>
      </p>
      <ul className="divide-y divide-slate-100 text-sm">
        {state.partners.map((p) => {
          const name = localized(p.organization, "name", locale);
          return (
            <li key={p.organizationId} className="flex flex-wrap items-center justify-between gap-2 py-2" data-testid="consent-row">
              <span>
                {name} —{" "}
                <span className={p.publishConsent ? "text-green-800" : "text-slate-500"}>{t(p.publishConsent ? "agrees" : "notYet")}</span>
              </span>
              {p.canChange && (
                <ConsentSwitch projectId={projectId} organizationId={p.organizationId} organizationName={name} consent={p.publishConsent} />
              )}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
