"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { startTransition, useEffect, useState } from "react";

import { buttonClass } from "@/components/ui/button";

/**
 * A page that failed on the server. Production hides the cause from the browser, so the health
 * check (which answers 503 while the database is down) tells an outage from any other failure.
 */
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("pageError");
  const router = useRouter();
  const [outage, setOutage] = useState(false);
  useEffect(() => {
    const probe = new AbortController();
    fetch("/api/health", { signal: probe.signal, cache: "no-store" })
      .then((response) => setOutage(response.status === 503))
      .catch(() => undefined);
    return () => probe.abort();
  }, []);
  return (
    <main id="main" role="alert" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{outage ? t("outage") : t("failed")}</p>
      <button
        type="button"
        className={`${buttonClass("primary")} mt-4`}
        onClick={() =>
          startTransition(() => {
            router.refresh();
            reset();
          })
        }
      >
        {t("retry")}
      </button>
    </main>
  );
}
