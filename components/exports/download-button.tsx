"use client";

import { useState } from "react";

import { buttonClass } from "@/components/ui/button";
import { RequestError } from "@/lib/api/client";

/** Texts come from the server component that renders the button, so no client messages are needed. */
export type DownloadTexts = { preparing: string; errors: Record<string, string> };

function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get("content-disposition") ?? "";
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? fallback;
}

/**
 * Fetches a download and saves it, or shows why it was refused (translated) instead of saving an
 * error page as the file.
 */
export function DownloadButton({ href, label, texts, testId }: { href: string; label: string; texts: DownloadTexts; testId?: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function download() {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(href);
      if (!response.ok) {
        const refusal = await RequestError.fromResponse(response);
        setError(texts.errors[refusal.error.code] ?? texts.errors.generic);
        return;
      }
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement("a");
      link.href = url;
      link.download = fileNameOf(response, "download");
      document.body.append(link);
      link.click();
      link.remove();
      // Give the browser time to start saving before the object URL goes.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch {
      setError(texts.errors.generic);
    } finally {
      setBusy(false);
    }
  }
  return (
    <span className="inline-flex flex-col">
      <button type="button" className={buttonClass("secondary")} onClick={download} disabled={busy} data-testid={testId}>
        {busy ? texts.preparing : label}
      </button>
      {error && (
        <span role="alert" className="mt-1 max-w-xs text-xs text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
