import { getTranslations } from "next-intl/server";

import { Badge } from "@/components/ui/badge";
import type { EvidenceStatus } from "@/lib/evidence/status";

import { EVIDENCE_STATUS_TONE } from "./status-tone";

export async function EvidenceStatusBadge({ status }: { status: EvidenceStatus }) {
  const t = await getTranslations("evidence.status");
  return (
    <span data-testid="evidence-status">
      <Badge tone={EVIDENCE_STATUS_TONE[status]}>{t(status)}</Badge>
    </span>
  );
}
