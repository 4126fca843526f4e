import type { ReactNode } from "react";

const LANG = { zh: "zh-Hans", ru: "ru", en: "en" } as const;

/** The same content once per language, side by side (Chinese left, Russian right) or alone. */
export function LanguageColumns({
  locales,
  render,
}: {
  locales: ("en" | "zh" | "ru")[];
  render: (locale: "en" | "zh" | "ru") => ReactNode;
}) {
  return (
    <div className={locales.length > 1 ? "grid grid-cols-2 gap-4" : ""}>
      {locales.map((l) => (
        <section key={l} lang={LANG[l]} className="min-w-0">
          {render(l)}
        </section>
      ))}
    </div>
  );
}

export { LANG };
