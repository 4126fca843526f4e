import { getTranslations, setRequestLocale } from "next-intl/server";

import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { requirePermission } from "@/lib/auth/guard";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { listOrganizations } from "@/lib/organizations/service";

export default async function OrganizationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ archived?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "organization.manage");
  const includeArchived = (await searchParams).archived === "1";
  const [orgs, t] = await Promise.all([listOrganizations(user, { includeArchived }), getTranslations()]);
  return (
    <>
      <PageHeader
        title={t("organizations.title")}
        intro={t("organizations.count", { count: orgs.length })}
        actions={
          <>
            <Link href={includeArchived ? "/admin/organizations" : "/admin/organizations?archived=1"} className={buttonClass("ghost")}>
              {includeArchived ? t("common.back") : t("organizations.showArchived")}
            </Link>
            <Link href="/admin/organizations/new" className={buttonClass("primary")}>
              {t("organizations.new")}
            </Link>
          </>
        }
      />
      <DataTable
        headers={[
          t("organizations.nameEn"),
          t("organizations.nameZh"),
          t("organizations.nameRu"),
          t("organizations.country"),
          t("organizations.type"),
          t("organizations.city"),
          t("organizations.members"),
        ]}
        footer={orgs.length === 0 && <p className="p-4 text-sm text-slate-600">{t("common.noResults")}</p>}
      >
        {orgs.map((o) => (
          <tr key={o.id}>
            <td className="px-4 py-2">
              <Link href={`/admin/organizations/${o.id}`} className="font-medium text-brand-700 hover:underline">
                {o.nameEn}
              </Link>
              {o.archivedAt && (
                <span className="ml-2">
                  <Badge>{t("organizations.archived")}</Badge>
                </span>
              )}
            </td>
            <td className="px-4 py-2" lang="zh-Hans">
              {o.nameZh}
            </td>
            <td className="px-4 py-2" lang="ru">
              {o.nameRu}
            </td>
            <td className="px-4 py-2">
              <Badge tone={o.country === "CN" ? "red" : "blue"}>{t(`countries.${o.country}`)}</Badge>
            </td>
            <td className="px-4 py-2">{t(`orgTypes.${o.type}`)}</td>
            <td className="px-4 py-2">{localized(o, "city", locale)}</td>
            <td className="px-4 py-2">{o._count.users}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
