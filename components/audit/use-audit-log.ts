"use client";

import { useInfiniteQuery } from "@tanstack/react-query";

import { getJson } from "@/lib/api/client";
import type { TAuditQuery } from "@/lib/audit/schema";

export type AuditRow = {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  /** The entity's name (and page) in the reader's language; null when it is gone or not for this reader. */
  entity: { label: string; href: string | null } | null;
  /** Names (and pages) of the ids inside before/after, by raw id, for those the reader may see. */
  names: Record<string, { label: string; href: string | null }>;
  before: unknown;
  after: unknown;
  createdAt: string;
  actor: { name: string; email: string } | null;
};

export const auditKeys = {
  all: ["audit"] as const,
  list: (filter: Omit<TAuditQuery, "before">, locale: string) => [...auditKeys.all, "list", filter, locale] as const,
};

export function useAuditLog(filter: Omit<TAuditQuery, "before">, locale: string) {
  return useInfiniteQuery({
    queryKey: auditKeys.list(filter, locale),
    initialPageParam: null as string | null,
    queryFn: async ({ pageParam, signal }) => {
      const params = new URLSearchParams(Object.entries(filter).filter(([, v]) => v) as [string, string][]);
      params.set("locale", locale);
      if (pageParam) params.set("before", pageParam);
      return getJson<{ entries: AuditRow[]; nextCursor: string | null }>(`/api/audit?${params}`, signal);
    },
    getNextPageParam: (last) => last.nextCursor,
  });
}
