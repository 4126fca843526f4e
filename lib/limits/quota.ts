import "server-only";

import type { DbTx } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { ValidationError } from "@/lib/errors";

const MB = 1024 * 1024;

/**
 * Refuses an upload that would take the organization's stored attachments (its evidence's and
 * the initiative updates its members posted) beyond ORG_ATTACHMENT_QUOTA_MB, with 413. Runs in
 * the upload's transaction under a per-organization advisory lock held until commit, so parallel
 * uploads are summed one after the other and cannot together pass the quota. Staff without an
 * organization (organizers, administrators) have no quota.
 */
export async function assertAttachmentQuota(tx: DbTx, organizationId: string | null, files: readonly { bytes: Uint8Array }[]) {
  const adding = files.reduce((sum, file) => sum + file.bytes.byteLength, 0);
  if (!organizationId || adding === 0) return;
  const quota = getEnv().ORG_ATTACHMENT_QUOTA_MB * MB;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('synergia.attachment_quota'), hashtext(${organizationId}))`;
  const [{ used }] = await tx.$queryRaw<{ used: bigint }[]>`
    SELECT
      (SELECT COALESCE(SUM(a.size), 0) FROM evidence_attachments a JOIN evidence e ON e.id = a.evidence_id
        WHERE e.organization_id = ${organizationId}::uuid)
      + (SELECT COALESCE(SUM(a.size), 0) FROM initiative_update_attachments a JOIN users u ON u.id = a.uploaded_by_id
        WHERE u.organization_id = ${organizationId}::uuid) AS used`;
  if (Number(used) + adding > quota)
    throw new ValidationError("attachmentQuotaExceeded", "attachments", {
      quotaMb: getEnv().ORG_ATTACHMENT_QUOTA_MB,
      usedMb: Math.ceil(Number(used) / MB),
    });
}
