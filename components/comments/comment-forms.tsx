"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { useController } from "react-hook-form";

import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { editCommentAction, hideCommentAction, reportCommentAction, translateCommentAction } from "@/lib/comments/actions";
import { MAX_REASON_LENGTH, ZEditComment, ZHideComment, ZTranslateComment, type TTarget } from "@/lib/comments/schema";
import type { CommentView } from "@/lib/comments/view";
import { locales, type AppLocale } from "@/lib/i18n/routing";

import { MentionTextarea } from "./mention-textarea";

const control = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

const ZEditFields = ZEditComment.pick({ body: true, locale: true });
const ZTranslateFields = ZTranslateComment.pick({ locale: true, body: true });
const ZReasonFields = ZHideComment.pick({ reason: true });

type CommentRef = { id: string; version: number };

function Actions({ busy, submitLabel, onCancel }: { busy: boolean; submitLabel: string; onCancel: () => void }) {
  const t = useTranslations("comments");
  return (
    <div className="flex gap-2">
      <Button type="submit" disabled={busy}>
        {submitLabel}
      </Button>
      <Button variant="ghost" onClick={onCancel}>
        {t("cancel")}
      </Button>
    </div>
  );
}

/** The author's edit: body (with @mentions) and language. */
export function EditForm({
  target,
  comment,
  onSaved,
  onDone,
}: {
  target: TTarget;
  comment: CommentRef & { body: string; locale: AppLocale };
  onSaved: (view: CommentView) => void;
  onDone: () => void;
}) {
  const t = useTranslations("comments");
  const tl = useTranslations("languages");
  const id = useId();
  const edit = useActionForm(editCommentAction, {
    schema: ZEditFields,
    defaultValues: { body: comment.body, locale: comment.locale },
    toInput: (values) => ({ ...values, id: comment.id, version: comment.version }),
    feature: "comments",
    onSuccess: (view) => {
      onSaved(view);
      onDone();
    },
  });
  const body = useController({ name: "body", control: edit.form.control });
  const message = edit.fieldError("body") ?? edit.fieldError("locale") ?? edit.formError;
  return (
    <form noValidate className="space-y-2" onSubmit={edit.submit} data-testid="edit-form">
      {message && <Notice tone="error">{message}</Notice>}
      <label htmlFor={`${id}-b`} className="block text-sm font-medium">
        {t("edit.label")}
      </label>
      <MentionTextarea id={`${id}-b`} target={target} value={body.field.value} onChange={body.field.onChange} rows={4} />
      <label htmlFor={`${id}-l`} className="block text-xs font-medium">
        {t("composer.language")}
      </label>
      <select id={`${id}-l`} className="rounded-md border border-slate-300 px-2 py-1 text-sm" {...edit.form.register("locale")}>
        {locales.map((l) => (
          <option key={l} value={l}>
            {tl(l)}
          </option>
        ))}
      </select>
      <Actions busy={edit.isPending} submitLabel={t("edit.save")} onCancel={onDone} />
    </form>
  );
}

/** A reader's translation into another language, prefilled with the existing one. */
export function TranslateForm({
  comment,
  original,
  existing,
  onSaved,
  onDone,
}: {
  comment: CommentRef;
  original: AppLocale;
  existing: Partial<Record<AppLocale, string>>;
  onSaved: (view: CommentView) => void;
  onDone: () => void;
}) {
  const t = useTranslations("comments");
  const tl = useTranslations("languages");
  const id = useId();
  const choices = locales.filter((l) => l !== original);
  const translate = useActionForm(translateCommentAction, {
    schema: ZTranslateFields,
    defaultValues: { locale: choices[0], body: existing[choices[0]] ?? "" },
    toInput: (values) => ({ ...values, id: comment.id }),
    feature: "comments",
    onSuccess: (view) => {
      onSaved(view);
      onDone();
    },
  });
  const message = translate.fieldError("body") ?? translate.fieldError("locale") ?? translate.formError;
  return (
    <form noValidate className="space-y-2" onSubmit={translate.submit} data-testid="translate-form">
      {message && <Notice tone="error">{message}</Notice>}
      <label htmlFor={`${id}-l`} className="block text-xs font-medium">
        {t("translations.language")}
      </label>
      <select
        id={`${id}-l`}
        className="rounded-md border border-slate-300 px-2 py-1 text-sm"
        {...translate.form.register("locale", {
          // Switching the language shows the translation into it, if there is one.
          onChange: (e) => translate.form.setValue("body", existing[e.target.value as AppLocale] ?? ""),
        })}
      >
        {choices.map((l) => (
          <option key={l} value={l}>
            {tl(l)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-b`} className="block text-sm font-medium">
        {t("translations.text")}
      </label>
      <textarea id={`${id}-b`} rows={3} className={control} {...translate.form.register("body")} />
      <Actions busy={translate.isPending} submitLabel={t("translations.save")} onCancel={onDone} />
    </form>
  );
}

/** A reason: for a report, or for hiding a comment (organizers). */
export function ReasonForm({
  kind,
  comment,
  label,
  submitLabel,
  testId,
  onSaved,
  onDone,
}: {
  kind: "report" | "hide";
  comment: CommentRef;
  label: string;
  submitLabel: string;
  testId: string;
  onSaved?: () => void;
  onDone: () => void;
}) {
  const id = useId();
  const send = useActionForm(kind === "report" ? reportCommentAction : hideCommentAction, {
    schema: ZReasonFields,
    defaultValues: { reason: "" },
    toInput: ({ reason }) => (kind === "report" ? { id: comment.id, reason } : { id: comment.id, version: comment.version, reason }),
    feature: "comments",
    onSuccess: () => {
      onSaved?.();
      onDone();
    },
  });
  const message = send.fieldError("reason") ?? send.formError;
  return (
    <form noValidate className="space-y-2" onSubmit={send.submit} data-testid={testId}>
      {message && <Notice tone="error">{message}</Notice>}
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <textarea id={id} rows={2} maxLength={MAX_REASON_LENGTH + 50} className={control} {...send.form.register("reason")} />
      <Actions busy={send.isPending} submitLabel={submitLabel} onCancel={onDone} />
    </form>
  );
}
