"use client";

import { useId, useState, type FormHTMLAttributes, type ReactNode } from "react";

import { buttonClass } from "./button";

type Props = Omit<FormHTMLAttributes<HTMLFormElement>, "method" | "role" | "id"> & {
  /** The translated button text, e.g. "Filters (2)" (`common.showFilters` with the count). */
  toggleLabel: string;
  children: ReactNode;
};

/**
 * A filter bar: a plain GET form, so the filters live in the URL and results can be linked to.
 * On a narrow screen it folds behind a button, so the results come first instead of a screenful
 * of selects; from the `sm` width up it is always open and the button is not there.
 */
export function FilterForm({ toggleLabel, className = "", children, ...form }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
        className={`${buttonClass("secondary")} mb-4 sm:hidden`}
        data-testid="filters-toggle"
      >
        {toggleLabel}
        <span aria-hidden className={`transition-transform ${open ? "rotate-180" : ""}`}>
          ▾
        </span>
      </button>
      <form {...form} id={id} method="get" role="search" className={`${className} ${open ? "" : "max-sm:hidden"}`}>
        {children}
      </form>
    </>
  );
}
