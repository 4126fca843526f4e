import type { BadgeTone } from "@/components/ui/badge";
import type { EvidenceStatus } from "@/lib/evidence/status";

/** One colour per evidence status, wherever a status badge is shown (server or browser). */
export const EVIDENCE_STATUS_TONE: Record<EvidenceStatus, BadgeTone> = {
  DRAFT: "neutral",
  SUBMITTED: "blue",
  VERIFIED: "green",
  DISPUTED: "red",
  RETURNED: "amber",
  WITHDRAWN: "neutral",
};
