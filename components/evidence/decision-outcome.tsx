import { getTranslations } from "next-intl/server";

import { getFormatter } from "@/lib/i18n/formatter";

/**
 * Once evidence is decided, the verification card says what was decided and by whom: "You
 * confirmed this evidence", not "nothing to decide".
 */
export async function DecisionOutcome({
  userId,
  latest,
}: {
  userId: string;
  latest: { decision: "CONFIRM" | "DISPUTE" | "RETURN"; userId: string | null; createdAt: Date; user: { name: string } | null } | undefined;
}) {
  if (!latest) return null;
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  if (latest.userId === userId) {
    return (
      <p className="text-sm font-medium text-green-800" data-testid="decision-outcome">
        {t(`decided.${latest.decision}`)}
      </p>
    );
  }
  return (
    <p className="text-sm text-slate-700" data-testid="decision-outcome">
      {t("evidence.decisions." + latest.decision)} · {latest.user?.name ?? "—"} ·{" "}
      {format.dateTime(latest.createdAt, { dateStyle: "medium", timeStyle: "short" })}
    </p>
  );
}
