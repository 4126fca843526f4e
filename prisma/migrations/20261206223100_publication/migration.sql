-- Public portal (issue 15): a project appears only when every accepted partner organization has
-- agreed to publish it (off by default); a forum edition's report only once organizers publish it.
-- Who changed either is in the audit log.

ALTER TABLE "project_partners" ADD COLUMN "publish_consent" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "project_partners" ADD COLUMN "publish_consent_at" TIMESTAMPTZ(3);

ALTER TABLE "forum_editions" ADD COLUMN "published_at" TIMESTAMPTZ(3);
