import { getTranslations } from "next-intl/server";

import { buttonClass } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { countSetFilters } from "@/components/ui/filter-count";
import { FilterForm } from "@/components/ui/filter-form";
import { Link } from "@/lib/i18n/navigation";
import { ALIGNMENT_TAGS, PAIRINGS, PROJECT_STATUSES, SECTORS, SORTS, STAGES, type TProjectListQuery } from "@/lib/projects/schema";
import { regionOptions } from "@/lib/regions/options";

const LEVELS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** A plain GET form: the filters live in the URL, so results are linkable and work without JS. */
export async function ProjectFilters({
  query,
  organizations,
  locale,
}: {
  query: TProjectListQuery;
  organizations: { value: string; label: string }[];
  locale: string;
}) {
  const [t, countries] = await Promise.all([getTranslations("projects"), getTranslations("countries")]);
  const any = t("list.any");
  return (
    <FilterForm
      toggleLabel={(await getTranslations("common"))("showFilters", { count: countSetFilters(query, ["sort", "page"]) })}
      className="mb-6 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
      data-testid="project-filters"
    >
      <div className="sm:col-span-2">
        <TextField type="search" name="q" label={t("list.search")} hint={t("list.searchHint")} defaultValue={query.q ?? ""} />
      </div>
      <SelectField
        name="sector"
        label={t("list.sector")}
        placeholder={any}
        defaultValue={query.sector ?? ""}
        options={SECTORS.map((s) => ({ value: s, label: t(`sectors.${s}`) }))}
      />
      <SelectField
        name="region"
        label={t("list.region")}
        placeholder={any}
        defaultValue={query.region ?? ""}
        options={regionOptions(locale, (c) => countries(c))}
      />
      <SelectField
        name="alignment"
        label={t("list.alignment")}
        placeholder={any}
        defaultValue={query.alignment ?? ""}
        options={ALIGNMENT_TAGS.map((a) => ({ value: a, label: t(`alignmentTags.${a}`) }))}
      />
      <SelectField
        name="status"
        label={t("list.status")}
        placeholder={any}
        defaultValue={query.status ?? ""}
        options={PROJECT_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
      />
      <SelectField
        name="stage"
        label={t("list.stage")}
        placeholder={any}
        defaultValue={query.stage ? String(query.stage) : ""}
        options={STAGES.map((s) => ({ value: String(s), label: t(`stages.s${s}`) }))}
      />
      <SelectField
        name="level"
        label={t("list.level")}
        placeholder={any}
        defaultValue={query.level ? String(query.level) : ""}
        options={LEVELS.map((l) => ({ value: String(l), label: String(l) }))}
      />
      <SelectField
        name="pairing"
        label={t("list.pairing")}
        placeholder={any}
        defaultValue={query.pairing ?? ""}
        options={PAIRINGS.map((p) => ({ value: p, label: t(p === "complete" ? "list.pairingComplete" : "list.pairingOneSide") }))}
      />
      <SelectField name="org" label={t("list.organization")} placeholder={any} defaultValue={query.org ?? ""} options={organizations} />
      <SelectField
        name="sort"
        label={t("list.sort")}
        defaultValue={query.sort}
        options={SORTS.map((s) => ({
          value: s,
          label: t(s === "updated" ? "list.sortUpdated" : s === "code" ? "list.sortCode" : "list.sortD"),
        }))}
      />
      <div className="flex items-end gap-2 lg:col-span-3">
        <button type="submit" className={buttonClass("primary")}>
          {t("list.apply")}
        </button>
        <Link href="/projects" className={buttonClass("ghost")}>
          {t("list.reset")}
        </Link>
      </div>
    </FilterForm>
  );
}
