-- Notifications, follows, delivery preferences and the e-mail outbox (issue 5).

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('VERIFICATION_REQUESTED', 'EVIDENCE_CONFIRMED', 'EVIDENCE_DISPUTED', 'EVIDENCE_RETURNED', 'COMMENT_REPLY', 'MENTION', 'REVISION_REQUEST', 'NEW_COMMENT', 'INITIATIVE_CHANGED');

-- CreateEnum
CREATE TYPE "NotificationSubjectType" AS ENUM ('PROJECT', 'EVIDENCE', 'INITIATIVE');

-- CreateEnum
CREATE TYPE "NotificationChannel" AS ENUM ('IN_APP', 'EMAIL', 'DIGEST');

-- CreateEnum
CREATE TYPE "EmailStatus" AS ENUM ('QUEUED', 'SENT', 'FAILED', 'STORED');

-- CreateTable
CREATE TABLE "notifications" (
    "id" UUID NOT NULL,
    "recipient_id" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "subject_type" "NotificationSubjectType" NOT NULL,
    "subject_id" UUID NOT NULL,
    "comment_id" UUID,
    "actor_id" UUID,
    "channel" "NotificationChannel" NOT NULL DEFAULT 'IN_APP',
    "email_id" UUID,
    "read_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "follows" (
    "user_id" UUID NOT NULL,
    "subject_type" "NotificationSubjectType" NOT NULL,
    "subject_id" UUID NOT NULL,
    "following" BOOLEAN NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "follows_pkey" PRIMARY KEY ("user_id","subject_type","subject_id")
);

-- CreateTable
CREATE TABLE "notification_preferences" (
    "user_id" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "channel" "NotificationChannel" NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "notification_preferences_pkey" PRIMARY KEY ("user_id","kind")
);

-- CreateTable
CREATE TABLE "email_outbox" (
    "id" UUID NOT NULL,
    "recipient_id" UUID,
    "to_address" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "subject" TEXT NOT NULL,
    "text_body" TEXT NOT NULL,
    "html_body" TEXT NOT NULL,
    "status" "EmailStatus" NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),

    CONSTRAINT "email_outbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "notifications_recipient_id_created_at_idx" ON "notifications"("recipient_id", "created_at");

-- CreateIndex
CREATE INDEX "notifications_recipient_id_read_at_idx" ON "notifications"("recipient_id", "read_at");

-- CreateIndex
CREATE INDEX "notifications_channel_email_id_idx" ON "notifications"("channel", "email_id");

-- CreateIndex
CREATE INDEX "notifications_email_id_idx" ON "notifications"("email_id");

-- CreateIndex
CREATE INDEX "follows_subject_type_subject_id_idx" ON "follows"("subject_type", "subject_id");

-- CreateIndex
CREATE INDEX "email_outbox_status_created_at_idx" ON "email_outbox"("status", "created_at");

-- CreateIndex
CREATE INDEX "email_outbox_created_at_idx" ON "email_outbox"("created_at");

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_email_id_fkey" FOREIGN KEY ("email_id") REFERENCES "email_outbox"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
