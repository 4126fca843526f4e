"use client";

import { useQueryClient } from "@tanstack/react-query";

import type { TCreateComment, TTarget } from "@/lib/comments/schema";
import type { CommentView } from "@/lib/comments/view";

import { commentKeys, mergeComments, type ThreadComment, type ThreadData } from "./thread";

export type Viewer = { id: string; name: string };

/**
 * The thread in the React Query cache, as the comment forms change it: the author's own comment
 * appears at once (and is taken back if the server refuses it), and a saved comment replaces
 * the one shown with the server's view.
 */
export function useThreadCache(target: TTarget) {
  const queryClient = useQueryClient();
  const key = commentKeys.thread(target);
  const update = (fn: (comments: ThreadComment[]) => ThreadComment[]) =>
    queryClient.setQueryData<ThreadData>(key, (data) => (data ? { ...data, comments: fn(data.comments) } : data));
  return {
    /** Shows a comment being sent; returns its temporary id. */
    addPending(input: TCreateComment, viewer: Viewer): string {
      // A read in flight must not overwrite the thread with a copy that lacks the new comment.
      void queryClient.cancelQueries({ queryKey: key });
      const now = new Date().toISOString();
      const id = `pending-${crypto.randomUUID()}`;
      const parent = input.parentId ? queryClient.getQueryData<ThreadData>(key)?.comments.find((c) => c.id === input.parentId) : undefined;
      update((comments) => [
        ...comments,
        {
          id,
          parentId: input.parentId,
          depth: parent ? parent.depth + 1 : 0,
          author: { id: viewer.id, name: viewer.name, deactivated: false },
          state: "visible",
          body: input.body,
          locale: input.locale,
          version: 1,
          createdAt: now,
          updatedAt: now,
          editedAt: null,
          hiddenReason: null,
          revisionRequest: input.revisionRequest,
          resolved: null,
          translations: [],
          reportedByMe: false,
          can: { edit: false, reply: false, hide: false, report: false, resolve: false, translate: false, viewRevisions: false },
          pending: true,
        },
      ]);
      return id;
    },
    /** Takes a comment out of the thread (a refused pending one). */
    drop(id: string) {
      update((comments) => comments.filter((c) => c.id !== id));
    },
    /** Puts the server's view of a comment in place (of the pending one `replacing`, if given). */
    put(view: CommentView, replacing?: string) {
      update((comments) =>
        mergeComments(
          comments.filter((c) => c.id !== replacing),
          [view],
        ),
      );
    },
    /** Reads the thread again (moderation changes what others see, and the report flags). */
    refresh() {
      void queryClient.invalidateQueries({ queryKey: key });
    },
  };
}
