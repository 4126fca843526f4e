import { getTranslations } from "next-intl/server";

import { Card } from "@/components/ui/card";
import { Link } from "@/lib/i18n/navigation";
import type { TProjectStatus } from "@/lib/projects/schema";

import { ProjectStatusBadge } from "./badges";

type Item = { id: string; code: string; status: string; title: string };

/** The partner's start page: their organization's projects and invitations waiting for an answer. */
export async function ProjectsLandingCard({ projects, invitations }: { projects: Item[]; invitations: Item[] }) {
  const t = await getTranslations("projects.landing");
  const list = (items: Item[], testId: string) => (
    <ul className="space-y-1 text-sm" data-testid={testId}>
      {items.map((p) => (
        <li key={p.id} className="flex items-center gap-2">
          <span className="font-mono text-xs text-slate-500">{p.code}</span>
          <Link href={`/projects/${p.id}`} className="text-brand-700 hover:underline">
            {p.title}
          </Link>
          <ProjectStatusBadge status={p.status as TProjectStatus} />
        </li>
      ))}
    </ul>
  );
  return (
    <Card
      title={t("myProjects")}
      actions={
        <Link href="/projects" className="text-sm text-brand-700 hover:underline">
          {t("viewAll")}
        </Link>
      }
    >
      {projects.length ? list(projects, "projects-mine") : <p className="text-sm text-slate-600">{t("noProjects")}</p>}
      <h3 className="mt-4 mb-2 text-sm font-semibold">{t("invitations")}</h3>
      {invitations.length ? list(invitations, "projects-invitations") : <p className="text-sm text-slate-600">{t("noInvitations")}</p>}
    </Card>
  );
}
