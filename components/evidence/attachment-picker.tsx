"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useId } from "react";

import { Button } from "@/components/ui/button";
import { ATTACHMENT_ACCEPT, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from "@/lib/attachments/limits";
import { formatFileSize } from "@/lib/format/file-size";

export type ExistingAttachment = { id: string; fileName: string; size: number };

type Props = {
  existing: ExistingAttachment[];
  removed: string[];
  onToggleRemove: (id: string) => void;
  files: File[];
  onFiles: (files: File[]) => void;
  error?: string;
};

/** Early, friendly checks of count and size; the server checks them again and sniffs the content. */
export function attachmentProblem(existing: number, files: File[]): { code: string; values?: Record<string, string | number> } | null {
  if (existing + files.length > MAX_ATTACHMENTS) return { code: "tooManyAttachments", values: { max: MAX_ATTACHMENTS } };
  const big = files.find((f) => f.size > MAX_ATTACHMENT_BYTES);
  if (big) return { code: "attachmentTooLarge", values: { name: big.name, max: MAX_ATTACHMENT_BYTES / 1024 / 1024 } };
  return null;
}

export function AttachmentPicker({ existing, removed, onToggleRemove, files, onFiles, error }: Props) {
  const t = useTranslations("evidence.form");
  const format = useFormatter();
  const id = useId();
  const size = (bytes: number) => formatFileSize(format, bytes);
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">{t("attachments")}</legend>
      <p id={`${id}-hint`} className="text-xs text-slate-500">
        {t("attachmentsHint", { max: MAX_ATTACHMENTS, size: MAX_ATTACHMENT_BYTES / 1024 / 1024 })}
      </p>
      {existing.length > 0 && (
        <ul className="space-y-1 text-sm">
          {existing.map((a) => {
            const gone = removed.includes(a.id);
            return (
              <li key={a.id} className="flex items-center gap-3">
                <span className={gone ? "text-slate-400 line-through" : ""}>{a.fileName}</span>
                <span className="text-xs text-slate-500">{size(a.size)}</span>
                <Button variant="ghost" className="!px-2 !py-0.5 text-xs" onClick={() => onToggleRemove(a.id)}>
                  {gone ? t("keepAttachment", { name: a.fileName }) : t("removeAttachment", { name: a.fileName })}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      <label htmlFor={id} className="sr-only">
        {t("addFiles")}
      </label>
      <input
        id={id}
        type="file"
        multiple
        accept={ATTACHMENT_ACCEPT}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        aria-invalid={Boolean(error)}
        onChange={(e) => onFiles(Array.from(e.target.files ?? []))}
        className="block text-sm"
      />
      {files.length > 0 && (
        <ul className="text-sm text-slate-700" data-testid="new-files">
          {files.map((f) => (
            <li key={`${f.name}-${f.size}`}>
              {f.name} <span className="text-xs text-slate-500">{size(f.size)}</span>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700" data-testid="attachments-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
