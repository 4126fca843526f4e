import { getTranslations } from "next-intl/server";

import { ProgressBar } from "@/components/initiatives/progress-bar";
import { StatusBadge } from "@/components/initiatives/status-badge";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { SessionUser } from "@/lib/auth/session";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { landingInitiatives } from "@/lib/initiatives/landing";

/** Partners: initiatives their organization owns or they follow. Organizers: stalled and overdue initiatives. */
export async function InitiativesLandingCard({ user, locale }: { user: SessionUser; locale: string }) {
  const [rows, t] = await Promise.all([landingInitiatives(user), getTranslations()]);
  const partner = user.role === "PARTNER";
  return (
    <Card title={partner ? t("initiatives.landing.ownTitle") : t("initiatives.landing.attentionTitle")}>
      <div data-testid="landing-initiatives">
        {rows.length === 0 ? (
          <p className="text-sm text-slate-600">{partner ? t("initiatives.landing.ownNone") : t("initiatives.landing.attentionNone")}</p>
        ) : (
          <ul className="space-y-3 text-sm">
            {rows.map((r) => (
              <li key={r.id}>
                <Link href={`/initiatives/${r.id}`} className="font-medium text-brand-700 hover:underline">
                  {localized(r, "title", locale)}
                </Link>
                <div className="mt-1 flex flex-wrap items-center gap-2">
                  <StatusBadge status={r.status} />
                  {r.overdue > 0 && <Badge tone="red">{t("recommendations.overdue", { count: r.overdue })}</Badge>}
                </div>
                <ProgressBar
                  value={r.progress}
                  label={t("initiatives.progressOf", { title: localized(r, "title", locale) })}
                  emptyText={t("recommendations.noProgress")}
                />
              </li>
            ))}
          </ul>
        )}
        <Link href="/recommendations" className="mt-3 inline-block text-sm text-brand-700 hover:underline">
          {t("initiatives.landing.all")}
        </Link>
      </div>
    </Card>
  );
}
