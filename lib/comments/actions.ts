"use server";

import { revalidatePath } from "next/cache";

import { authActionClient } from "@/lib/actions/safe-action";

import * as moderation from "./moderation";
import { ZCommentId, ZCommentVersion, ZCreateComment, ZEditComment, ZHideComment, ZReportComment, ZTranslateComment } from "./schema";
import * as comments from "./service";

// The thread lives in the React Query cache, so most actions revalidate nothing; the evidence
// page's revision-request notice and the partner landing page are server-rendered.
function revalidateRevisionViews() {
  revalidatePath("/[locale]/evidence/[id]", "page");
  revalidatePath("/[locale]", "page");
}

export const createCommentAction = authActionClient.inputSchema(ZCreateComment).action(async ({ parsedInput, ctx }) => {
  const comment = await comments.createComment(ctx.user, parsedInput);
  if (parsedInput.revisionRequest) revalidateRevisionViews();
  return comment;
});

export const editCommentAction = authActionClient.inputSchema(ZEditComment).action(async ({ parsedInput, ctx }) => {
  return comments.editComment(ctx.user, parsedInput);
});

export const deleteCommentAction = authActionClient.inputSchema(ZCommentVersion).action(async ({ parsedInput, ctx }) => {
  const comment = await comments.deleteComment(ctx.user, parsedInput);
  if (comment.revisionRequest) revalidateRevisionViews();
  return comment;
});

export const translateCommentAction = authActionClient.inputSchema(ZTranslateComment).action(async ({ parsedInput, ctx }) => {
  return comments.translateComment(ctx.user, parsedInput);
});

export const resolveRevisionRequestAction = authActionClient.inputSchema(ZCommentVersion).action(async ({ parsedInput, ctx }) => {
  const comment = await comments.resolveRevisionRequest(ctx.user, parsedInput);
  revalidateRevisionViews();
  return comment;
});

export const reportCommentAction = authActionClient.inputSchema(ZReportComment).action(async ({ parsedInput, ctx }) => {
  return moderation.reportComment(ctx.user, parsedInput);
});

export const hideCommentAction = authActionClient.inputSchema(ZHideComment).action(async ({ parsedInput, ctx }) => {
  const result = await moderation.hideComment(ctx.user, parsedInput);
  revalidatePath("/[locale]/moderation", "page");
  revalidateRevisionViews();
  return result;
});

export const dismissReportsAction = authActionClient.inputSchema(ZCommentId).action(async ({ parsedInput, ctx }) => {
  const result = await moderation.dismissReports(ctx.user, parsedInput);
  revalidatePath("/[locale]/moderation", "page");
  return result;
});

export const listRevisionsAction = authActionClient.inputSchema(ZCommentId).action(async ({ parsedInput, ctx }) => {
  return moderation.listRevisions(ctx.user, parsedInput.id);
});
