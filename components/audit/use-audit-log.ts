"use client";

import { useInfiniteQuery } from "@tanstack/react-query";

import { getJson } from "@/lib/api/client";
import type { TAuditQuery } from "@/lib/audit/schema";

export type AuditRow = {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  createdAt: string;
  actor: { name: string; email: string } | null;
};

export const auditKeys = {
  all: ["audit"] as const,
  list: (filter: Omit<TAuditQuery, "before">) => [...auditKeys.all, "list", filter] as const,
};

export function useAuditLog(filter: Omit<TAuditQuery, "before">) {
  return useInfiniteQuery({
    queryKey: auditKeys.list(filter),
    initialPageParam: null as string | null,
    queryFn: async ({ pageParam, signal }) => {
      const params = new URLSearchParams(Object.entries(filter).filter(([, v]) => v) as [string, string][]);
      if (pageParam) params.set("before", pageParam);
      return getJson<{ entries: AuditRow[]; nextCursor: string | null }>(`/api/audit?${params}`, signal);
    },
    getNextPageParam: (last) => last.nextCursor,
  });
}
