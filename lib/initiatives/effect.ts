import "server-only";

import { assertCan, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { pickTitle } from "@/lib/projects/texts";
import { DIMENSIONS, type Dimension as Dim } from "@/lib/scoring";

type Snap = { uTechnology: number; uInstitutional: number; uResource: number; d: number; computedAt: Date };
const u = (s: Snap, dim: Dim) => (dim === "TECHNOLOGY" ? s.uTechnology : dim === "INSTITUTIONAL" ? s.uInstitutional : s.uResource);

/**
 * How the linked projects' scores moved since the initiative started, from the stored
 * snapshots: the last snapshot before the start (or the first after it, when none precedes it)
 * against the latest. U is shown for the initiative's target dimensions (all three if none).
 */
export async function initiativeEffect(actor: Actor, initiative: { id: string; projectIds: string[]; startDate: Date; dimensions: Dim[] }) {
  assertCan(actor, "project.read");
  if (initiative.projectIds.length === 0) return [];
  const dims = initiative.dimensions.length ? initiative.dimensions : [...DIMENSIONS];
  const projects = await getDb().jointProject.findMany({
    where: { initiatives: { some: { initiativeId: initiative.id } } },
    orderBy: { code: "asc" },
    select: {
      id: true,
      code: true,
      snapshots: {
        orderBy: { computedAt: "asc" },
        select: { uTechnology: true, uInstitutional: true, uResource: true, d: true, computedAt: true },
      },
    },
  });
  return projects.map((p) => {
    const before = p.snapshots.filter((s) => s.computedAt <= initiative.startDate).at(-1) ?? p.snapshots[0] ?? null;
    const now = p.snapshots.at(-1) ?? null;
    return {
      projectId: p.id,
      code: p.code,
      baselineAt: before?.computedAt ?? null,
      dims: dims.map((dim) => ({ dim, before: before ? u(before, dim) : null, now: now ? u(now, dim) : null })),
      d: { before: before?.d ?? null, now: now?.d ?? null },
    };
  });
}

/** Projects an initiative can be linked to, for the form. */
export async function listProjectOptions(actor: Actor, locale: string) {
  assertCan(actor, "project.read");
  const rows = await getDb().jointProject.findMany({
    orderBy: { code: "asc" },
    take: 500,
    select: { id: true, code: true, originalLocale: true, texts: { select: { locale: true, title: true } } },
  });
  return rows.map((r) => ({ value: r.id, label: `${r.code} — ${pickTitle(r.texts, r.originalLocale, locale) ?? ""}` }));
}
