import type { ReactNode, TextareaHTMLAttributes } from "react";

import { Field } from "@/components/ui/field";

const control =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-600";

/** A labelled multi-line field, wired like TextField. */
export function TextAreaField({
  label,
  error,
  hint,
  ...props
}: { label: ReactNode; error?: string; hint?: ReactNode } & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field label={label} error={error} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <textarea id={id} aria-describedby={describedBy} aria-invalid={invalid} rows={4} className={control} {...props} />
      )}
    </Field>
  );
}
