import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { TProjectStatus } from "@/lib/projects/schema";
import type { TextStatus } from "@/lib/projects/texts";

const statusTone = { DRAFT: "neutral", ACTIVE: "green", COMPLETED: "blue", SUSPENDED: "amber" } as const;

export async function ProjectStatusBadge({ status }: { status: TProjectStatus }) {
  const t = await getTranslations("projects.statuses");
  return <Badge tone={statusTone[status]}>{t(status)}</Badge>;
}

/** Country shown as its ISO code plus its name: flag emoji render as boxes on many systems. */
export async function CountryBadge({ country }: { country: "CN" | "RU" }) {
  const t = await getTranslations("countries");
  return (
    <Badge tone={country === "CN" ? "red" : "blue"}>
      <span aria-hidden="true" className="mr-1 font-mono text-[0.65rem] font-semibold">{country}</span>
      {t(country)}
    </Badge>
  );
}

export async function TextStatusBadge({ status }: { status: TextStatus }) {
  const t = await getTranslations("projects.text");
  return <Badge tone={status === "outdated" ? "amber" : status === "translated" ? "green" : "neutral"}>{t(status)}</Badge>;
}
