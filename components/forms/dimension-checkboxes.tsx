"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";

import { DIMENSIONS } from "@/lib/scoring";

/** The three upgrading dimensions as a checkbox group bound to one react-hook-form field. */
export function DimensionCheckboxes({ legend, registration }: { legend: string; registration: UseFormRegisterReturn }) {
  const t = useTranslations("scores.dimensions");
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-4">
        {DIMENSIONS.map((d) => (
          <label key={d} className="flex items-center gap-2 text-sm">
            <input type="checkbox" value={d} {...registration} />
            {t(d)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
