import { getTranslations } from "next-intl/server";

import { Badge } from "@/components/ui/badge";

const tone = { DRAFT: "neutral", SUBMITTED: "blue", VERIFIED: "green", DISPUTED: "red", RETURNED: "amber", WITHDRAWN: "neutral" } as const;
export type EvidenceStatusName = keyof typeof tone;

export async function EvidenceStatusBadge({ status }: { status: EvidenceStatusName }) {
  const t = await getTranslations("evidence.status");
  return (
    <span data-testid="evidence-status">
      <Badge tone={tone[status]}>{t(status)}</Badge>
    </span>
  );
}
