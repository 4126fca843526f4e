"use client";

import { useEffect, useRef } from "react";
import { get, type FieldErrors } from "react-hook-form";

import { RequestError } from "@/lib/api/client";

import { shownBy, unshownError } from "./unshown-errors";
import { useErrorText, type ErrorFeature } from "./use-error-text";

export type RefusalTextOptions = {
  /** The form's feature, whose own wording of a code wins. */
  feature?: ErrorFeature;
  /**
   * Paths the form shows an error at without asking `fieldError` for it every time (a file field
   * whose own message may take its place). Paths whose `fieldError` the form asks for count anyway.
   */
  shows?: (path: string) => boolean;
  /** The form's own (client-side) errors, checked first. */
  errors?: FieldErrors;
  /** Where the form's fields sit in the request ("fields." when they are sent as `{ fields }`). */
  prefix?: string;
};

/**
 * One way to put a refused request on a form: the schema's message keys (from the form's own
 * check or the server's) and a service error's `field` go beside the field they name; a refusal
 * of the whole request, or of something the form has no control for, becomes one translated
 * sentence for the form. Used by every form, whether it calls a server action or uploads files.
 *
 * A field "has a control" when the form asks `fieldError` for it while rendering: a hidden input
 * (a link's token) or a value with no input (an id, a version) is never asked for, so an error
 * aimed at it, the form's own check's or the server's, becomes the form's error instead of
 * stopping the submit without a word (unshown-errors.ts). What the last committed render asked
 * for is used: the render that shows an error follows one that drew the same fields.
 */
export function useRefusalText(refusal: unknown, { feature, shows, errors, prefix = "" }: RefusalTextOptions) {
  const errorText = useErrorText(feature);
  const asking = new Set<string>();
  const asked = useRef<ReadonlySet<string>>(asking);
  useEffect(() => {
    asked.current = asking;
  });
  const shownByFields = shownBy(asked.current);
  const shown = (path: string) => shownByFields(path) || (shows?.(path) ?? false);
  const failed = refusal ? (refusal instanceof RequestError ? refusal : new RequestError({ code: "generic" })) : null;
  // The server's field errors in the form's own paths; the first message of a path or anything under it.
  const serverFields = Object.entries(failed?.fieldErrors ?? {}).map(([path, key]) => [
    path.startsWith(prefix) ? path.slice(prefix.length) : path,
    key,
  ]);
  const serverMessage = (name: string) => serverFields.find(([path]) => path === name || path.startsWith(`${name}.`))?.[1];

  const fieldError = (name: string): string | undefined => {
    asking.add(name);
    const own = get(errors ?? {}, name) as { message?: string; root?: { message?: string } } | undefined;
    const message = own?.message ?? own?.root?.message ?? serverMessage(name);
    if (message) return errorText.field(message);
    return failed?.error.field === name ? errorText.server(failed.error) : undefined;
  };

  // The form's own check comes first: it stopped this submit, so any refusal is from an earlier one.
  const unshown = unshownError(errors, shown);
  let formError: string | undefined;
  if (unshown) formError = errorText.field(unshown);
  else if (failed?.invalidInput) {
    // Fields show their own; a path the form has no control for (an id, a version) would be lost.
    if (serverFields.some(([path]) => path === "" || !shown(path))) formError = errorText.server({ code: "invalidInput" });
  } else if (failed && !(failed.error.field && shown(failed.error.field))) formError = errorText.server(failed.error);
  return { fieldError, formError };
}
