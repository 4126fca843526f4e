import { getTranslations, setRequestLocale } from "next-intl/server";

import { RegionLegend, RegionMap, type MapRegion } from "@/components/regions/region-map";
import { RegionTable } from "@/components/regions/region-table";
import { PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/guard";
import { getPathname } from "@/lib/i18n/navigation";
import { regionName, REGIONS } from "@/lib/regions/catalog";
import { regionMapStats } from "@/lib/regions/map-stats";

export default async function RegionMapPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "regionMap.read");
  const [stats, t, tc] = await Promise.all([regionMapStats(user), getTranslations("regionMap"), getTranslations("countries")]);
  const figures = new Map(stats.regions.map((r) => [r.code, r]));
  const regions: MapRegion[] = REGIONS.map((r) => {
    const f = figures.get(r.code);
    const query = stats.organizationId ? { region: r.code, org: stats.organizationId } : { region: r.code };
    return {
      code: r.code,
      name: regionName(r.code, locale) ?? r.code,
      projects: f?.projects ?? 0,
      scored: f?.scored ?? 0,
      meanD: f?.meanD ?? null,
      href: getPathname({ href: { pathname: "/projects", query }, locale }),
    };
  });
  const country = new Map(REGIONS.map((r) => [r.code, tc(r.country)]));
  return (
    <>
      <PageHeader title={t("title")} intro={stats.organizationId ? t("introOwn") : t("intro")} />
      <RegionMap regions={regions} />
      <RegionLegend />
      {stats.unplaced > 0 && <p className="mt-2 text-sm text-slate-600">{t("unplaced", { count: stats.unplaced })}</p>}
      <h2 className="mb-2 mt-6 text-lg font-semibold">{t("tableTitle")}</h2>
      <RegionTable regions={regions} countryOf={(code) => country.get(code) ?? ""} />
      <p className="mt-3 text-xs text-slate-500">{t("source")}</p>
    </>
  );
}
