import { getTranslations, setRequestLocale } from "next-intl/server";

import { AuditTable } from "@/components/audit/audit-table";
import { ExportLinks } from "@/components/exports/export-links";
import { ClientMessages } from "@/components/i18n/client-messages";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { countSetFilters } from "@/components/ui/filter-count";
import { FilterForm } from "@/components/ui/filter-form";
import { AUDIT_MESSAGES, auditActionLabel, auditEntityTypeLabel } from "@/lib/audit/labels";
import { listAuditFacets } from "@/lib/audit/queries";
import { ZAuditQuery } from "@/lib/audit/schema";
import { requirePermission } from "@/lib/auth/guard";

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "audit.read");
  const parsed = ZAuditQuery.omit({ before: true, locale: true }).safeParse(await searchParams);
  const filter = parsed.success ? parsed.data : {};
  const [facets, t] = await Promise.all([listAuditFacets(user), getTranslations()]);
  const control = "mt-1 block rounded-md border border-slate-300 bg-white px-2 py-2 text-sm";
  return (
    <ClientMessages ns={["audit", ...AUDIT_MESSAGES, "common", "errors.generic"]}>
      <PageHeader
        title={t("audit.title")}
        intro={t("audit.intro")}
        actions={<ExportLinks path="/api/exports/audit" params={filter} locale={locale} testId="export-audit" />}
      />
      <FilterForm toggleLabel={t("common.showFilters", { count: countSetFilters(filter) })} className="mb-4 flex flex-wrap items-end gap-3">
        <label className="text-sm">
          <span className="block font-medium">{t("audit.action")}</span>
          <select name="action" defaultValue={filter.action ?? ""} className={control}>
            <option value="">{t("audit.allActions")}</option>
            {facets.actions.map((a) => (
              <option key={a} value={a}>
                {auditActionLabel(t, a)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="block font-medium">{t("audit.entity")}</span>
          <select name="entityType" defaultValue={filter.entityType ?? ""} className={control}>
            <option value="">{t("audit.allEntities")}</option>
            {facets.entityTypes.map((a) => (
              <option key={a} value={a}>
                {auditEntityTypeLabel(t, a)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="block font-medium">{t("audit.from")}</span>
          <input type="date" name="from" defaultValue={filter.from ?? ""} className={control} />
        </label>
        <label className="text-sm">
          <span className="block font-medium">{t("audit.to")}</span>
          <input type="date" name="to" defaultValue={filter.to ?? ""} className={control} />
        </label>
        <button type="submit" className={buttonClass("secondary")}>
          {t("common.filter")}
        </button>
      </FilterForm>
      <AuditTable filter={filter} />
    </ClientMessages>
  );
}
