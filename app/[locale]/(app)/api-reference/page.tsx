import { getTranslations, setRequestLocale } from "next-intl/server";

import { ApiReference } from "@/components/api-reference/api-reference";
import { PageHeader } from "@/components/ui/card";
import { openApiDocument } from "@/lib/api/v1/openapi";
import { requirePermission } from "@/lib/auth/guard";

export default async function ApiReferencePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "app.use");
  const t = await getTranslations("apiDocs");
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <ApiReference doc={openApiDocument()} />
    </>
  );
}
