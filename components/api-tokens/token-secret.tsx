"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

/** A new token's secret, shown once: nothing keeps it after this page is left. */
export function TokenSecret({ secret, expiresAt }: { secret: string; expiresAt: string }) {
  const t = useTranslations("apiTokens");
  const common = useTranslations("common");
  const format = useFormatter();
  const [copied, setCopied] = useState(false);
  return (
    <Notice tone="success" testId="token-secret">
      <p className="font-medium">{t("created")}</p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <input
          readOnly
          value={secret}
          aria-label={t("secretLabel")}
          data-testid="token-secret-value"
          className="min-w-0 flex-1 rounded border border-green-300 bg-white px-2 py-1 font-mono text-xs"
          onFocus={(e) => e.currentTarget.select()}
        />
        <Button
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard?.writeText(secret).catch(() => undefined);
            setCopied(true);
          }}
        >
          {copied ? common("copied") : common("copy")}
        </Button>
      </div>
      <p className="mt-1 text-xs">{t("expiresOn", { date: format.dateTime(new Date(expiresAt), { dateStyle: "long" }) })}</p>
    </Notice>
  );
}
