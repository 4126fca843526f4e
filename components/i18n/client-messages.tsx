import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

import { pickMessages, type Messages } from "@/lib/i18n/client-messages";

import { MessagesScope } from "./messages-scope";

/**
 * Sends the messages at `ns` (dotted paths or groups, see lib/i18n/client-messages.ts) to the
 * client components below, on top of what the layouts above already sent.
 */
export async function ClientMessages({ ns, children }: { ns: readonly string[]; children: ReactNode }) {
  const messages = (await getMessages()) as Messages;
  return <MessagesScope messages={pickMessages(messages, ns)}>{children}</MessagesScope>;
}
