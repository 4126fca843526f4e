"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";

import { useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { RequestError } from "@/lib/api/client";
import { MAX_COMMENT_LENGTH, ZCreateComment, type TTarget } from "@/lib/comments/schema";
import { isLocale, locales, type AppLocale } from "@/lib/i18n/routing";

import { MentionTextarea } from "./mention-textarea";
import { useCreateComment, type Viewer } from "./use-comment-mutations";

type Props = { target: TTarget; viewer: Viewer; parentId?: string; allowRevisionRequest?: boolean; onDone?: () => void };

/** Writing a comment or a reply: counter, language, optional revision request, @mentions. */
export function Composer({ target, viewer, parentId, allowRevisionRequest = false, onDone }: Props) {
  const t = useTranslations("comments");
  const tl = useTranslations("languages");
  const format = useFormatter();
  const uiLocale = useLocale();
  const id = useId();
  const [body, setBody] = useState("");
  const [locale, setLocale] = useState<AppLocale>(isLocale(uiLocale) ? uiLocale : "en");
  const [revisionRequest, setRevisionRequest] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const create = useCreateComment(target, viewer);
  const errorText = useErrorText("comments");
  const length = body.trim().length;
  const over = length > MAX_COMMENT_LENGTH;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ZCreateComment.safeParse({ target, parentId: parentId ?? null, body, locale, revisionRequest });
    if (!parsed.success) {
      setError(new RequestError({ code: "invalidInput" }, { [parsed.error.issues[0].path.join(".")]: parsed.error.issues[0].message }));
      return;
    }
    setError(null);
    const sent = body;
    // Optimistic: the comment is in the thread already; the text comes back if it is refused.
    setBody("");
    setRevisionRequest(false);
    create.mutate(parsed.data, {
      onSuccess: () => onDone?.(),
      onError: (e) => {
        setBody(sent);
        setError(e);
      },
    });
  };

  const message = errorText.request(error);
  return (
    <form onSubmit={submit} noValidate className="space-y-2" data-testid={parentId ? "reply-form" : "comment-form"}>
      {message && (
        <Notice tone="error" testId="comment-error">
          {error instanceof RequestError && !error.invalidInput ? t("refused", { reason: message }) : message}
        </Notice>
      )}
      <label htmlFor={`${id}-body`} className="block text-sm font-medium text-slate-800">
        {parentId ? t("composer.replyLabel") : t("composer.label")}
      </label>
      <MentionTextarea
        id={`${id}-body`}
        target={target}
        value={body}
        onChange={setBody}
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
            value={locale}
            onChange={(e) => setLocale(e.target.value as AppLocale)}
            className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
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
            <input type="checkbox" checked={revisionRequest} onChange={(e) => setRevisionRequest(e.target.checked)} />
            {t("composer.revisionRequest")}
          </label>
        )}
        <div className="ml-auto flex gap-2">
          {onDone && (
            <Button variant="ghost" onClick={onDone}>
              {t("cancel")}
            </Button>
          )}
          <Button type="submit" disabled={over}>
            {parentId ? t("composer.reply") : t("composer.post")}
          </Button>
        </div>
      </div>
    </form>
  );
}
