import { getTranslations } from "next-intl/server";

import { buttonClass } from "@/components/ui/button";
import { Link } from "@/lib/i18n/navigation";

/** Previous/next links that keep every other filter in the URL. */
export async function Pagination({ params, page, hasNext }: { params: Record<string, string>; page: number; hasNext: boolean }) {
  const t = await getTranslations("projects.list");
  const href = (p: number) => `/projects?${new URLSearchParams({ ...params, page: String(p) }).toString()}`;
  return (
    <nav aria-label={t("pagination")} className="mt-4 flex items-center gap-3 text-sm">
      {page > 1 && (
        <Link href={href(page - 1)} className={buttonClass("secondary")}>
          {t("previous")}
        </Link>
      )}
      <span>{t("pageOf", { page })}</span>
      {hasNext && (
        <Link href={href(page + 1)} className={buttonClass("secondary")}>
          {t("next")}
        </Link>
      )}
    </nav>
  );
}
