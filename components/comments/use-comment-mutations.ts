"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";

import { callAction } from "@/lib/api/client";
import {
  createCommentAction,
  deleteCommentAction,
  editCommentAction,
  hideCommentAction,
  reportCommentAction,
  resolveRevisionRequestAction,
  translateCommentAction,
} from "@/lib/comments/actions";
import type { TCreateComment, TTarget } from "@/lib/comments/schema";
import type { CommentView } from "@/lib/comments/view";
import type { AppLocale } from "@/lib/i18n/routing";

import { commentKeys, mergeComments, type ThreadComment, type ThreadData } from "./thread";

export type Viewer = { id: string; name: string };

/** The author's own comment appears at once and is taken back if the server refuses it. */
export function useCreateComment(target: TTarget, viewer: Viewer) {
  const queryClient = useQueryClient();
  const key = commentKeys.thread(target);
  const update = (fn: (comments: ThreadComment[]) => ThreadComment[]) =>
    queryClient.setQueryData<ThreadData>(key, (data) => (data ? { ...data, comments: fn(data.comments) } : data));
  return useMutation({
    mutationFn: (input: TCreateComment) => callAction(createCommentAction, input),
    onMutate: async (input) => {
      await queryClient.cancelQueries({ queryKey: key });
      const now = new Date().toISOString();
      const tempId = `pending-${crypto.randomUUID()}`;
      const parent = input.parentId ? queryClient.getQueryData<ThreadData>(key)?.comments.find((c) => c.id === input.parentId) : undefined;
      const temp: ThreadComment = {
        id: tempId,
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
      };
      update((comments) => [...comments, temp]);
      return { tempId };
    },
    onError: (_error, _input, context) => {
      if (context) update((comments) => comments.filter((c) => c.id !== context.tempId));
    },
    onSuccess: (view, _input, context) => {
      update((comments) =>
        mergeComments(
          comments.filter((c) => c.id !== context?.tempId),
          [view],
        ),
      );
    },
  });
}

/** Edits, deletes, translations and moderation replace the comment with the server's view. */
export function useCommentActions(target: TTarget) {
  const queryClient = useQueryClient();
  const key = commentKeys.thread(target);
  const replace = (view: CommentView) =>
    queryClient.setQueryData<ThreadData>(key, (data) => (data ? { ...data, comments: mergeComments(data.comments, [view]) } : data));
  const refresh = () => queryClient.invalidateQueries({ queryKey: key });
  return {
    edit: useMutation({
      mutationFn: (input: { id: string; version: number; body: string; locale: AppLocale }) => callAction(editCommentAction, input),
      onSuccess: replace,
    }),
    remove: useMutation({
      mutationFn: (input: { id: string; version: number }) => callAction(deleteCommentAction, input),
      onSuccess: replace,
    }),
    translate: useMutation({
      mutationFn: (input: { id: string; locale: AppLocale; body: string }) => callAction(translateCommentAction, input),
      onSuccess: replace,
    }),
    resolve: useMutation({
      mutationFn: (input: { id: string; version: number }) => callAction(resolveRevisionRequestAction, input),
      onSuccess: replace,
    }),
    report: useMutation({
      mutationFn: (input: { id: string; reason: string }) => callAction(reportCommentAction, input),
      onSuccess: refresh,
    }),
    hide: useMutation({
      mutationFn: (input: { id: string; version: number; reason: string }) => callAction(hideCommentAction, input),
      onSuccess: refresh,
    }),
  };
}
