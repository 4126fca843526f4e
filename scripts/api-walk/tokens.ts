import { createPersonalToken, revokeToken } from "@/lib/api-tokens/service";
import { getDb } from "@/lib/db/client";

/**
 * The walk's two tokens, created for an active account as /account creates them (through the
 * service, audited): read-write for the walk, read-only for the refusal. `revoke` ends both.
 */
export async function createWalkTokens(email: string) {
  const user = await getDb().user.findUnique({ where: { email }, select: { id: true, role: true, organizationId: true, status: true } });
  if (!user || user.status !== "ACTIVE") throw new Error(`No active account ${email}`);
  const actor = { id: user.id, role: user.role, organizationId: user.organizationId };
  const readWrite = await createPersonalToken(actor, { name: "API walk (read-write)", scope: "READ_WRITE", lifetimeDays: 7 });
  const readOnly = await createPersonalToken(actor, { name: "API walk (read-only)", scope: "READ", lifetimeDays: 7 });
  return {
    readWrite: readWrite.secret,
    readOnly: readOnly.secret,
    async revoke() {
      for (const token of [readWrite, readOnly]) await revokeToken(actor, { id: token.token.id });
    },
  };
}
