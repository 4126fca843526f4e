"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

/** A single-use link shown once to the admin, with a copy button. */
export function OneTimeLink({
  link,
  expiresAt,
  messageKey,
}: {
  link: string;
  expiresAt: string;
  messageKey: "invitationCreated" | "resetCreated";
}) {
  const t = useTranslations();
  const format = useFormatter();
  const [copied, setCopied] = useState(false);
  return (
    <Notice tone="success" testId="one-time-link">
      <p>{t(`users.${messageKey}`)}</p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <input
          readOnly
          value={link}
          aria-label={t(`users.${messageKey}`)}
          data-testid="one-time-link-url"
          className="min-w-0 flex-1 rounded border border-green-300 bg-white px-2 py-1 font-mono text-xs"
          onFocus={(e) => e.currentTarget.select()}
        />
        <Button
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard?.writeText(link).catch(() => undefined);
            setCopied(true);
          }}
        >
          {copied ? t("common.copied") : t("common.copy")}
        </Button>
      </div>
      <p className="mt-1 text-xs">
        {t("users.linkExpires", { date: format.dateTime(new Date(expiresAt), { dateStyle: "medium", timeStyle: "short" }) })}
      </p>
    </Notice>
  );
}
