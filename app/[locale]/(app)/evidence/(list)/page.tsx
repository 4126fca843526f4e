import { getTranslations, setRequestLocale } from "next-intl/server";

import { AwaitingVerificationCard } from "@/components/evidence/awaiting-card";
import { ExportLinks } from "@/components/exports/export-links";
import { PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/guard";

/** Everything waiting for the user's verification (the landing card shows the newest few). */
export default async function AwaitingVerificationPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const t = await getTranslations("evidence.waiting");
  return (
    <>
      <PageHeader title={t("title")} actions={<ExportLinks path="/api/exports/queue" locale={locale} testId="export-queue" />} />
      <AwaitingVerificationCard user={user} locale={locale} take={200} />
    </>
  );
}
