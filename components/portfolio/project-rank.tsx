import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import type { Actor } from "@/lib/auth/permissions";
import { Link } from "@/lib/i18n/navigation";
import { getSectorRank, RANKING_SETTINGS, type SectorRank } from "@/lib/portfolio/ranking";

import { portfolioFormat } from "./format";

type Translate = Awaited<ReturnType<typeof getTranslations>>;

/** "Ranked 12th (8th–17th) of 214 in intelligent manufacturing" (the fixed form without an interval). */
const headline = (t: Translate, rank: SectorRank) =>
  t(rank.low === rank.high ? "portfolio.projectRankFixed" : "portfolio.projectRank", {
    rank: rank.rank,
    low: rank.low,
    high: rank.high,
    of: rank.of,
    sector: t(`projects.sectors.${rank.sector}`),
  });

/** The rank line's box: the headline, what the interval means, and the sector's ranking. */
function RankLine({
  t,
  locale,
  sector,
  testId,
  children,
}: {
  t: Translate;
  locale: string;
  sector: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <p className="rounded-lg border border-slate-200 bg-white px-5 py-3 text-sm text-slate-800" data-testid={testId}>
      {children}{" "}
      <span className="text-slate-600">
        {t("portfolio.projectRankNote", { noise: portfolioFormat(locale).percent(RANKING_SETTINGS.noise) })}
      </span>{" "}
      <Link href={`/portfolio/ranking?sector=${sector}`} className="text-brand-700 underline">
        {t("portfolio.projectRankLink")}
      </Link>
    </p>
  );
}

/** "Ranked 12th (8th–17th) of 214 in intelligent manufacturing", or nothing while not assessed. */
export async function ProjectRank({ user, projectId, locale }: { user: Actor; projectId: string; locale: string }) {
  const rank = await getSectorRank(user, projectId);
  if (!rank) return null;
  const t = await getTranslations({ locale });
  return (
    <RankLine t={t} locale={locale} sector={rank.sector} testId="project-rank">
      <span className="font-medium">{headline(t, rank)}</span>
    </RankLine>
  );
}

/**
 * The rank line while it loads (the project page renders it only for an assessed project, which
 * will have one): the same box, note and link, with a grey bar over a hidden stand-in headline of
 * typical length in place of the place, so the box wraps into the lines the rank will take and
 * nothing below moves when it arrives. The section around it is marked busy (DeferredSection).
 */
export async function ProjectRankPlaceholder({ sector, locale }: { sector: string; locale: string }) {
  const t = await getTranslations({ locale });
  return (
    <RankLine t={t} locale={locale} sector={sector} testId="project-rank-placeholder">
      <span aria-hidden className="animate-pulse select-none rounded bg-slate-200 font-medium text-transparent">
        {headline(t, { sector, rank: 88, low: 80, high: 120, of: 888 })}
      </span>
    </RankLine>
  );
}
