import { getTranslations } from "next-intl/server";

import { Badge } from "@/components/ui/badge";

const tone = { ACTIVE: "green", INVITED: "amber", DISABLED: "red" } as const;

export async function UserStatusBadge({ status }: { status: keyof typeof tone }) {
  const t = await getTranslations("userStatus");
  return <Badge tone={tone[status]}>{t(status)}</Badge>;
}
