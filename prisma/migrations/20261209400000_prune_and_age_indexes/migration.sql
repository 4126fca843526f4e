-- Indexes for the daily clean-up of sign-in tables (lib/jobs/prune.ts, queue sign-in-prune).
--
-- It deletes login attempts by age (created_at, under two retentions: successful and failed) and
-- sessions ended or expired a week ago (ended_at OR expires_at). The existing indexes lead with
-- email, ip or user_id, so each run read the whole table; after a flood of sign-in attempts the
-- first run read every row of it. Plain CREATE INDEX: migrations run in a transaction.

-- CreateIndex
CREATE INDEX "login_attempts_created_at_idx" ON "login_attempts"("created_at");

-- CreateIndex
CREATE INDEX "user_sessions_ended_at_idx" ON "user_sessions"("ended_at");

-- CreateIndex
CREATE INDEX "user_sessions_expires_at_idx" ON "user_sessions"("expires_at");
