import { getTranslations } from "next-intl/server";

import { Card } from "@/components/ui/card";
import type { SessionUser } from "@/lib/auth/session";
import { listAwaitingVerification } from "@/lib/evidence/queries";
import { getFormatter } from "@/lib/i18n/formatter";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";

import { formatValue, getUnitLabel } from "./format";

/** Landing-page card: submitted evidence this partner (or organizer) may confirm, dispute or return. */
export async function AwaitingVerificationCard({ user, locale, take = 8 }: { user: SessionUser; locale: string; take?: number }) {
  const { rows, total } = await listAwaitingVerification(user, take);
  const [t, tq] = await Promise.all([getTranslations("evidence.waiting"), getTranslations("queue")]);
  const format = await getFormatter();
  const unitLabel = await getUnitLabel();
  return (
    <Card title={t("title")}>
      <div data-testid="awaiting-verification">
        {rows.length === 0 ? (
          <p className="text-sm text-slate-600">{t("none")}</p>
        ) : (
          <>
            <p className="mb-2 text-sm text-slate-600">{t("intro", { count: total })}</p>
            <ul className="space-y-2 text-sm">
              {rows.map((r) => (
                <li key={r.id}>
                  <Link href={`/evidence/${r.id}`} className="font-medium text-brand-700 hover:underline">
                    {r.indicator.code} · {localized(r.indicator, "name", locale)}
                  </Link>
                  <div className="text-xs text-slate-600">
                    {formatValue(format, r.value, r.indicator, unitLabel)} · {r.project.code} · {localized(r.organization, "name", locale)}
                  </div>
                </li>
              ))}
            </ul>
            <div className="mt-2 flex flex-wrap gap-4 text-sm">
              <Link href="/verification" className="font-medium text-brand-700 hover:underline" data-testid="open-queue">
                {tq("open", { count: total })}
              </Link>
              {total > rows.length && (
                <Link href="/evidence" className="text-brand-700 hover:underline">
                  {t("more", { count: total - rows.length })}
                </Link>
              )}
            </div>
          </>
        )}
      </div>
    </Card>
  );
}
