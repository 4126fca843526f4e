import { getTranslations } from "next-intl/server";

import { Card } from "@/components/ui/card";
import type { SessionUser } from "@/lib/auth/session";
import { listRevisionRequestsForOrganization } from "@/lib/comments/queries";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";

/** The partner's landing page: their organization's evidence with open revision requests. */
export async function RevisionRequestsCard({ user, locale }: { user: SessionUser; locale: string }) {
  const rows = await listRevisionRequestsForOrganization(user);
  const t = await getTranslations("comments.revision");
  return (
    <Card title={t("landingTitle")}>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">{t("landingEmpty")}</p>
      ) : (
        <ul className="space-y-2 text-sm" data-testid="revision-requests">
          {rows.map((r) => (
            <li key={r.evidenceId}>
              <Link href={`/evidence/${r.evidenceId}#discussion`} className="text-brand-700 hover:underline">
                {r.projectCode} · {r.indicator.code} · {localized(r.indicator, "name", locale)}
              </Link>{" "}
              <span className="text-slate-600">{t("openCount", { count: r.count })}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
