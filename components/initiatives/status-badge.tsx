import { useTranslations } from "next-intl";

import { Badge } from "@/components/ui/badge";
import type { InitiativeStatus } from "@/lib/initiatives/progress";

const TONES = {
  NOT_STARTED: "neutral",
  LIMITED: "amber",
  SUBSTANTIAL: "blue",
  COMPLETE: "green",
  STALLED: "red",
  WITHDRAWN: "neutral",
} as const;

export function StatusBadge({ status }: { status: InitiativeStatus }) {
  const t = useTranslations("initiatives.status");
  return <Badge tone={TONES[status]}>{t(status)}</Badge>;
}
