import { getTranslations } from "next-intl/server";

import { Badge } from "@/components/ui/badge";
import type { TProjectStatus } from "@/lib/projects/schema";
import type { TextStatus } from "@/lib/projects/texts";

const statusTone = { DRAFT: "neutral", ACTIVE: "green", COMPLETED: "blue", SUSPENDED: "amber" } as const;

export async function ProjectStatusBadge({ status }: { status: TProjectStatus }) {
  const t = await getTranslations("projects.statuses");
  return <ProjectStatusLabel status={status} label={t(status)} />;
}

/** Country shown as its ISO code plus its name: flag emoji render as boxes on many systems. */
export async function CountryBadge({ country }: { country: "CN" | "RU" }) {
  const t = await getTranslations("countries");
  return <CountryLabel country={country} label={t(country)} />;
}

// Synchronous forms for tables: each async badge per row is one more suspended component for
// React to resolve and stream, which made long tables measurably slower to render.
export function ProjectStatusLabel({ status, label }: { status: TProjectStatus; label: string }) {
  return <Badge tone={statusTone[status]}>{label}</Badge>;
}

export function CountryLabel({ country, label }: { country: "CN" | "RU"; label: string }) {
  return (
    <Badge tone={country === "CN" ? "red" : "blue"}>
      <span aria-hidden="true" className="mr-1 font-mono text-[0.65rem] font-semibold">
        {country}
      </span>
      {label}
    </Badge>
  );
}

export async function TextStatusBadge({ status }: { status: TextStatus }) {
  const t = await getTranslations("projects.text");
  return <Badge tone={status === "outdated" ? "amber" : status === "translated" ? "green" : "neutral"}>{t(status)}</Badge>;
}
