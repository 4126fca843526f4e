"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";

import { latestError, useActionButton } from "@/components/forms/use-action-button";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { deleteCommentAction, resolveRevisionRequestAction } from "@/lib/comments/actions";
import type { TTarget } from "@/lib/comments/schema";

import { CommentBody } from "./comment-body";
import { EditForm, ReasonForm, TranslateForm } from "./comment-forms";
import { Composer } from "./composer";
import { Revisions } from "./revisions";
import type { ThreadComment } from "./thread";
import { useThreadCache, type Viewer } from "./use-thread-cache";

type Mode = "none" | "reply" | "edit" | "translate" | "report" | "hide" | "delete" | "revisions";

const small = "px-2 py-1 text-xs";

export function CommentItem({
  comment,
  target,
  viewer,
  children,
}: {
  comment: ThreadComment;
  target: TTarget;
  viewer: Viewer;
  children?: ReactNode;
}) {
  const t = useTranslations("comments");
  const format = useFormatter();
  const [mode, setMode] = useState<Mode>("none");
  const [notice, setNotice] = useState<string | null>(null);
  const cache = useThreadCache(target);
  const close = () => setMode("none");
  const toggle = (next: Mode) => setMode((m) => (m === next ? "none" : next));
  const resolve = useActionButton(resolveRevisionRequestAction, { feature: "comments", onSuccess: (view) => cache.put(view) });
  const remove = useActionButton(deleteCommentAction, {
    feature: "comments",
    onSuccess: (view) => {
      cache.put(view);
      close();
    },
    onError: close,
  });
  const directError = latestError(resolve, remove);
  const ref = { id: comment.id, version: comment.version };
  const can = comment.can;

  return (
    <li
      id={`comment-${comment.id}`}
      className="scroll-mt-24"
      data-testid="comment"
      data-comment-id={comment.id}
      aria-busy={comment.pending || undefined}
    >
      <article
        className={`rounded-md border p-3 ${comment.revisionRequest && !comment.resolved && comment.state === "visible" ? "border-amber-300 bg-amber-50/40" : "border-slate-200 bg-white"}`}
      >
        <header className="mb-2 flex flex-wrap items-center gap-2 text-xs text-slate-600">
          <span className="text-sm font-medium text-slate-900">{comment.author.name}</span>
          {comment.author.deactivated && <Badge>{t("deactivated")}</Badge>}
          <time dateTime={comment.createdAt}>
            {format.dateTime(new Date(comment.createdAt), { dateStyle: "medium", timeStyle: "short" })}
          </time>
          {comment.editedAt && comment.state === "visible" && <span data-testid="comment-edited">· {t("edited")}</span>}
          {comment.pending && <span>· {t("sending")}</span>}
          {comment.revisionRequest &&
            (comment.resolved ? (
              <Badge tone="green">{t("revision.resolvedBy", { name: comment.resolved.by })}</Badge>
            ) : (
              <Badge tone="amber">{t("revision.badge")}</Badge>
            ))}
        </header>
        <CommentBody comment={comment} />
        {notice && comment.state === "visible" && (
          <div className="mt-2">
            <Notice tone="success">{notice}</Notice>
          </div>
        )}
        {directError && (
          <div className="mt-2">
            <Notice tone="error">{directError}</Notice>
          </div>
        )}
        {!comment.pending && (
          <div className="mt-2 flex flex-wrap gap-1" role="group" aria-label={t("actionsFor", { name: comment.author.name })}>
            {can.reply && (
              <Button variant="ghost" className={small} aria-expanded={mode === "reply"} onClick={() => toggle("reply")}>
                {t("reply")}
              </Button>
            )}
            {can.edit && (
              <Button variant="ghost" className={small} aria-expanded={mode === "edit"} onClick={() => toggle("edit")}>
                {t("edit.action")}
              </Button>
            )}
            {can.edit && (
              <Button variant="ghost" className={small} aria-expanded={mode === "delete"} onClick={() => toggle("delete")}>
                {t("delete.action")}
              </Button>
            )}
            {can.translate && (
              <Button variant="ghost" className={small} aria-expanded={mode === "translate"} onClick={() => toggle("translate")}>
                {t("translations.add")}
              </Button>
            )}
            {can.resolve && (
              <Button variant="secondary" className={small} disabled={resolve.isPending} onClick={() => resolve.run(ref)}>
                {t("revision.resolve")}
              </Button>
            )}
            {can.report && !comment.reportedByMe && (
              <Button variant="ghost" className={small} aria-expanded={mode === "report"} onClick={() => toggle("report")}>
                {t("report.action")}
              </Button>
            )}
            {can.hide && (
              <Button variant="ghost" className={`${small} text-red-700`} aria-expanded={mode === "hide"} onClick={() => toggle("hide")}>
                {t("hide.action")}
              </Button>
            )}
            {can.viewRevisions && (
              <Button variant="ghost" className={small} aria-expanded={mode === "revisions"} onClick={() => toggle("revisions")}>
                {t("revisions.action")}
              </Button>
            )}
          </div>
        )}
        <div className="mt-2 empty:hidden">
          {mode === "edit" && comment.body !== null && (
            <EditForm target={target} comment={{ ...ref, body: comment.body, locale: comment.locale }} onSaved={cache.put} onDone={close} />
          )}
          {mode === "delete" && (
            <div className="flex flex-wrap items-center gap-2 text-sm" role="group" aria-label={t("delete.confirm")}>
              <span>{t("delete.confirm")}</span>
              <Button variant="danger" className={small} disabled={remove.isPending} onClick={() => remove.run(ref)}>
                {t("delete.yes")}
              </Button>
              <Button variant="ghost" className={small} onClick={close}>
                {t("cancel")}
              </Button>
            </div>
          )}
          {mode === "translate" && (
            <TranslateForm
              comment={ref}
              original={comment.locale}
              existing={Object.fromEntries(comment.translations.map((tr) => [tr.locale, tr.body]))}
              onSaved={cache.put}
              onDone={close}
            />
          )}
          {mode === "report" && (
            <ReasonForm
              kind="report"
              comment={ref}
              label={t("report.reason")}
              submitLabel={t("report.submit")}
              testId="report-form"
              onSaved={() => {
                setNotice(t("report.done"));
                cache.refresh();
              }}
              onDone={close}
            />
          )}
          {mode === "hide" && (
            <ReasonForm
              kind="hide"
              comment={ref}
              label={t("hide.reason")}
              submitLabel={t("hide.submit")}
              testId="hide-form"
              onSaved={cache.refresh}
              onDone={close}
            />
          )}
          {mode === "revisions" && <Revisions commentId={comment.id} />}
        </div>
      </article>
      {mode === "reply" && (
        <div className="mt-2 ml-4 border-l-2 border-slate-200 pl-3">
          <Composer
            target={target}
            viewer={viewer}
            parentId={comment.id}
            allowRevisionRequest={target.type === "EVIDENCE"}
            onDone={close}
          />
        </div>
      )}
      {children}
    </li>
  );
}
