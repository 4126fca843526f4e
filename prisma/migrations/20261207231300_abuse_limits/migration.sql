-- Abuse limits kept in PostgreSQL so that they hold across app instances (issue 12, item 7).
--
-- rate_limit_counters: one row per user, kind of write and fixed window; a write increments its
-- row with one INSERT ... ON CONFLICT DO UPDATE in the write's own transaction, so parallel
-- requests of one user queue on that row and a refused (rolled back) write counts nothing.
-- live_streams: the open live-update (SSE) streams of each user, with the time the serving
-- instance last saw each one alive; rows of an instance that died are ignored once stale.

-- CreateTable
CREATE TABLE "rate_limit_counters" (
    "user_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "rate_limit_counters_pkey" PRIMARY KEY ("user_id","kind","window_start")
);

-- CreateTable
CREATE TABLE "live_streams" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "opened_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "live_streams_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "live_streams_user_id_idx" ON "live_streams"("user_id");

-- AddForeignKey
ALTER TABLE "rate_limit_counters" ADD CONSTRAINT "rate_limit_counters_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "live_streams" ADD CONSTRAINT "live_streams_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
