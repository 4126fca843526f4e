import { getTranslations } from "next-intl/server";

import { Badge } from "@/components/ui/badge";
import { isOpen } from "@/lib/periods/rules";

/** Open, locked, or reopened (open again after its deadline). */
export async function PeriodStatus({ period }: { period: { deadline: Date; reopenedUntil: Date | null } }) {
  const t = await getTranslations("periods.status");
  const open = isOpen(period);
  const reopened = open && period.reopenedUntil !== null && period.deadline.getTime() < Date.now();
  return <Badge tone={open ? (reopened ? "amber" : "green") : "neutral"}>{t(reopened ? "reopened" : open ? "open" : "locked")}</Badge>;
}
