import { getTranslations } from "next-intl/server";

import { Badge } from "@/components/ui/badge";
import { textStatus } from "@/lib/evidence/texts";

type Text = { locale: "en" | "zh" | "ru"; narrative: string; source: string; sourceVersion: number };

const LANG = { en: "en", zh: "zh-Hans", ru: "ru" } as const;

/** The original narrative next to the human translations, each marked original / translated / outdated. */
export async function NarrativePanel({
  texts,
  originalLocale,
  textVersion,
  locale,
}: {
  texts: Text[];
  originalLocale: string;
  textVersion: number;
  locale: string;
}) {
  const t = await getTranslations("evidence.text");
  const tl = await getTranslations("languages");
  // The original first, then the reader's language, then the rest.
  const ordered = [...texts].sort((a, b) => rank(a) - rank(b));
  function rank(x: Text) {
    return x.locale === originalLocale ? 0 : x.locale === locale ? 1 : 2;
  }
  const missing = (["en", "zh", "ru"] as const).filter((l) => !texts.some((x) => x.locale === l));
  return (
    <div>
      <div className="grid gap-4 md:grid-cols-2" data-testid="narratives">
        {ordered.map((text) => {
          const status = textStatus(text, textVersion);
          return (
            <article key={text.locale} className="rounded-md border border-slate-200 p-3" data-testid={`narrative-${text.locale}`}>
              <header className="mb-2 flex items-center justify-between gap-2">
                <h3 className="text-sm font-semibold">{tl(text.locale)}</h3>
                <Badge tone={status === "outdated" ? "amber" : status === "translated" ? "green" : "neutral"}>{t(status)}</Badge>
              </header>
              {status === "outdated" && <p className="mb-2 text-xs text-amber-800">{t("outdatedHint")}</p>}
              <p lang={LANG[text.locale]} className="text-sm whitespace-pre-wrap text-slate-800">
                {text.narrative}
              </p>
            </article>
          );
        })}
      </div>
      {missing.length > 0 && (
        <p className="mt-2 text-xs text-slate-500">{t("noTranslation", { languages: missing.map((l) => tl(l)).join(", ") })}</p>
      )}
    </div>
  );
}
