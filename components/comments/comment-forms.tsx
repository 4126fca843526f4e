"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";

import { useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { MAX_REASON_LENGTH, type TTarget } from "@/lib/comments/schema";
import { locales, type AppLocale } from "@/lib/i18n/routing";

import { MentionTextarea } from "./mention-textarea";

const control = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

type Submit<T> = (values: T) => Promise<unknown>;

function useSubmit<T>(onSubmit: Submit<T>, onDone: () => void) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = async (values: T) => {
    setBusy(true);
    setError(null);
    try {
      await onSubmit(values);
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, run };
}

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
  body,
  locale,
  onSubmit,
  onDone,
}: {
  target: TTarget;
  body: string;
  locale: AppLocale;
  onSubmit: Submit<{ body: string; locale: AppLocale }>;
  onDone: () => void;
}) {
  const t = useTranslations("comments");
  const tl = useTranslations("languages");
  const id = useId();
  const [text, setText] = useState(body);
  const [language, setLanguage] = useState(locale);
  const { error, busy, run } = useSubmit(onSubmit, onDone);
  const message = useErrorText("comments").request(error);
  return (
    <form
      noValidate
      className="space-y-2"
      onSubmit={(e: FormEvent) => (e.preventDefault(), void run({ body: text, locale: language }))}
      data-testid="edit-form"
    >
      {message && <Notice tone="error">{message}</Notice>}
      <label htmlFor={`${id}-b`} className="block text-sm font-medium">
        {t("edit.label")}
      </label>
      <MentionTextarea id={`${id}-b`} target={target} value={text} onChange={setText} rows={4} />
      <label htmlFor={`${id}-l`} className="block text-xs font-medium">
        {t("composer.language")}
      </label>
      <select
        id={`${id}-l`}
        value={language}
        onChange={(e) => setLanguage(e.target.value as AppLocale)}
        className="rounded-md border border-slate-300 px-2 py-1 text-sm"
      >
        {locales.map((l) => (
          <option key={l} value={l}>
            {tl(l)}
          </option>
        ))}
      </select>
      <Actions busy={busy} submitLabel={t("edit.save")} onCancel={onDone} />
    </form>
  );
}

/** A reader's translation into another language, prefilled with the existing one. */
export function TranslateForm({
  original,
  existing,
  onSubmit,
  onDone,
}: {
  original: AppLocale;
  existing: Partial<Record<AppLocale, string>>;
  onSubmit: Submit<{ locale: AppLocale; body: string }>;
  onDone: () => void;
}) {
  const t = useTranslations("comments");
  const tl = useTranslations("languages");
  const id = useId();
  const choices = locales.filter((l) => l !== original);
  const [language, setLanguage] = useState<AppLocale>(choices[0]);
  const [text, setText] = useState(existing[choices[0]] ?? "");
  const { error, busy, run } = useSubmit(onSubmit, onDone);
  const message = useErrorText("comments").request(error);
  return (
    <form
      noValidate
      className="space-y-2"
      onSubmit={(e: FormEvent) => (e.preventDefault(), void run({ locale: language, body: text }))}
      data-testid="translate-form"
    >
      {message && <Notice tone="error">{message}</Notice>}
      <label htmlFor={`${id}-l`} className="block text-xs font-medium">
        {t("translations.language")}
      </label>
      <select
        id={`${id}-l`}
        value={language}
        onChange={(e) => {
          const next = e.target.value as AppLocale;
          setLanguage(next);
          setText(existing[next] ?? "");
        }}
        className="rounded-md border border-slate-300 px-2 py-1 text-sm"
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
      <textarea id={`${id}-b`} value={text} onChange={(e) => setText(e.target.value)} rows={3} className={control} />
      <Actions busy={busy} submitLabel={t("translations.save")} onCancel={onDone} />
    </form>
  );
}

/** A reason: for a report, or for hiding a comment. */
export function ReasonForm({
  label,
  submitLabel,
  testId,
  onSubmit,
  onDone,
}: {
  label: string;
  submitLabel: string;
  testId: string;
  onSubmit: Submit<{ reason: string }>;
  onDone: () => void;
}) {
  const id = useId();
  const [reason, setReason] = useState("");
  const { error, busy, run } = useSubmit(onSubmit, onDone);
  const message = useErrorText("comments").request(error);
  return (
    <form noValidate className="space-y-2" onSubmit={(e: FormEvent) => (e.preventDefault(), void run({ reason }))} data-testid={testId}>
      {message && <Notice tone="error">{message}</Notice>}
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <textarea
        id={id}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        rows={2}
        maxLength={MAX_REASON_LENGTH + 50}
        className={control}
      />
      <Actions busy={busy} submitLabel={submitLabel} onCancel={onDone} />
    </form>
  );
}
