import type { DbTx, Prisma } from "@/lib/db/client";
import { initiativeProgress } from "@/lib/initiatives/progress";
import { mulberry32 } from "@/lib/scoring";

import { DEMO_ORGANIZATIONS, DEMO_USERS } from "./demo-data";
import { FORUM_EDITIONS, INITIATIVE_SEEDS, type InitiativeSeed } from "./initiatives-content";
import { uuid } from "./portfolio";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
type Status = Prisma.InitiativeUpdateCreateManyInput["toStatus"];

/**
 * Initiatives for the recommendations the discussion seed leaves without one, with their
 * timelines written as the initiatives service writes them, and the 2025 forum edition before
 * the seeded 2026 one: every initiative is assigned to 2026, so its "since the last forum"
 * report has content. The next edition is left for the organizers to define.
 */
export async function seedInitiatives(tx: DbTx): Promise<{ initiatives: number }> {
  const rng = mulberry32(20261206);
  const orgRows = await tx.organization.findMany({ select: { id: true, nameEn: true } });
  const orgId = (key: string) => orgRows.find((o) => o.nameEn === DEMO_ORGANIZATIONS.find((d) => d.key === key)?.nameEn)!.id;
  const organizers = await tx.user.findMany({
    where: { email: { in: DEMO_USERS.filter((u) => u.role === "ORGANIZER").map((u) => u.email) } },
    select: { id: true, name: true },
    orderBy: { email: "asc" },
  });
  const projects = await tx.jointProject.findMany({
    where: { status: { in: ["ACTIVE", "COMPLETED"] } },
    select: { id: true, sector: true },
    orderBy: { code: "asc" },
  });

  for (const [n, seed] of INITIATIVE_SEEDS.entries()) {
    const author = organizers[n % organizers.length];
    await createInitiative(tx, rng, seed, author, orgId, projects);
  }

  const current = await tx.forumEdition.findFirstOrThrow({ orderBy: { heldOn: "asc" } });
  const { previous } = FORUM_EDITIONS;
  await tx.forumEdition.create({ data: { ...previous, heldOn: day(previous.heldOn) } });
  const all = await tx.initiative.findMany({ select: { id: true } });
  await tx.forumInitiative.createMany({ data: all.map((i) => ({ forumId: current.id, initiativeId: i.id })) });
  return { initiatives: INITIATIVE_SEEDS.length };
}

async function createInitiative(
  tx: DbTx,
  rng: () => number,
  seed: InitiativeSeed,
  author: { id: string; name: string },
  orgId: (key: string) => string,
  projects: { id: string; sector: string }[],
) {
  const rec = await tx.recommendation.findUniqueOrThrow({ where: { code: seed.recommendationCode } });
  const id = uuid(rng);
  const milestones = seed.milestones.map((ms, position) => ({
    id: uuid(rng),
    title: ms.title,
    dueDate: day(ms.due),
    position,
    weight: 1,
    completedAt: ms.doneAt ? new Date(ms.doneAt) : null,
    completedById: ms.doneAt ? author.id : null,
    version: ms.doneAt ? 2 : 1,
    createdAt: new Date(seed.createdAt),
  }));
  const linked = projects.filter((p) => (seed.projects.sectors as string[]).includes(p.sector)).slice(0, seed.projects.count);
  const status = seed.statuses.at(-1)?.to ?? "NOT_STARTED";
  await tx.initiative.create({
    data: {
      id,
      recommendationId: rec.id,
      titleEn: seed.title.en,
      titleZh: seed.title.zh,
      titleRu: seed.title.ru,
      descriptionEn: seed.description.en,
      descriptionZh: seed.description.zh,
      descriptionRu: seed.description.ru,
      responsible: seed.responsible,
      status,
      startDate: day(seed.start),
      dueDate: day(seed.due),
      dimensions: seed.dimensions,
      indicatorCodes: seed.indicatorCodes,
      version: 1 + seed.statuses.length,
      createdById: author.id,
      createdAt: new Date(seed.createdAt),
      owners: { create: seed.owners.map((key) => ({ organizationId: orgId(key) })) },
      projects: { create: linked.map((p) => ({ projectId: p.id })) },
      milestones: { create: milestones },
    },
  });

  // The timeline in time order, each entry with the progress right after it.
  type Event = { at: Date; make: (progress: number, current: Status) => Prisma.InitiativeUpdateCreateManyInput };
  const by = { authorId: author.id, authorName: author.name };
  const events: Event[] = [
    ...seed.statuses.map((s, i) => ({
      at: new Date(s.at),
      make: (progress: number): Prisma.InitiativeUpdateCreateManyInput => ({
        initiativeId: id,
        kind: "STATUS",
        ...by,
        body: s.reason,
        fromStatus: i === 0 ? "NOT_STARTED" : seed.statuses[i - 1].to,
        toStatus: s.to,
        progress,
        createdAt: new Date(s.at),
      }),
    })),
    ...milestones
      .filter((ms) => ms.completedAt)
      .map((ms) => ({
        at: ms.completedAt!,
        make: (progress: number): Prisma.InitiativeUpdateCreateManyInput => ({
          initiativeId: id,
          kind: "MILESTONE",
          ...by,
          body: ms.title,
          milestoneId: ms.id,
          toStatus: "COMPLETE",
          progress,
          createdAt: ms.completedAt!,
        }),
      })),
    ...seed.notes.map((note) => ({
      at: new Date(note.at),
      make: (progress: number): Prisma.InitiativeUpdateCreateManyInput => ({
        initiativeId: id,
        kind: "NOTE",
        ...by,
        body: note.body,
        progress,
        createdAt: new Date(note.at),
      }),
    })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  const rows: Prisma.InitiativeUpdateCreateManyInput[] = [
    { initiativeId: id, kind: "CREATED", ...by, toStatus: "NOT_STARTED", progress: 0, createdAt: new Date(seed.createdAt) },
  ];
  for (const event of events) {
    const at = event.at;
    const done = milestones.map((ms) => ({ ...ms, completedAt: ms.completedAt && ms.completedAt <= at ? ms.completedAt : null }));
    const current = seed.statuses.filter((s) => new Date(s.at) <= at).at(-1)?.to ?? "NOT_STARTED";
    rows.push(event.make(initiativeProgress({ status: current, milestones: done }), current));
  }
  await tx.initiativeUpdate.createMany({ data: rows });
}
