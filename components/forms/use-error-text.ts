"use client";

import { useTranslations } from "next-intl";
import type { PublicError } from "@/lib/errors";

// Core messages first, then each feature's own `errors` / `validation` sub-namespace
// (e.g. `projects.errors.partnersIncomplete`), so features add codes without touching core files.
const FEATURES = ["projects", "evidence", "scores", "catalog", "initiatives", "recommendations", "forums", "comments", "notifications"] as const;
const ERROR_NAMESPACES = ["errors", ...FEATURES.map((f) => `${f}.errors`)];
const VALIDATION_NAMESPACES = ["validation", ...FEATURES.map((f) => `${f}.validation`)];

/** Turns validation keys and server error codes into translated text, never raw messages. */
export function useErrorText() {
  const t = useTranslations();
  const find = (namespaces: string[], code: string) => namespaces.map((ns) => `${ns}.${code}`).find((key) => t.has(key));
  return {
    field(message: string | undefined): string | undefined {
      if (!message) return undefined;
      const key = find([...VALIDATION_NAMESPACES, ...ERROR_NAMESPACES], message);
      return key ? t(key) : t("validation.invalid");
    },
    server(error: PublicError | undefined): string | undefined {
      if (!error) return undefined;
      const key = find(ERROR_NAMESPACES, error.code);
      return key ? t(key, error.values ?? {}) : t("errors.generic");
    },
  };
}
