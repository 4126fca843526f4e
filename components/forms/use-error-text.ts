"use client";

import { useTranslations } from "next-intl";

import { RequestError } from "@/lib/api/client";
import type { PublicError } from "@/lib/errors";
import { ERROR_FEATURES } from "@/lib/i18n/client-messages";

// Core messages and each feature's own `errors` / `validation` sub-namespace (e.g.
// `projects.errors.partnersIncomplete`), so features add codes without touching core files.
// Two features may give one code different words ("reasonRequired": a dispute's reason, a
// hidden comment's reason), so the calling form's feature is asked first.
const FEATURES = ERROR_FEATURES;
export type ErrorFeature = (typeof FEATURES)[number];

function namespaces(kind: "errors" | "validation", feature?: ErrorFeature): string[] {
  const others = FEATURES.filter((f) => f !== feature).map((f) => `${f}.${kind}`);
  return feature ? [`${feature}.${kind}`, kind, ...others] : [kind, ...others];
}

/**
 * Turns validation keys and server error codes into translated text, never raw messages.
 * `feature`: the form's feature, whose own wording of a code wins.
 */
export function useErrorText(feature?: ErrorFeature) {
  const t = useTranslations();
  const find = (keys: string[], code: string) => keys.map((ns) => `${ns}.${code}`).find((key) => t.has(key));
  const errorNamespaces = namespaces("errors", feature);
  const fieldNamespaces = [...namespaces("validation", feature), ...errorNamespaces];
  const field = (message: string | undefined): string | undefined => {
    if (!message) return undefined;
    const key = find(fieldNamespaces, message);
    return key ? t(key) : t("validation.invalid");
  };
  const server = (error: PublicError | undefined): string | undefined => {
    if (!error) return undefined;
    const key = find(errorNamespaces, error.code);
    return key ? t(key, error.values ?? {}) : t("errors.generic");
  };
  return {
    field,
    server,
    /** Whatever a request threw, as one sentence: its first field's message, or the refusal. */
    request(error: unknown): string | undefined {
      if (!error) return undefined;
      if (!(error instanceof RequestError)) return server({ code: "generic" });
      return error.invalidInput ? field(Object.values(error.fieldErrors)[0]) : server(error.error);
    },
  };
}
