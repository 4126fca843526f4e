import { getTranslations } from "next-intl/server";

import { Badge } from "@/components/ui/badge";
import type { EvidenceStatus } from "@/lib/evidence/status";

import { EVIDENCE_STATUS_TONE } from "./status-tone";

export async function EvidenceStatusBadge({ status }: { status: EvidenceStatus }) {
  const t = await getTranslations("evidence.status");
  return <EvidenceStatusLabel status={status} label={t(status)} />;
}

/** The synchronous form for tables (see CountryLabel): the caller translates the label. */
export function EvidenceStatusLabel({ status, label }: { status: EvidenceStatus; label: string }) {
  return (
    <span data-testid="evidence-status">
      <Badge tone={EVIDENCE_STATUS_TONE[status]}>{label}</Badge>
    </span>
  );
}
