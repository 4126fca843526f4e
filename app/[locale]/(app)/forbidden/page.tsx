import { getTranslations, setRequestLocale } from "next-intl/server";

import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";

export default async function ForbiddenPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireUser(locale);
  const t = await getTranslations("forbidden");
  return (
    <div data-testid="forbidden">
      <PageHeader title={t("title")} intro={t("body")} />
      <Link href="/" className={buttonClass("secondary")}>
        {t("home")}
      </Link>
    </div>
  );
}
