import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";

const control =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-600";

type Labelled = { label: ReactNode; error?: string; hint?: ReactNode };
/** What a control needs to be tied to its label, hint and error, and to look like the others. */
type Wiring = { id: string; "aria-describedby"?: string; "aria-invalid": boolean; className: string };

/** Label, control, hint and error wired together for assistive technology. */
export function Field({ label, error, hint, children }: Labelled & { children: (wiring: Wiring) => ReactNode }) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children({ id, "aria-describedby": describedBy, "aria-invalid": Boolean(error), className: control })}
      {hint && (
        <p id={hintId} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

export function TextField({ label, error, hint, ...props }: Labelled & InputHTMLAttributes<HTMLInputElement>) {
  return <Field {...{ label, error, hint }}>{(wiring) => <input {...wiring} {...props} />}</Field>;
}

/** A labelled multi-line control; four rows unless the caller asks for more. */
export function TextAreaField({ label, error, hint, ...props }: Labelled & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <Field {...{ label, error, hint }}>{(wiring) => <textarea rows={4} {...wiring} {...props} />}</Field>;
}

export function SelectField({
  label,
  error,
  hint,
  options,
  placeholder,
  ...props
}: Labelled & { options: { value: string; label: string }[]; placeholder?: string } & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Field {...{ label, error, hint }}>
      {(wiring) => (
        <select {...wiring} {...props}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
