import "server-only";

import type { DbTx, Prisma } from "@/lib/db/client";

type Tx = Pick<DbTx, "auditLog">;

// The authenticator keys (enrolled and pending) are secrets like a password: never in the log.
const SECRET_KEYS = new Set([
  ...["passwordHash", "password", "tokenHash", "token", "currentPassword", "newPassword"],
  ...["totpSecret", "totpPendingSecret"],
]);

/** Drops secrets (at any depth) before a snapshot is written to the audit log. */
export function redact(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (key, v) => (SECRET_KEYS.has(key) ? undefined : typeof v === "bigint" ? v.toString() : v)),
  ) as Prisma.InputJsonValue;
}

export type AuditEntry = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

/** Every mutation writes one row, inside the mutation's own transaction. */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: redact(entry.before),
      after: redact(entry.after),
    },
  });
}
