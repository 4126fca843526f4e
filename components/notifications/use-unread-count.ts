"use client";

import { useQuery } from "@tanstack/react-query";

import { getJson } from "@/lib/api/client";

export const notificationKeys = {
  all: ["notifications"] as const,
  unread: () => [...notificationKeys.all, "unread"] as const,
};

/** The unread count, polled every 30 s and on returning to the tab; starts from the server's. */
export function useUnreadCount(initial: number) {
  return useQuery({
    queryKey: notificationKeys.unread(),
    queryFn: ({ signal }) => getJson<number>("/api/notifications/unread", signal),
    initialData: initial,
    initialDataUpdatedAt: 0,
    refetchInterval: 30_000,
    refetchOnWindowFocus: true,
  });
}
