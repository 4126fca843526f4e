import { getJson } from "@/lib/api/client";
import { targetParam, type TTarget } from "@/lib/comments/schema";
import type { CommentView } from "@/lib/comments/view";

export type ThreadComment = CommentView & { pending?: boolean };
export type ThreadData = { comments: ThreadComment[]; serverTime: string };
export type MentionCandidate = { id: string; name: string; organization: string | null };

export const commentKeys = {
  thread: (target: TTarget) => ["comments", target.type, target.id] as const,
  mentionable: (target: TTarget, q: string) => ["comments", "mentionable", target.type, target.id, q] as const,
};

export function fetchThread(target: TTarget, since?: string): Promise<ThreadData> {
  const params = new URLSearchParams({ target: targetParam(target) });
  if (since) params.set("since", since);
  return getJson(`/api/comments?${params}`);
}

export function fetchMentionable(target: TTarget, q: string, locale: string): Promise<MentionCandidate[]> {
  return getJson(`/api/comments/mentionable?${new URLSearchParams({ target: targetParam(target), q, locale })}`);
}

/** Inserts or replaces comments by id, keeping the thread in posting order. */
export function mergeComments(current: ThreadComment[], changed: ThreadComment[]): ThreadComment[] {
  const byId = new Map(current.map((c) => [c.id, c]));
  for (const c of changed) byId.set(c.id, c);
  return [...byId.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}
