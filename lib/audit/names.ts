import "server-only";

import { assertCan, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { localized } from "@/lib/i18n/localized";
import type { TLocale } from "@/lib/projects/schema";
import { pickText } from "@/lib/projects/texts";

/** What an audit entry is about, as a reader sees it: a name and, where there is one, a page. */
export type EntityRef = { label: string; href: string | null };

type Key = { entityType: string; entityId: string };
type Resolver = (ids: string[], actor: Actor, locale: string) => Promise<[id: string, ref: EntityRef][]>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const textSelect = { select: { locale: true, title: true, summary: true, source: true, sourceVersion: true } } as const;

type ProjectNameRow = {
  code: string;
  originalLocale: string;
  textVersion: number;
  texts: Parameters<typeof pickText>[0];
};
const projectLabel = (p: ProjectNameRow, locale: string) =>
  `${p.code} · ${pickText(p.texts, p.originalLocale as TLocale, p.textVersion, locale).shown.title}`;
const projectNameSelect = { code: true, originalLocale: true, textVersion: true, texts: textSelect } as const;

/**
 * A draft belongs to the organization writing it (lib/evidence/access.ts): the log already
 * leaves out entries about another organization's draft, and a name must not reveal one either.
 */
const hiddenDraft = (actor: Actor, e: { status: string; organizationId: string }) =>
  e.status === "DRAFT" && e.organizationId !== actor.organizationId;

const RESOLVERS: Record<string, Resolver> = {
  JointProject: async (ids, _actor, locale) =>
    (await getDb().jointProject.findMany({ where: { id: { in: ids } }, select: { id: true, ...projectNameSelect } })).map((p) => [
      p.id,
      { label: projectLabel(p, locale), href: `/projects/${p.id}` },
    ]),
  Evidence: async (ids, actor, locale) =>
    (
      await getDb().evidence.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          status: true,
          organizationId: true,
          indicator: { select: { code: true, nameEn: true, nameZh: true, nameRu: true } },
          project: { select: { code: true } },
        },
      })
    )
      .filter((e) => !hiddenDraft(actor, e))
      .map((e) => [
        e.id,
        { label: `${e.indicator.code} ${localized(e.indicator, "name", locale)} · ${e.project.code}`, href: `/evidence/${e.id}` },
      ]),
  // A comment is named by what it is on; its text stays in the discussion (and its moderation).
  Comment: async (ids, actor, locale) =>
    (
      await getDb().comment.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          project: { select: { id: true, ...projectNameSelect } },
          evidence: { select: { id: true, status: true, organizationId: true, project: { select: { code: true } } } },
          initiative: { select: { id: true, titleEn: true, titleZh: true, titleRu: true } },
        },
      })
    ).flatMap((c): [string, EntityRef][] => {
      if (c.project) return [[c.id, { label: projectLabel(c.project, locale), href: `/projects/${c.project.id}` }]];
      if (c.evidence && !hiddenDraft(actor, c.evidence))
        return [[c.id, { label: c.evidence.project.code, href: `/evidence/${c.evidence.id}` }]];
      if (c.initiative) return [[c.id, { label: localized(c.initiative, "title", locale), href: `/initiatives/${c.initiative.id}` }]];
      return [];
    }),
  User: async (ids) =>
    (await getDb().user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true } })).map((u) => [
      u.id,
      { label: `${u.name} <${u.email}>`, href: `/admin/users/${u.id}` },
    ]),
  Organization: async (ids, _actor, locale) =>
    (
      await getDb().organization.findMany({ where: { id: { in: ids } }, select: { id: true, nameEn: true, nameZh: true, nameRu: true } })
    ).map((o) => [o.id, { label: localized(o, "name", locale), href: `/admin/organizations/${o.id}` }]),
  Initiative: async (ids, _actor, locale) =>
    (
      await getDb().initiative.findMany({ where: { id: { in: ids } }, select: { id: true, titleEn: true, titleZh: true, titleRu: true } })
    ).map((i) => [i.id, { label: localized(i, "title", locale), href: `/initiatives/${i.id}` }]),
  Milestone: async (ids) =>
    (await getDb().milestone.findMany({ where: { id: { in: ids } }, select: { id: true, title: true, initiativeId: true } })).map((m) => [
      m.id,
      { label: m.title, href: `/initiatives/${m.initiativeId}` },
    ]),
  Recommendation: async (ids) =>
    (await getDb().recommendation.findMany({ where: { id: { in: ids } }, select: { id: true, code: true } })).map((r) => [
      r.id,
      { label: r.code, href: `/recommendations/${r.id}` },
    ]),
  ForumEdition: async (ids, _actor, locale) =>
    (
      await getDb().forumEdition.findMany({ where: { id: { in: ids } }, select: { id: true, nameEn: true, nameZh: true, nameRu: true } })
    ).map((f) => [f.id, { label: localized(f, "name", locale), href: `/forums/${f.id}` }]),
  Indicator: async (ids, _actor, locale) =>
    (
      await getDb().indicator.findMany({
        where: { id: { in: ids } },
        select: { id: true, code: true, nameEn: true, nameZh: true, nameRu: true },
      })
    ).map((i) => [i.id, { label: `${i.code} ${localized(i, "name", locale)}`, href: `/admin/catalog/${i.id}` }]),
  ScoringModel: async (ids) =>
    (await getDb().scoringModel.findMany({ where: { id: { in: ids } }, select: { id: true, version: true } })).map((m) => [
      m.id,
      { label: `v${m.version}`, href: `/admin/scoring` },
    ]),
  ReportingPeriod: async (ids) =>
    (await getDb().reportingPeriod.findMany({ where: { id: { in: ids } }, select: { id: true, key: true } })).map((p) => [
      p.id,
      { label: p.key, href: `/periods/${p.id}` },
    ]),
  // A token is named (never shown); its owner's page lists it.
  ApiToken: async (ids) =>
    (await getDb().apiToken.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, hint: true } })).map((k) => [
      k.id,
      { label: `${k.name} (…${k.hint})`, href: null },
    ]),
};

