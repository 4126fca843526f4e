import { getTranslations } from "next-intl/server";

import { Badge } from "@/components/ui/badge";

const TONE = { QUEUED: "neutral", SENT: "green", FAILED: "red", STORED: "amber", WITHHELD: "neutral" } as const;

export async function OutboxStatus({ status }: { status: keyof typeof TONE }) {
  const t = await getTranslations("notifications.outbox.statuses");
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}
