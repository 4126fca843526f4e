import { Badge } from "@/components/ui/badge";
import type { TProjectStatus } from "@/lib/projects/schema";

const statusTone = { DRAFT: "neutral", ACTIVE: "green", COMPLETED: "blue", SUSPENDED: "amber" } as const;

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
