"use client";

import { useQuery } from "@tanstack/react-query";

export const notificationKeys = {
  all: ["notifications"] as const,
  unread: () => [...notificationKeys.all, "unread"] as const,
};

async function fetchUnread(): Promise<number> {
  const response = await fetch("/api/notifications/unread", { cache: "no-store" });
  if (!response.ok) throw new Error(`unread count: ${response.status}`);
  const body = (await response.json()) as { count: number };
  return body.count;
}

/** The unread count, polled every 30 s and on returning to the tab; starts from the server's. */
export function useUnreadCount(initial: number) {
  return useQuery({
    queryKey: notificationKeys.unread(),
    queryFn: fetchUnread,
    initialData: initial,
    initialDataUpdatedAt: 0,
    refetchInterval: 30_000,
    refetchOnWindowFocus: true,
  });
}
