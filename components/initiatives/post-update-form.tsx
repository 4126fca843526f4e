"use client";

import { useMutation } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";

import { useErrorText } from "@/components/forms/use-error-text";
import { useRefusalText } from "@/components/forms/use-refusal-text";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { RequestError, sendMultipart } from "@/lib/api/client";
import { ATTACHMENT_ACCEPT, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from "@/lib/attachments/limits";
import type { PublicError } from "@/lib/errors";
import { formatFileSize } from "@/lib/format/file-size";
import { useRouter } from "@/lib/i18n/navigation";
import { MAX_LINKED_EVIDENCE } from "@/lib/initiatives/schema";
import type { LinkableEvidence } from "@/lib/initiatives/updates";

import { EvidencePicker, type PickerOptions } from "./evidence-picker";

const area = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm aria-[invalid=true]:border-red-600";
const MB = 1024 * 1024;

/** Early, friendly checks of count and size; the server checks again and sniffs the content. */
function fileProblem(files: File[]): PublicError | null {
  if (files.length > MAX_ATTACHMENTS) return { code: "tooManyUpdateAttachments", values: { max: MAX_ATTACHMENTS }, field: "attachments" };
  const big = files.find((f) => f.size > MAX_ATTACHMENT_BYTES);
  return big ? { code: "attachmentTooLarge", values: { name: big.name, max: MAX_ATTACHMENT_BYTES / MB }, field: "attachments" } : null;
}

const FIELDS = ["body", "links", "attachments", "evidenceIds"];

/**
 * Post a narrative update with links (one per line), attachments and cited evidence. The files
 * make it a multipart upload to a route handler; a refusal comes back as the same RequestError
 * and lands on the fields the same way as in the action forms (useRefusalText).
 */
export function PostUpdateForm({ initiativeId, pickerOptions }: { initiativeId: string; pickerOptions: PickerOptions }) {
  const t = useTranslations("initiatives.updates");
  const format = useFormatter();
  const errorText = useErrorText("initiatives");
  const router = useRouter();
  const fileId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [body, setBody] = useState("");
  const [links, setLinks] = useState("");
  const [files, setFiles] = useState<File[]>([]);
  const [evidence, setEvidence] = useState<LinkableEvidence[]>([]);
  const post = useMutation({
    mutationFn: () => {
      const problem = fileProblem(files);
      if (problem) throw new RequestError(problem);
      return sendMultipart<{ id: string }>(
        `/api/initiatives/${initiativeId}/updates`,
        "POST",
        { body, links: links.split(/\s+/).filter(Boolean), evidenceIds: evidence.map((e) => e.id) },
        files,
      );
    },
    onSuccess: () => {
      setBody("");
      setLinks("");
      setFiles([]);
      setEvidence([]);
      if (fileInput.current) fileInput.current.value = "";
      router.refresh();
    },
  });
  const { fieldError, formError } = useRefusalText(post.error, {
    feature: "initiatives",
    shows: (path) => FIELDS.includes(path.split(".")[0]),
  });
  const bodyError = fieldError("body");
  // Links are typed as one text: whichever line was refused, the message is about links.
  const linksError = fieldError("links") && errorText.field("linkInvalid");
  // A proxy's 413 names no field, but only the files can make a request that large.
  const tooLarge = post.error instanceof RequestError && post.error.error.code === "uploadTooLarge";
  const fileError = fieldError("attachments") ?? (tooLarge ? formError : undefined);
  const generalError = tooLarge ? undefined : formError;
  const size = (bytes: number) => formatFileSize(format, bytes);
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        post.mutate();
      }}
    >
      {generalError && (
        <Notice tone="error" testId="update-error">
          {generalError}
        </Notice>
      )}
      {post.isSuccess && (
        <Notice tone="success" testId="update-posted">
          {t("posted")}
        </Notice>
      )}
      <label className="block text-sm font-medium text-slate-800">
        {t("body")}
        <textarea rows={3} className={area} value={body} onChange={(e) => setBody(e.target.value)} aria-invalid={Boolean(bodyError)} />
      </label>
      {bodyError && <p className="text-sm text-red-700">{bodyError}</p>}
      <label className="block text-sm font-medium text-slate-800">
        {t("links")}
        <textarea
          rows={2}
          className={area}
          value={links}
          onChange={(e) => setLinks(e.target.value)}
          aria-invalid={Boolean(linksError)}
          placeholder="https://"
        />
      </label>
      {linksError && <p className="text-sm text-red-700">{linksError}</p>}
      <div className="space-y-1">
        <label htmlFor={fileId} className="block text-sm font-medium text-slate-800">
          {t("attachments")}
        </label>
        <p id={`${fileId}-hint`} className="text-xs text-slate-500">
          {t("attachmentsHint", { max: MAX_ATTACHMENTS, size: MAX_ATTACHMENT_BYTES / MB })}
        </p>
        <input
          ref={fileInput}
          id={fileId}
          type="file"
          multiple
          accept={ATTACHMENT_ACCEPT}
          aria-describedby={`${fileId}-hint${fileError ? ` ${fileId}-error` : ""}`}
          aria-invalid={Boolean(fileError)}
          onChange={(e) => setFiles(Array.from(e.target.files ?? []))}
          className="block text-sm"
        />
        {files.length > 0 && (
          <ul className="text-sm text-slate-700" data-testid="update-files">
            {files.map((f) => (
              <li key={`${f.name}-${f.size}`}>
                {f.name} <span className="text-xs text-slate-500">{size(f.size)}</span>
              </li>
            ))}
          </ul>
        )}
        {fileError && (
          <p id={`${fileId}-error`} className="text-sm text-red-700" data-testid="update-attachments-error">
            {fileError}
          </p>
        )}
      </div>
      <EvidencePicker
        initiativeId={initiativeId}
        options={pickerOptions}
        selected={evidence}
        onChange={setEvidence}
        max={MAX_LINKED_EVIDENCE}
      />
      {fieldError("evidenceIds") && <p className="text-sm text-red-700">{fieldError("evidenceIds")}</p>}
      <Button type="submit" disabled={post.isPending}>
        {t("post")}
      </Button>
    </form>
  );
}
