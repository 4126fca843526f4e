"use client";

import { Controller, type Control, type FieldValues, type Path } from "react-hook-form";

import { NumberField } from "@/components/ui/number-field";

/** What a form holds for a number field: a number, or text from a default such as "1". */
function asNumber(value: unknown): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value === "string" && value.trim() !== "") return Number(value);
  return undefined;
}

/**
 * A react-hook-form number field typed in the page's language (components/ui/number-field.tsx):
 * the form receives a number, NaN for text that is not one, or undefined when empty.
 */
export function NumberInput<T extends FieldValues, O extends FieldValues>({
  control,
  name,
  label,
  error,
  hint,
  testId,
}: {
  control: Control<T, unknown, O>;
  name: Path<T>;
  label: string;
  error?: string;
  hint?: string;
  testId?: string;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <NumberField
          label={label}
          name={field.name}
          hint={hint}
          error={error}
          testId={testId}
          value={asNumber(field.value)}
          onValueChange={field.onChange}
          onBlur={field.onBlur}
        />
      )}
    />
  );
}
