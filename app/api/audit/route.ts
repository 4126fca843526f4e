import { handle, InvalidInputError, parseWith, queryOf } from "@/lib/api/http";
import { resolveAuditNames } from "@/lib/audit/names";
import { listAuditEntries } from "@/lib/audit/queries";
import { ZAuditQuery } from "@/lib/audit/schema";

export const dynamic = "force-dynamic";

/** One page of the audit log for the admin UI's "load more" (React Query); administrators only. */
export async function GET(request: Request) {
  return handle(request, async (user) => {
    const q = parseWith(ZAuditQuery, queryOf(request));
    // ISO days compare as text; a range that ends before it starts is a mistake, not an empty page.
    if (q.from && q.to && q.from > q.to) throw new InvalidInputError({ to: "endBeforeStart" });
    const page = await listAuditEntries(user, {
      action: q.action || undefined,
      entityType: q.entityType || undefined,
      from: q.from ? new Date(`${q.from}T00:00:00Z`) : undefined,
      to: q.to ? new Date(Date.parse(`${q.to}T00:00:00Z`) + 86_400_000) : undefined,
      before: q.before ? BigInt(q.before) : undefined,
    });
    const names = await resolveAuditNames(user, page.entries, q.locale ?? "en");
    return {
      entries: page.entries.map((e, i) => ({
        id: e.id.toString(),
        action: e.action,
        entityType: e.entityType,
        entityId: e.entityId,
        entity: names.entity(e),
        names: names.values(i),
        before: e.before,
        after: e.after,
        createdAt: e.createdAt.toISOString(),
        actor: e.actor ? { name: e.actor.name, email: e.actor.email } : null,
      })),
      nextCursor: page.nextCursor?.toString() ?? null,
    };
  });
}
