import { useTranslations } from "next-intl";

import { Button, buttonClass } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { countSetFilters } from "@/components/ui/filter-count";
import { FilterForm } from "@/components/ui/filter-form";
import { Link } from "@/lib/i18n/navigation";
import { INITIATIVE_STATUSES } from "@/lib/initiatives/progress";
import { AREAS, type TOverviewFilter } from "@/lib/recommendations/schema";

/** A plain GET form, so filters live in the URL and work without JavaScript. */
export function OverviewFilters({ filter, forums }: { filter: TOverviewFilter; forums: { value: string; label: string }[] }) {
  const t = useTranslations();
  return (
    <FilterForm
      toggleLabel={t("common.showFilters", { count: countSetFilters(filter) })}
      className="mb-6 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5 print:hidden"
    >
      <SelectField
        name="area"
        label={t("recommendations.filters.area")}
        defaultValue={filter.area ?? ""}
        placeholder={t("common.all")}
        options={AREAS.map((a) => ({ value: a, label: t(`recommendations.areas.${a}`) }))}
      />
      <SelectField
        name="status"
        label={t("recommendations.filters.status")}
        defaultValue={filter.status ?? ""}
        placeholder={t("common.all")}
        options={INITIATIVE_STATUSES.map((s) => ({ value: s, label: t(`initiatives.status.${s}`) }))}
      />
      <SelectField
        name="country"
        label={t("recommendations.filters.country")}
        defaultValue={filter.country ?? ""}
        placeholder={t("common.all")}
        options={(["CN", "RU"] as const).map((c) => ({ value: c, label: t(`countries.${c}`) }))}
      />
      <SelectField
        name="forum"
        label={t("recommendations.filters.forum")}
        defaultValue={filter.forum ?? ""}
        placeholder={t("common.all")}
        options={forums}
      />
      <div className="flex items-end gap-2">
        <Button type="submit">{t("common.filter")}</Button>
        <Link href="/recommendations" className={buttonClass("ghost")}>
          {t("common.reset")}
        </Link>
      </div>
    </FilterForm>
  );
}
