-- Threaded comments on projects, evidence and initiatives (issue 5).

-- CreateEnum
CREATE TYPE "CommentTargetType" AS ENUM ('PROJECT', 'EVIDENCE', 'INITIATIVE');

-- CreateEnum
CREATE TYPE "CommentReportOutcome" AS ENUM ('HIDDEN', 'DISMISSED');

-- CreateTable
CREATE TABLE "comments" (
    "id" UUID NOT NULL,
    "target_type" "CommentTargetType" NOT NULL,
    "target_id" UUID NOT NULL,
    "parent_id" UUID,
    "depth" INTEGER NOT NULL DEFAULT 0,
    "author_id" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "text_version" INTEGER NOT NULL DEFAULT 1,
    "edited_at" TIMESTAMPTZ(3),
    "deleted_at" TIMESTAMPTZ(3),
    "hidden_at" TIMESTAMPTZ(3),
    "hidden_by_id" UUID,
    "hidden_reason" TEXT,
    "revision_request" BOOLEAN NOT NULL DEFAULT false,
    "resolved_at" TIMESTAMPTZ(3),
    "resolved_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "comments_pkey" PRIMARY KEY ("id"),
    -- Three levels at most; a top-level comment has no parent and every reply has one.
    CONSTRAINT "comments_depth_check" CHECK ("depth" BETWEEN 0 AND 2 AND (("depth" = 0) = ("parent_id" IS NULL))),
    -- The length limit of lib/comments/schema.ts, kept by the database as well.
    CONSTRAINT "comments_body_length_check" CHECK (char_length("body") BETWEEN 1 AND 5000)
);

-- CreateTable
CREATE TABLE "comment_revisions" (
    "id" UUID NOT NULL,
    "comment_id" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "comment_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "comment_translations" (
    "comment_id" UUID NOT NULL,
    "locale" "Locale" NOT NULL,
    "body" TEXT NOT NULL,
    "source_version" INTEGER NOT NULL,
    "translator_id" UUID NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "comment_translations_pkey" PRIMARY KEY ("comment_id","locale")
);

-- CreateTable
CREATE TABLE "comment_reports" (
    "id" UUID NOT NULL,
    "comment_id" UUID NOT NULL,
    "reporter_id" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "handled_at" TIMESTAMPTZ(3),
    "handled_by_id" UUID,
    "outcome" "CommentReportOutcome",

    CONSTRAINT "comment_reports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "comment_mentions" (
    "comment_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,

    CONSTRAINT "comment_mentions_pkey" PRIMARY KEY ("comment_id","user_id")
);

-- CreateIndex
CREATE INDEX "comments_target_type_target_id_updated_at_idx" ON "comments"("target_type", "target_id", "updated_at");

-- CreateIndex
CREATE INDEX "comments_parent_id_idx" ON "comments"("parent_id");

-- CreateIndex
CREATE INDEX "comments_target_type_revision_request_resolved_at_idx" ON "comments"("target_type", "revision_request", "resolved_at");

-- CreateIndex
CREATE INDEX "comment_revisions_comment_id_created_at_idx" ON "comment_revisions"("comment_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "comment_reports_comment_id_reporter_id_key" ON "comment_reports"("comment_id", "reporter_id");

-- CreateIndex
CREATE INDEX "comment_reports_handled_at_idx" ON "comment_reports"("handled_at");

-- CreateIndex
CREATE INDEX "comment_mentions_user_id_idx" ON "comment_mentions"("user_id");

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "comments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment_revisions" ADD CONSTRAINT "comment_revisions_comment_id_fkey" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment_translations" ADD CONSTRAINT "comment_translations_comment_id_fkey" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment_reports" ADD CONSTRAINT "comment_reports_comment_id_fkey" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment_mentions" ADD CONSTRAINT "comment_mentions_comment_id_fkey" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE CASCADE;
