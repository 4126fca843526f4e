import { getTranslations } from "next-intl/server";

import type { Actor } from "@/lib/auth/permissions";
import { Link } from "@/lib/i18n/navigation";
import { getSectorRank, RANKING_SETTINGS } from "@/lib/portfolio/ranking";

import { portfolioFormat } from "./format";

/** "Ranked 12th (8th–17th) of 214 in intelligent manufacturing", or nothing while not assessed. */
export async function ProjectRank({ user, projectId, locale }: { user: Actor; projectId: string; locale: string }) {
  const rank = await getSectorRank(user, projectId);
  if (!rank) return null;
  const t = await getTranslations({ locale });
  const fmt = portfolioFormat(locale);
  return (
    <p className="rounded-lg border border-slate-200 bg-white px-5 py-3 text-sm text-slate-800" data-testid="project-rank">
      <span className="font-medium">
        {t(rank.low === rank.high ? "portfolio.projectRankFixed" : "portfolio.projectRank", {
          rank: rank.rank,
          low: rank.low,
          high: rank.high,
          of: rank.of,
          sector: t(`projects.sectors.${rank.sector}`),
        })}
      </span>{" "}
      <span className="text-slate-600">{t("portfolio.projectRankNote", { noise: fmt.percent(RANKING_SETTINGS.noise) })}</span>{" "}
      <Link href={`/portfolio/ranking?sector=${rank.sector}`} className="text-brand-700 underline">
        {t("portfolio.projectRankLink")}
      </Link>
    </p>
  );
}
