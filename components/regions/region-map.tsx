import { getTranslations } from "next-intl/server";

import { getFormatter } from "@/lib/i18n/formatter";
import { MAP_HEIGHT, MAP_WIDTH, mapShapes } from "@/lib/regions/map-shapes";
import { mapSprite } from "@/lib/regions/map-sprite";
import type { RegionFigures } from "@/lib/regions/map-stats";

import { D_CLASSES, FILL_EMPTY, FILL_UNSCORED, fillFor, MEAN_DIGITS } from "./region-scale";

// Hover dims a region; keyboard focus draws a dark outline around it (SVG has no focus ring of its own).
const LINK = "outline-none [&:focus-visible>use]:stroke-slate-900 [&:focus-visible>use]:stroke-[2.5] [&:hover>use]:opacity-80";

export type MapRegion = RegionFigures & { code: string; name: string; href: string };

/** What a region says about itself: its accessible name and its tooltip. */
export async function regionSummary(region: MapRegion): Promise<string> {
  const [t, format] = await Promise.all([getTranslations("regionMap"), getFormatter()]);
  const projects = t("projectsCount", { count: region.projects });
  if (region.projects === 0) return t("summaryEmpty", { region: region.name, projects });
  const mean =
    region.meanD === null
      ? t("notScored")
      : t("meanSummary", {
          mean: format.number(region.meanD, { minimumFractionDigits: MEAN_DIGITS, maximumFractionDigits: MEAN_DIGITS }),
          scored: region.scored,
        });
  return t("summary", { region: region.name, projects, mean });
}

/**
 * The corridor drawn on the server as plain SVG (no map code reaches the browser). The shapes
 * come from the cached geometry file (`mapSprite`) by `<use>`, so the page carries only the
 * colours, links and figures. A region with projects is a link to the project list filtered to
 * it; its accessible name and the tooltip (`<title>`) carry the figures.
 */
export async function RegionMap({ regions }: { regions: MapRegion[] }) {
  const t = await getTranslations("regionMap");
  const shapes = mapShapes();
  const sprite = mapSprite().href;
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const summaries = new Map(await Promise.all(regions.map(async (r) => [r.code, await regionSummary(r)] as const)));
  return (
    <svg
      viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
      className="h-auto w-full rounded-lg border border-slate-200 bg-sky-50"
      role="group"
      aria-label={t("mapLabel")}
      data-testid="region-map"
    >
      <use href={`${sprite}#backdrop`} aria-hidden="true" />
      {shapes.regions.map((shape) => {
        const region = byCode.get(shape.code);
        if (!region) return null;
        const summary = summaries.get(shape.code) ?? region.name;
        const fill = fillFor(region.projects, region.meanD);
        const body = (
          <>
            <title>{summary}</title>
            {/* An empty region would vanish into the grey backdrop behind a white border. */}
            <use href={`${sprite}#${shape.code}`} fill={fill} stroke={region.projects > 0 ? "#ffffff" : "#94a3b8"} strokeWidth={0.8} />
          </>
        );
        return region.projects > 0 ? (
          <a key={shape.code} href={region.href} aria-label={summary} className={LINK} data-region={shape.code}>
            {body}
          </a>
        ) : (
          <g key={shape.code} role="img" aria-label={summary} data-region={shape.code}>
            {body}
          </g>
        );
      })}
    </svg>
  );
}

/** The colour key, with the class bounds in the reader's number format. */
export async function RegionLegend() {
  const [t, format] = await Promise.all([getTranslations("regionMap"), getFormatter()]);
  const n = (x: number) => format.number(x, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const items = [
    ...D_CLASSES.map((c) => ({ fill: c.fill, label: t("legendRange", { from: n(c.from), to: n(c.to) }) })),
    { fill: FILL_UNSCORED, label: t("notScoredLegend") },
    { fill: FILL_EMPTY, label: t("noProjects") },
  ];
  return (
    <figure className="mt-3" data-testid="region-legend">
      <figcaption className="text-sm font-medium text-slate-700">{t("legendTitle")}</figcaption>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
        {items.map((item) => (
          <li key={item.label} className="flex items-center gap-1.5">
            <span
              aria-hidden="true"
              className="inline-block h-3 w-5 rounded-sm border border-slate-300"
              style={{ background: item.fill }}
            />
            {item.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
