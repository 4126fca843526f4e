import { NextResponse, type NextRequest } from "next/server";

import { listAuditEntries } from "@/lib/audit/queries";
import { ZAuditQuery } from "@/lib/audit/schema";
import { can } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

/** One page of the audit log for the admin UI's "load more" (React Query). */
export async function GET(request: NextRequest) {
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  if (!can(user, "audit.read")) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const parsed = ZAuditQuery.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return NextResponse.json({ error: "invalidInput" }, { status: 400 });
  const q = parsed.data;
  const page = await listAuditEntries(user, {
    action: q.action || undefined,
    entityType: q.entityType || undefined,
    from: q.from ? new Date(`${q.from}T00:00:00Z`) : undefined,
    to: q.to ? new Date(Date.parse(`${q.to}T00:00:00Z`) + 86_400_000) : undefined,
    before: q.before ? BigInt(q.before) : undefined,
  });
  return NextResponse.json({
    entries: page.entries.map((e) => ({
      id: e.id.toString(),
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      before: e.before,
      after: e.after,
      createdAt: e.createdAt.toISOString(),
      actor: e.actor ? { name: e.actor.name, email: e.actor.email } : null,
    })),
    nextCursor: page.nextCursor?.toString() ?? null,
  });
}
