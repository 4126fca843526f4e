import { getTranslations, setRequestLocale } from "next-intl/server";

import { ForumForm } from "@/components/forums/forum-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { listForums } from "@/lib/forums/service";
import { getFormatter } from "@/lib/i18n/formatter";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";

export default async function ForumsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "recommendation.read");
  const [forums, t, format] = await Promise.all([listForums(user), getTranslations("forums"), getFormatter()]);
  return (
    <ClientMessages ns={["forums.fields", "forums.create", "forms"]}>
      <PageHeader title={t("title")} intro={t("intro")} />
      <div className="space-y-4">
        <Card>
          {forums.length === 0 ? (
            <p className="text-sm text-slate-600">{t("none")}</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {forums.map((f) => (
                <li key={f.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                  <Link href={`/forums/${f.id}`} className="font-medium text-brand-700 hover:underline">
                    {localized(f, "name", locale)}
                  </Link>
                  <span className="text-slate-600">
                    {format.dateTime(f.heldOn, { dateStyle: "medium", timeZone: "UTC" })} · {f.place} ·{" "}
                    {t("initiativeCount", { count: f._count.initiatives })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        {can(user, "forum.manage") && (
          <Card title={t("new")}>
            <ForumForm />
          </Card>
        )}
      </div>
    </ClientMessages>
  );
}
