import "server-only";

import { getServerSession } from "next-auth";
import { cache } from "react";

import { getDb } from "@/lib/db/client";

import { getAuthOptions } from "./options";
import type { Actor } from "./permissions";

export type SessionUser = Actor & {
  email: string;
  name: string;
  locale: "en" | "zh" | "ru";
  organization: { id: string; nameEn: string; nameZh: string; nameRu: string; country: "CN" | "RU" } | null;
};

/**
 * The signed-in user for this request, or null. The JWT alone is not trusted: the user must
 * still be active and the session version must match, so deactivation or a password or role
 * change ends every open session on the next request. Cached per request.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(getAuthOptions());
  if (!session?.uid || session.sv === undefined) return null;
  const user = await getDb().user.findUnique({
    where: { id: session.uid },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      status: true,
      locale: true,
      sessionVersion: true,
      organizationId: true,
      organization: { select: { id: true, nameEn: true, nameZh: true, nameRu: true, country: true } },
    },
  });
  if (!user || user.status !== "ACTIVE" || user.sessionVersion !== session.sv) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    organizationId: user.organizationId,
    organization: user.organization,
  };
});
