import { getTranslations, setRequestLocale } from "next-intl/server";

import { IndicatorForm } from "@/components/catalog/indicator-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/guard";
import { loadIndicator } from "@/lib/catalog/load-page";
import type { TUpdateIndicator } from "@/lib/catalog/schema";
import { localized } from "@/lib/i18n/localized";

export default async function IndicatorPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "catalog.manage");
  const indicator = await loadIndicator(user, id);
  const t = await getTranslations("catalog");
  const existing: TUpdateIndicator & { kind: "QUANTITATIVE" | "ORDINAL"; code: string } = {
    id: indicator.id,
    version: indicator.version,
    code: indicator.code,
    kind: indicator.kind,
    nameEn: indicator.nameEn,
    nameZh: indicator.nameZh,
    nameRu: indicator.nameRu,
    definitionEn: indicator.definitionEn,
    definitionZh: indicator.definitionZh,
    definitionRu: indicator.definitionRu,
    unit: indicator.unit as TUpdateIndicator["unit"],
    direction: indicator.direction,
    stageTag: indicator.stageTag,
    lower: indicator.lower,
    upper: indicator.upper,
    weight: indicator.weight,
    flags: indicator.flags as TUpdateIndicator["flags"],
  };
  return (
    <ClientMessages ns={["catalog", "common", "forms", "forms.intake"]}>
      <PageHeader title={t("editTitle", { code: indicator.code })} intro={localized(indicator, "name", locale)} />
      <Card>
        <IndicatorForm existing={existing} />
      </Card>
    </ClientMessages>
  );
}
