import { getTranslations } from "next-intl/server";

import { Badge } from "@/components/ui/badge";
import type { TProjectStatus } from "@/lib/projects/schema";
import type { TextStatus } from "@/lib/projects/texts";

import { CountryLabel, ProjectStatusLabel } from "./badge-labels";

export { CountryLabel, ProjectStatusLabel };

export async function ProjectStatusBadge({ status }: { status: TProjectStatus }) {
  const t = await getTranslations("projects.statuses");
  return <ProjectStatusLabel status={status} label={t(status)} />;
}

/** Country shown as its ISO code plus its name: flag emoji render as boxes on many systems. */
export async function CountryBadge({ country }: { country: "CN" | "RU" }) {
  const t = await getTranslations("countries");
  return <CountryLabel country={country} label={t(country)} />;
}

export async function TextStatusBadge({ status }: { status: TextStatus }) {
  const t = await getTranslations("projects.text");
  return <Badge tone={status === "outdated" ? "amber" : status === "translated" ? "green" : "neutral"}>{t(status)}</Badge>;
}
