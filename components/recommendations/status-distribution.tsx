import { useTranslations } from "next-intl";

import { StatusBadge } from "@/components/initiatives/status-badge";
import { INITIATIVE_STATUSES, type InitiativeStatus } from "@/lib/initiatives/progress";

/** The initiatives per status, as a list of badges with counts (zero counts left out). */
export function StatusDistribution({ distribution }: { distribution: Record<InitiativeStatus, number> }) {
  const t = useTranslations("recommendations");
  const present = INITIATIVE_STATUSES.filter((s) => distribution[s] > 0);
  if (present.length === 0) return <p className="text-xs text-slate-500">{t("noInitiatives")}</p>;
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label={t("distribution")}>
      {present.map((s) => (
        <li key={s} className="flex items-center gap-1 text-xs">
          <StatusBadge status={s} />
          <span className="tabular-nums text-slate-700">{distribution[s]}</span>
        </li>
      ))}
    </ul>
  );
}
