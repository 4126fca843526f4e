import { getTranslations } from "next-intl/server";

import { buttonClass } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { countSetFilters } from "@/components/ui/filter-count";
import { FilterForm } from "@/components/ui/filter-form";
import { Link } from "@/lib/i18n/navigation";
import { BINDINGS, PAIRS, type TPortfolioFilter } from "@/lib/portfolio/schema";
import { SECTORS } from "@/lib/projects/schema";
import { regionOptions } from "@/lib/regions/options";
import { LEVEL_KEYS } from "@/lib/scoring";

/** The dashboard's filters: a plain GET form, so every view is a link. */
export async function PortfolioFilters({ filter, locale, path }: { filter: TPortfolioFilter; locale: string; path: string }) {
  const t = await getTranslations();
  const any = t("portfolio.filters.any");
  const f = (key: string) => t(`portfolio.filters.${key}`);
  return (
    <FilterForm
      toggleLabel={t("common.showFilters", { count: countSetFilters(filter) })}
      className="mb-6 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3"
      data-testid="portfolio-filters"
    >
      <SelectField
        name="sector"
        label={f("sector")}
        placeholder={any}
        defaultValue={filter.sector ?? ""}
        options={SECTORS.map((s) => ({ value: s, label: t(`projects.sectors.${s}`) }))}
      />
      <SelectField
        name="region"
        label={f("region")}
        placeholder={any}
        defaultValue={filter.region ?? ""}
        options={regionOptions(locale, (c) => t(`countries.${c}`))}
      />
      <SelectField
        name="pair"
        label={f("pair")}
        placeholder={any}
        defaultValue={filter.pair ?? ""}
        options={PAIRS.map((p) => ({ value: p, label: t(`portfolio.pairs.${p}`) }))}
      />
      <SelectField
        name="stage"
        label={f("stage")}
        placeholder={any}
        defaultValue={filter.stage ? String(filter.stage) : ""}
        options={[1, 2, 3].map((s) => ({ value: String(s), label: t(`projects.stages.s${s}`) }))}
      />
      <SelectField
        name="level"
        label={f("level")}
        placeholder={any}
        defaultValue={filter.level ? String(filter.level) : ""}
        options={LEVEL_KEYS.map((k, i) => ({ value: String(i + 1), label: `${i + 1} · ${t(`levels.${k}`)}` }))}
      />
      <SelectField
        name="binding"
        label={f("binding")}
        placeholder={any}
        defaultValue={filter.binding ?? ""}
        options={BINDINGS.map((b) => ({ value: b, label: b === "none" ? t("portfolio.keys.none") : t(`scores.constraints.${b}`) }))}
      />
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-3">
        <button type="submit" className={buttonClass("primary")}>
          {f("apply")}
        </button>
        <Link href={path} className={buttonClass("ghost")}>
          {f("reset")}
        </Link>
      </div>
    </FilterForm>
  );
}

/** Overview | Ranking, each keeping the filters. */
export async function PortfolioTabs({ current, params }: { current: "overview" | "ranking"; params: Record<string, string> }) {
  const t = await getTranslations("portfolio.tabs");
  const query = new URLSearchParams(params).toString();
  const tabs = [
    { key: "overview", href: "/portfolio" },
    { key: "ranking", href: "/portfolio/ranking" },
  ] as const;
  return (
    <nav aria-label={t("label")} className="mb-4 flex gap-2 border-b border-slate-200">
      {tabs.map((tab) => (
        <Link
          key={tab.key}
          href={query ? `${tab.href}?${query}` : tab.href}
          aria-current={tab.key === current ? "page" : undefined}
          className={`-mb-px border-b-2 px-3 py-2 text-sm ${tab.key === current ? "border-brand-600 font-medium text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900"}`}
        >
          {t(tab.key)}
        </Link>
      ))}
    </nav>
  );
}
