import "server-only";

import { resolveAuditNames } from "@/lib/audit/names";
import { listAuditEntries } from "@/lib/audit/queries";
import { assertCan, can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { getPartnerProjectSummary } from "@/lib/projects/queries";

const orgSelect = {
  id: true,
  nameEn: true,
  nameZh: true,
  nameRu: true,
  country: true,
  cityEn: true,
  cityZh: true,
  cityRu: true,
  type: true,
} as const;

async function organizationsByCountry() {
  const rows = await getDb().organization.groupBy({ by: ["country"], where: { archivedAt: null }, _count: { _all: true } });
  const count = (c: "CN" | "RU") => rows.find((r) => r.country === c)?._count._all ?? 0;
  return { cn: count("CN"), ru: count("RU") };
}

/** What each role's start page shows: real counts and lists, nothing invented. */
export async function getLandingData(user: SessionUser, locale: string) {
  assertCan(user, "app.use");
  const db = getDb();
  if (can(user, "user.manage")) {
    const [byStatus, orgs, recent] = await Promise.all([
      db.user.groupBy({ by: ["status"], _count: { _all: true } }),
      organizationsByCountry(),
      // Through the audit log's own query, so drafts stay out of it here too.
      // Named as the log names them (one query per entity type), never by raw id.
      listAuditEntries(user, {}, 8).then(async ({ entries }) => {
        const names = await resolveAuditNames(user, entries, locale);
        return entries.map((e) => ({ ...e, entity: names.entity(e) }));
      }),
    ]);
    const status = (s: string) => byStatus.find((r) => r.status === s)?._count._all ?? 0;
    return { kind: "admin" as const, active: status("ACTIVE"), invited: status("INVITED"), orgs, recent };
  }
  if (user.role === "PARTNER" && user.organizationId) {
    const [organization, colleagues, counterparts, projects] = await Promise.all([
      db.organization.findUniqueOrThrow({ where: { id: user.organizationId }, select: orgSelect }),
      db.user.findMany({
        where: { organizationId: user.organizationId, status: "ACTIVE", id: { not: user.id } },
        select: { id: true, name: true },
        orderBy: { name: "asc" },
      }),
      db.organization.findMany({
        where: { archivedAt: null, country: user.organization?.country === "CN" ? "RU" : "CN" },
        select: orgSelect,
        orderBy: { nameEn: "asc" },
      }),
      // Titles in the language of the page being read, not the saved preference.
      getPartnerProjectSummary(user, locale),
    ]);
    return { kind: "partner" as const, organization, colleagues, counterparts, projects };
  }
  const [orgs, organizations] = await Promise.all([
    organizationsByCountry(),
    db.organization.findMany({ where: { archivedAt: null }, select: orgSelect, orderBy: [{ country: "asc" }, { nameEn: "asc" }] }),
  ]);
  return { kind: "organizer" as const, orgs, organizations };
}
