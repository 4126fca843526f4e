"use client";

import { get, type FieldErrors } from "react-hook-form";

import { RequestError } from "@/lib/api/client";

import { useErrorText, type ErrorFeature } from "./use-error-text";

export type RefusalTextOptions = {
  /** The form's feature, whose own wording of a code wins. */
  feature?: ErrorFeature;
  /** Whether the form shows a control for this field path (else its refusal is shown for the whole form). */
  shows: (path: string) => boolean;
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
 */
export function useRefusalText(refusal: unknown, { feature, shows, errors, prefix = "" }: RefusalTextOptions) {
  const errorText = useErrorText(feature);
  const failed = refusal ? (refusal instanceof RequestError ? refusal : new RequestError({ code: "generic" })) : null;
  // The server's field errors in the form's own paths; the first message of a path or anything under it.
  const serverFields = Object.entries(failed?.fieldErrors ?? {}).map(([path, key]) => [
    path.startsWith(prefix) ? path.slice(prefix.length) : path,
    key,
  ]);
  const serverMessage = (name: string) => serverFields.find(([path]) => path === name || path.startsWith(`${name}.`))?.[1];

  const fieldError = (name: string): string | undefined => {
    const own = get(errors ?? {}, name) as { message?: string; root?: { message?: string } } | undefined;
    const message = own?.message ?? own?.root?.message ?? serverMessage(name);
    if (message) return errorText.field(message);
    return failed?.error.field === name ? errorText.server(failed.error) : undefined;
  };

  let formError: string | undefined;
  if (failed?.invalidInput) {
    // Fields show their own; a path the form has no control for (an id, a version) would be lost.
    if (serverFields.some(([path]) => path === "" || !shows(path))) formError = errorText.server({ code: "invalidInput" });
  } else if (failed && !(failed.error.field && shows(failed.error.field))) formError = errorText.server(failed.error);
  return { fieldError, formError };
}
