-- Who revoked a token by hand (its owner, or an administrator for an organization's token), kept
-- on the token so that its list can say "Revoked by …"; null when it was ended automatically
-- (revoked_reason says why) or by nobody.
ALTER TABLE "api_tokens" ADD COLUMN "revoked_by_id" UUID;
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_revoked_by_id_fkey"
  FOREIGN KEY ("revoked_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Tokens revoked by hand before: the actor of their audit entry (one without a reason).
UPDATE "api_tokens" t
SET "revoked_by_id" = a."actor_id"
FROM "audit_log" a
WHERE a."entity_type" = 'ApiToken'
  AND a."action" = 'apiToken.revoke'
  AND a."entity_id" = t."id"::text
  AND a."after" ->> 'reason' IS NULL
  AND a."actor_id" IS NOT NULL
  AND t."revoked_at" IS NOT NULL
  AND t."revoked_reason" IS NULL;
