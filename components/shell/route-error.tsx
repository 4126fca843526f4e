"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";

import { Button, buttonClass } from "@/components/ui/button";

/**
 * What a section shows when its page failed on the server (its error.tsx): a translated
 * explanation, the reference that matches the server's log entry (never the error text itself),
 * and "Try again", which renders the section's server components once more. Production hides the
 * cause from the browser, so the health check (503 while the database is down) tells an outage
 * from any other failure. "Back to the start page" is a plain link: after a failure a full load
 * is the surer way, and the boundary at the root of the app would otherwise carry the client
 * router's link code by itself.
 */
export function RouteError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("boundaries");
  const tp = useTranslations("pageError");
  const locale = useLocale();
  const [outage, setOutage] = useState(false);
  useEffect(() => {
    const probe = new AbortController();
    fetch("/api/health", { signal: probe.signal, cache: "no-store" })
      .then((response) => setOutage(response.status === 503))
      .catch(() => undefined);
    return () => probe.abort();
  }, []);
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : undefined;
  return (
    <div role="alert" data-testid="route-error" className="max-w-2xl space-y-3 rounded-lg border border-red-200 bg-red-50 p-5">
      <h1 className="text-lg font-semibold text-red-900">{tp("title")}</h1>
      <p className="text-sm text-red-900">{outage ? tp("outage") : tp("failed")}</p>
      {digest && <p className="font-mono text-xs text-red-800">{t("errorReference", { digest })}</p>}
      <div className="flex flex-wrap gap-3">
        <Button onClick={() => retry()}>{tp("retry")}</Button>
        <a href={`/${locale}`} className={buttonClass("secondary")}>
          {t("home")}
        </a>
      </div>
    </div>
  );
}
