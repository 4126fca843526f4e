-- API access tokens (issue 15, item 3): personal tokens that act as their owner, organization
-- tokens that read on behalf of an organization. Only the SHA-256 of the secret is stored; the
-- secret itself is shown once, when the token is created.
--
-- A personal token keeps the role and organization its owner had when creating it
-- (owner_role, organization_id) and stops working when either changes. An organization token
-- has no owner (user_id NULL) and is read-only (see lib/auth/permissions.ts, tokenActor).
--
-- The rate limit is a fixed one-minute window counted on the token's own row: one UPDATE per
-- request both authenticates and counts, so parallel requests of the same token queue on the
-- row lock and every one of them is counted (see lib/api-tokens/authenticate.ts).

-- CreateEnum
CREATE TYPE "ApiTokenKind" AS ENUM ('PERSONAL', 'ORGANIZATION');

-- CreateEnum
CREATE TYPE "ApiTokenScope" AS ENUM ('READ', 'READ_WRITE');

-- CreateTable
CREATE TABLE "api_tokens" (
    "id" UUID NOT NULL,
    "kind" "ApiTokenKind" NOT NULL,
    "name" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "hint" TEXT NOT NULL,
    "scope" "ApiTokenScope" NOT NULL,
    "user_id" UUID,
    "organization_id" UUID,
    "owner_role" "Role",
    "created_by_id" UUID,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),
    "last_used_at" TIMESTAMPTZ(3),
    "rate_limit" INTEGER NOT NULL DEFAULT 120,
    "window_started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "window_count" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "api_tokens_pkey" PRIMARY KEY ("id"),
    -- A personal token has an owner and the owner's role; an organization token has neither
    -- and may only read.
    CONSTRAINT "api_tokens_kind_check" CHECK (
        ("kind" = 'PERSONAL' AND "user_id" IS NOT NULL AND "owner_role" IS NOT NULL)
        OR ("kind" = 'ORGANIZATION' AND "user_id" IS NULL AND "owner_role" IS NULL
            AND "organization_id" IS NOT NULL AND "scope" = 'READ')
    ),
    CONSTRAINT "api_tokens_rate_limit_check" CHECK ("rate_limit" > 0)
);

-- CreateIndex
CREATE UNIQUE INDEX "api_tokens_token_hash_key" ON "api_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "api_tokens_user_id_idx" ON "api_tokens"("user_id");

-- CreateIndex
CREATE INDEX "api_tokens_organization_id_idx" ON "api_tokens"("organization_id");

-- AddForeignKey
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
