import { getTranslations } from "next-intl/server";

type Variant = "list" | "detail" | "form";

const bar = "rounded bg-slate-200";

/**
 * What a section shows while its page loads (its loading.tsx): grey blocks in the shape of what
 * comes, under the header that stays in place, and "Loading…" for screen readers.
 */
export async function PageSkeleton({ variant }: { variant: Variant }) {
  const t = await getTranslations("boundaries");
  return (
    <div role="status" aria-busy="true" data-testid="page-loading" className="animate-pulse space-y-6">
      <span className="sr-only">{t("loading")}</span>
      <div className="space-y-2">
        <div className={`h-7 w-72 max-w-full ${bar}`} />
        <div className={`h-4 w-96 max-w-full ${bar}`} />
      </div>
      {variant === "list" && (
        <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          {Array.from({ length: 8 }, (_, i) => (
            <div key={i} className={`h-5 ${bar}`} style={{ width: `${90 - (i % 3) * 15}%` }} />
          ))}
        </div>
      )}
      {variant === "detail" &&
        [0, 1].map((card) => (
          <div key={card} className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
            <div className={`h-5 w-40 ${bar}`} />
            <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
              {Array.from({ length: 4 }, (_, i) => (
                <div key={i} className={`h-14 ${bar}`} />
              ))}
            </div>
            <div className={`h-24 ${bar}`} />
          </div>
        ))}
      {variant === "form" && (
        <div className="max-w-2xl space-y-4 rounded-lg border border-slate-200 bg-white p-5">
          {Array.from({ length: 5 }, (_, i) => (
            <div key={i} className="space-y-2">
              <div className={`h-4 w-32 ${bar}`} />
              <div className={`h-9 ${bar}`} />
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
