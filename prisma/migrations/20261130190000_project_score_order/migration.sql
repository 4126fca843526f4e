-- The project list sorted by coordination degree (ORDER BY latest_d DESC NULLS LAST, id DESC)
-- read every project and sorted them on each page view; this index serves it in order.
-- CreateIndex
CREATE INDEX "joint_projects_latest_d_id_idx" ON "joint_projects"("latest_d" DESC NULLS LAST, "id" DESC);
