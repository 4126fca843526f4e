import { getTranslations } from "next-intl/server";

import { Badge } from "@/components/ui/badge";
import type { EvidenceDetail } from "@/lib/evidence/queries";
import { getFormatter } from "@/lib/i18n/formatter";
import { localized } from "@/lib/i18n/localized";

const tone = { CONFIRM: "green", DISPUTE: "red", RETURN: "amber" } as const;

/** Every decision ever taken on the evidence, oldest first, with the version it applied to. */
export async function VerificationHistory({
  verifications,
  locale,
}: {
  verifications: EvidenceDetail["evidence"]["verifications"];
  locale: string;
}) {
  const t = await getTranslations("evidence.history");
  const td = await getTranslations("evidence.decisions");
  const tr = await getTranslations("roles");
  const format = await getFormatter();
  if (verifications.length === 0) return <p className="text-sm text-slate-600">{t("none")}</p>;
  return (
    <ol className="space-y-3" data-testid="verification-history">
      {verifications.map((v) => (
        <li key={v.id} id={`verification-${v.id}`} className="rounded-md border border-slate-200 p-3 text-sm" data-testid="verification">
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={tone[v.decision]}>{td(v.decision)}</Badge>
            <span className="font-medium">{v.user?.name ?? t("formerUser")}</span>
            <span className="text-slate-600">
              {v.organization ? localized(v.organization, "name", locale) : v.user ? tr(v.user.role) : ""}
            </span>
            <span className="text-xs text-slate-500">
              {format.dateTime(v.createdAt, { dateStyle: "medium", timeStyle: "short" })} · {t("version", { version: v.evidenceVersion })}
            </span>
          </div>
          {v.reason && (
            <p className="mt-2 whitespace-pre-wrap" data-testid="verification-reason">
              <span className="font-medium">{t("reason")}: </span>
              {v.reason}
            </p>
          )}
          {v.fixes.length > 0 && (
            <div className="mt-2">
              <p className="font-medium">{t("fixes")}</p>
              <ul className="list-disc pl-5" data-testid="verification-fixes">
                {v.fixes.map((f, i) => (
                  <li key={i}>{f}</li>
                ))}
              </ul>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
