"use client";

import { NextIntlClientProvider, useLocale, useMessages, useTimeZone } from "next-intl";
import { useMemo, type ReactNode } from "react";

import { mergeMessages, type Messages } from "@/lib/i18n/client-messages";

/** Adds `messages` to those of the provider above, so that no page sends a message twice. */
export function MessagesScope({ messages, children }: { messages: Messages; children: ReactNode }) {
  const parent = useMessages() as Messages;
  const merged = useMemo(() => mergeMessages(parent, messages), [parent, messages]);
  return (
    <NextIntlClientProvider locale={useLocale()} timeZone={useTimeZone()} messages={merged}>
      {children}
    </NextIntlClientProvider>
  );
}
