"use client";

import { useErrorText } from "@/components/forms/use-error-text";

import { CommentRequestError } from "./api";

/** Translated text for whatever a comment request threw. */
export function useCommentErrorMessage() {
  const errorText = useErrorText("comments");
  return (error: unknown): string | undefined => {
    if (!error) return undefined;
    if (error instanceof CommentRequestError) return error.validation ? errorText.field(error.error.code) : errorText.server(error.error);
    return errorText.server({ code: "generic" });
  };
}
