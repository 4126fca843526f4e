import { getTranslations } from "next-intl/server";

import { buttonClass } from "@/components/ui/button";
import { countSetFilters } from "@/components/ui/filter-count";
import { FilterForm } from "@/components/ui/filter-form";

/** A plain GET form: filters live in the URL, so they survive reloads and can be shared. */
export async function UserFilters({ defaults }: { defaults: { q: string; role: string; status: string } }) {
  const t = await getTranslations();
  const select = "mt-1 block rounded-md border border-slate-300 bg-white px-2 py-2 text-sm";
  return (
    <FilterForm toggleLabel={t("common.showFilters", { count: countSetFilters(defaults) })} className="mb-4 flex flex-wrap items-end gap-3">
      <label className="text-sm">
        <span className="block font-medium">{t("common.search")}</span>
        <input name="q" defaultValue={defaults.q} placeholder={t("users.searchPlaceholder")} className={select} />
      </label>
      <label className="text-sm">
        <span className="block font-medium">{t("users.filterRole")}</span>
        <select name="role" defaultValue={defaults.role} className={select}>
          <option value="">{t("common.all")}</option>
          {(["ADMIN", "ORGANIZER", "PARTNER"] as const).map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="block font-medium">{t("users.filterStatus")}</span>
        <select name="status" defaultValue={defaults.status} className={select}>
          <option value="">{t("common.all")}</option>
          {(["INVITED", "ACTIVE", "DISABLED"] as const).map((s) => (
            <option key={s} value={s}>
              {t(`userStatus.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className={buttonClass("secondary")}>
        {t("common.filter")}
      </button>
    </FilterForm>
  );
}
