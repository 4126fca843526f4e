-- Mails that will never be sent (STORED without an SMTP server, FAILED after their last attempt)
-- kept the single-use links' tokens in clear, in the database and its backups. Delivery now masks
-- them as it does for sent mail (lib/mail/outbox.ts maskLinkTokens); this masks the rows kept before.
UPDATE "email_outbox"
SET "text_body" = regexp_replace("text_body", '(/(?:invite|reset)/)[A-Za-z0-9_-]{16,}', '\1[hidden]', 'g'),
    "html_body" = regexp_replace("html_body", '(/(?:invite|reset)/)[A-Za-z0-9_-]{16,}', '\1[hidden]', 'g')
WHERE "status" IN ('STORED', 'FAILED');
