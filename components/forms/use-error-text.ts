"use client";

import { useTranslations } from "next-intl";
import type { PublicError } from "@/lib/errors";

/** Turns validation keys and server error codes into translated text, never raw messages. */
export function useErrorText() {
  const tv = useTranslations("validation");
  const te = useTranslations("errors");
  return {
    field(message: string | undefined): string | undefined {
      if (!message) return undefined;
      if (tv.has(message)) return tv(message);
      if (te.has(message)) return te(message);
      return tv("invalid");
    },
    server(error: PublicError | undefined): string | undefined {
      if (!error) return undefined;
      return te.has(error.code) ? te(error.code, error.values ?? {}) : te("generic");
    },
  };
}
