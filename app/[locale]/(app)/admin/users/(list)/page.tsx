import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";

import { UserStatusBadge } from "@/components/admin-users/status-badge";
import { UserFilters } from "@/components/admin-users/user-filters";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { listUsers, type UserFilter } from "@/lib/accounts/service";
import { requirePermission } from "@/lib/auth/guard";
import { getFormatter } from "@/lib/i18n/formatter";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";

const ROLES = ["ADMIN", "ORGANIZER", "PARTNER"] as const;
const STATUSES = ["INVITED", "ACTIVE", "DISABLED"] as const;

function pick<T extends string>(values: readonly T[], v: unknown): T | undefined {
  return values.find((x) => x === v);
}

export default async function UsersPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "user.read");
  const sp = await searchParams;
  const filter: UserFilter = { q: sp.q?.slice(0, 100), role: pick(ROLES, sp.role), status: pick(STATUSES, sp.status) };
  const users = await listUsers(user, filter);
  const t = await getTranslations();
  const format = await getFormatter();
  const current = await getLocale();
  return (
    <>
      <PageHeader
        title={t("users.title")}
        intro={t("users.count", { count: users.length })}
        actions={
          <Link href="/admin/users/new" className={buttonClass("primary")}>
            {t("users.invite")}
          </Link>
        }
      />
      <UserFilters defaults={{ q: filter.q ?? "", role: filter.role ?? "", status: filter.status ?? "" }} />
      <DataTable
        headers={[t("users.name"), t("users.email"), t("users.role"), t("users.organization"), t("users.status"), t("users.lastLogin")]}
        footer={users.length === 0 && <p className="p-4 text-sm text-slate-600">{t("common.noResults")}</p>}
      >
        {users.map((u) => (
          <tr key={u.id}>
            <td className="px-4 py-2">
              <Link href={`/admin/users/${u.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                {u.name}
              </Link>
            </td>
            <td className="px-4 py-2">{u.email}</td>
            <td className="px-4 py-2">{t(`roles.${u.role}`)}</td>
            <td className="px-4 py-2">{u.organization ? localized(u.organization, "name", current) : "—"}</td>
            <td className="px-4 py-2">
              <UserStatusBadge status={u.status} />
            </td>
            <td className="px-4 py-2 text-slate-600">
              {u.lastLoginAt ? format.dateTime(u.lastLoginAt, { dateStyle: "medium", timeStyle: "short" }) : t("common.never")}
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
