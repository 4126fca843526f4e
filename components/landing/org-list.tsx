import { getLocale, getTranslations } from "next-intl/server";

import { Badge } from "@/components/ui/badge";
import { localized } from "@/lib/i18n/localized";

type Org = {
  id: string;
  nameEn: string;
  nameZh: string;
  nameRu: string;
  country: "CN" | "RU";
  cityEn: string;
  cityZh: string;
  cityRu: string;
  type: string;
};

export async function OrgList({ organizations }: { organizations: Org[] }) {
  const t = await getTranslations();
  const locale = await getLocale();
  if (organizations.length === 0) return <p className="text-sm text-slate-600">{t("common.none")}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {organizations.map((org) => (
        <li key={org.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
          <span className="font-medium">{localized(org, "name", locale)}</span>
          <span className="flex items-center gap-2 text-slate-600">
            {localized(org, "city", locale)} · {t(`orgTypes.${org.type}`)}
            <Badge tone={org.country === "CN" ? "red" : "blue"}>{t(`countries.${org.country}`)}</Badge>
          </span>
        </li>
      ))}
    </ul>
  );
}
