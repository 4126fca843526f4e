-- Why a token was ended without its owner asking (password change, deactivation, …), kept on the
-- token so that its owner's list can say so (lib/api-tokens/reasons.ts); null when revoked by hand.
ALTER TABLE "api_tokens" ADD COLUMN "revoked_reason" TEXT;

-- Tokens revoked before: the reason their audit entry recorded.
UPDATE "api_tokens" t
SET "revoked_reason" = a."after" ->> 'reason'
FROM "audit_log" a
WHERE a."entity_type" = 'ApiToken'
  AND a."action" = 'apiToken.revoke'
  AND a."entity_id" = t."id"::text
  AND a."after" ->> 'reason' IS NOT NULL
  AND t."revoked_at" IS NOT NULL;