export const refKey = (entityType: string, entityId: string) => `${entityType}:${entityId}`;

/**
 * Fields of a recorded snapshot, at any depth, that hold another entity's id or a list of such
 * ids, by the type of that entity. Any other field whose name ends in "ById" (createdById,
 * verifiedById, …) holds a user's id.
 */
const ID_FIELDS: Record<string, string> = {
  organizationId: "Organization",
  userId: "User",
  actorId: "User",
  authorId: "User",
  recipientId: "User",
  reporterId: "User",
  translatorId: "User",
  projectId: "JointProject",
  indicatorId: "Indicator",
  evidenceId: "Evidence",
  initiativeId: "Initiative",
  milestoneId: "Milestone",
  recommendationId: "Recommendation",
  commentId: "Comment",
  forumId: "ForumEdition",
  modelId: "ScoringModel",
  periodId: "ReportingPeriod",
  reportingPeriodId: "ReportingPeriod",
  projectIds: "JointProject",
  evidenceIds: "Evidence",
  initiativeIds: "Initiative",
  mentions: "User",
  // A milestone move records the initiative's milestones in order.
  order: "Milestone",
};
/** A comment's `target` names what it is on by a type code and an id (lib/comments/schema.ts). */
const TARGET_TYPES: Record<string, string> = { PROJECT: "JointProject", EVIDENCE: "Evidence", INITIATIVE: "Initiative" };
const typeOfField = (field: string) => (Object.hasOwn(ID_FIELDS, field) ? ID_FIELDS[field] : field.endsWith("ById") ? "User" : undefined);

/**
 * The ids a snapshot (an entry's `before` or `after`) names, with their entity types: in its
 * fields, in the objects and lists recorded inside them (an initiative's owners, a plan's rows, a
 * verification) and in a bare list (`project.plan`).
 */
function idsInValues(value: unknown, field = ""): Key[] {
  if (Array.isArray(value)) return value.flatMap((v) => idsInValues(v, field));
  if (typeof value === "object" && value !== null) {
    const { type, id } = value as { type?: unknown; id?: unknown };
    const target =
      field === "target" && typeof type === "string" && Object.hasOwn(TARGET_TYPES, type) && typeof id === "string" && UUID.test(id)
        ? [{ entityType: TARGET_TYPES[type], entityId: id }]
        : [];
    return [...target, ...Object.entries(value).flatMap(([k, v]) => idsInValues(v, k))];
  }
  const entityType = typeOfField(field);
  return entityType && typeof value === "string" && UUID.test(value) ? [{ entityType, entityId: value }] : [];
}

/**
 * Some entries name their entity by something other than a UUID: the seeded catalog is recorded
 * against scoring model "1", its version. Those get a label without a query.
 */
function fixedRef(key: Key): EntityRef | undefined {
  if (key.entityType === "ScoringModel" && /^[1-9][0-9]{0,8}$/.test(key.entityId)) {
    return { label: `v${key.entityId}`, href: "/admin/scoring" };
  }
  return undefined;
}

type Entry = Key & { before?: unknown; after?: unknown };

/**
 * Names for a page of the log: what each entry is about, and the ids inside its before/after
 * values (organizationId, projectId, …), mapped by id to what they name. Both are resolved in the
 * same pass, one query per entity type, and follow the same rules as resolveEntityRefs.
 */
export async function resolveAuditNames(actor: Actor, entries: readonly Entry[], locale: string) {
  const valueKeys = entries.map((e) => [...idsInValues(e.before), ...idsInValues(e.after)]);
  const refs = await resolveEntityRefs(actor, [...entries, ...valueKeys.flat()], locale);
  return {
    entity: (e: Key) => refs.get(refKey(e.entityType, e.entityId)) ?? null,
    /** The names of the ids inside entry i's values, by raw id; an id without a name is absent. */
    values: (i: number): Record<string, EntityRef> =>
      Object.fromEntries(
        valueKeys[i].flatMap((k) => {
          const ref = refs.get(refKey(k.entityType, k.entityId.toLowerCase()));
          return ref ? [[k.entityId, ref]] : [];
        }),
      ),
  };
}

/**
 * Names of the entities a page of the log is about: one query per entity type on the page,
 * never one per row. An entity that is gone, hidden from the reader, or of a type without
 * names (e.g. "Database") is left out, and the entry shows its id. Keys of UUIDs are lower case.
 */
export async function resolveEntityRefs(actor: Actor, entries: readonly Key[], locale: string): Promise<Map<string, EntityRef>> {
  assertCan(actor, "audit.read");
  const idsByType = new Map<string, Set<string>>();
  const fixed: [string, EntityRef][] = [];
  for (const e of entries) {
    const ref = fixedRef(e);
    if (ref) fixed.push([refKey(e.entityType, e.entityId), ref]);
    if (!RESOLVERS[e.entityType] || !UUID.test(e.entityId)) continue;
    const ids = idsByType.get(e.entityType) ?? new Set<string>();
    ids.add(e.entityId.toLowerCase());
    idsByType.set(e.entityType, ids);
  }
  const resolved = await Promise.all(
    [...idsByType].map(async ([type, ids]) =>
      (await RESOLVERS[type]([...ids], actor, locale)).map(([id, ref]) => [refKey(type, id), ref] as const),
    ),
  );
  return new Map([...fixed, ...resolved.flat()]);
}
