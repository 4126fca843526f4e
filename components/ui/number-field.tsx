"use client";

import { useLocale } from "next-intl";
import { useState } from "react";

import { useErrorText } from "@/components/forms/use-error-text";
import { formatNumberInput, parseLocaleNumber } from "@/lib/format/parse-number";

import { TextField } from "./field";

type Props = {
  label: string;
  /** The number the form holds; undefined while empty, NaN while the text is not a number. */
  value: number | undefined | null;
  onValueChange: (value: number | undefined) => void;
  onBlur?: () => void;
  /** A refusal from the form's schema or the server (a message key already translated). */
  error?: string;
  hint?: string;
  name?: string;
  /** Message key under validation namespaces for a parsed value that breaks a rule of the field. */
  check?: (value: number) => string | null;
  testId?: string;
};

/**
 * A number typed and shown in the page's language (lib/format/parse-number.ts): "80,5" on a
 * Russian page, "1,234.5" on an English one. Ambiguous or malformed text is refused with its
 * reason as soon as the field is left, and a good value is rewritten the way the locale writes
 * it, so what the person sees is what is stored.
 */
export function NumberField({ label, value, onValueChange, onBlur, error, hint, name, check, testId }: Props) {
  const locale = useLocale();
  const errorText = useErrorText("intake");
  const [text, setText] = useState(() => formatNumberInput(value ?? null, locale));
  const [left, setLeft] = useState(false);
  const parsed = parseLocaleNumber(text, locale);
  const problem = text.trim() === "" ? null : !parsed.ok ? parsed.problem : check ? check(parsed.value) : null;
  return (
    <TextField
      label={label}
      name={name}
      inputMode="decimal"
      autoComplete="off"
      value={text}
      hint={hint}
      data-testid={testId}
      error={(left && problem ? errorText.field(problem) : undefined) ?? error}
      onChange={(e) => {
        const next = e.target.value;
        setText(next);
        const result = parseLocaleNumber(next, locale);
        onValueChange(next.trim() === "" ? undefined : result.ok ? result.value : Number.NaN);
      }}
      onBlur={() => {
        setLeft(true);
        if (parsed.ok) setText(formatNumberInput(parsed.value, locale));
        onBlur?.();
      }}
    />
  );
}
