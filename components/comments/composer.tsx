"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useId, useRef } from "react";
import { useController } from "react-hook-form";

import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { createCommentAction } from "@/lib/comments/actions";
import { MAX_COMMENT_LENGTH, ZCreateComment, type TTarget } from "@/lib/comments/schema";
import { isLocale, locales } from "@/lib/i18n/routing";

import { MentionTextarea } from "./mention-textarea";
import { useThreadCache, type Viewer } from "./use-thread-cache";

type Props = { target: TTarget; viewer: Viewer; parentId?: string; allowRevisionRequest?: boolean; onDone?: () => void };

const ZComposerFields = ZCreateComment.pick({ body: true, locale: true, revisionRequest: true });

/** Writing a comment or a reply: counter, language, optional revision request, @mentions. */
export function Composer({ target, viewer, parentId, allowRevisionRequest = false, onDone }: Props) {
  const t = useTranslations("comments");
  const tl = useTranslations("languages");
  const format = useFormatter();
  const uiLocale = useLocale();
  const id = useId();
  const cache = useThreadCache(target);
  // Optimistic: the comment is in the thread at once; the text comes back if it is refused.
  const sending = useRef<{ pendingId: string; text: string } | null>(null);
  const create = useActionForm(createCommentAction, {
    schema: ZComposerFields,
    defaultValues: { body: "", locale: isLocale(uiLocale) ? uiLocale : "en", revisionRequest: false },
    toInput: (values) => ({ ...values, target, parentId: parentId ?? null }),
    feature: "comments",
    onSubmit: (values) => {
      const text = create.form.getValues("body");
      sending.current = { pendingId: cache.addPending({ ...values, target, parentId: parentId ?? null }, viewer), text };
      create.form.setValue("body", "");
      create.form.setValue("revisionRequest", false);
    },
    onSuccess: (view) => {
      cache.put(view, sending.current?.pendingId);
      onDone?.();
    },
    onError: () => {
      if (!sending.current) return;
      cache.drop(sending.current.pendingId);
      create.form.setValue("body", sending.current.text);
    },
  });
  const body = useController({ name: "body", control: create.form.control });
  const length = body.field.value.trim().length;
  const over = length > MAX_COMMENT_LENGTH;
  const invalid = create.fieldError("body") ?? create.fieldError("locale");

  return (
    <form onSubmit={create.submit} noValidate className="space-y-2" data-testid={parentId ? "reply-form" : "comment-form"}>
      {(invalid ?? create.formError) && (
        <Notice tone="error" testId="comment-error">
          {invalid ?? t("refused", { reason: create.formError ?? "" })}
        </Notice>
      )}
      <label htmlFor={`${id}-body`} className="block text-sm font-medium text-slate-800">
        {parentId ? t("composer.replyLabel") : t("composer.label")}
      </label>
      <MentionTextarea
        id={`${id}-body`}
        target={target}
        value={body.field.value}
        onChange={body.field.onChange}
        onBlur={body.field.onBlur}
        rows={parentId ? 3 : 4}
        aria-describedby={`${id}-hint ${id}-count`}
        aria-invalid={over}
        autoFocus={Boolean(parentId)}
      />
      <div className="flex flex-wrap items-center justify-between gap-2 text-xs text-slate-500">
        <p id={`${id}-hint`}>{t("composer.hint")}</p>
        <p id={`${id}-count`} className={over ? "font-medium text-red-700" : undefined} data-testid="comment-counter">
          {t("composer.counter", { count: format.number(length), max: format.number(MAX_COMMENT_LENGTH) })}
        </p>
      </div>
      <div className="flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor={`${id}-locale`} className="block text-xs font-medium text-slate-700">
            {t("composer.language")}
          </label>
          <select
            id={`${id}-locale`}
            className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
            {...create.form.register("locale")}
          >
            {locales.map((l) => (
              <option key={l} value={l}>
                {tl(l)}
              </option>
            ))}
          </select>
        </div>
        {allowRevisionRequest && (
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" {...create.form.register("revisionRequest")} />
            {t("composer.revisionRequest")}
          </label>
        )}
        <div className="ml-auto flex gap-2">
          {onDone && (
            <Button variant="ghost" onClick={onDone}>
              {t("cancel")}
            </Button>
          )}
          <Button type="submit" disabled={over || create.isPending}>
            {parentId ? t("composer.reply") : t("composer.post")}
          </Button>
        </div>
      </div>
    </form>
  );
}
