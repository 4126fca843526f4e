import { getTranslations, setRequestLocale } from "next-intl/server";

import { OutboxStatus } from "@/components/notifications/outbox-status";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { requirePermission } from "@/lib/auth/guard";
import { pageNumber } from "@/lib/http/input";
import { getFormatter } from "@/lib/i18n/formatter";
import { Link } from "@/lib/i18n/navigation";
import { listOutbox } from "@/lib/mail/outbox";

export default async function OutboxPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "outbox.read");
  const page = pageNumber((await searchParams).page);
  const [outbox, t, format] = await Promise.all([listOutbox(user, page), getTranslations("notifications"), getFormatter()]);
  const pages = Math.max(1, Math.ceil(outbox.total / outbox.pageSize));
  return (
    <>
      <PageHeader title={t("outbox.title")} intro={t("outbox.intro")} />
      <DataTable
        testId="outbox-table"
        headers={[t("outbox.created"), t("outbox.to"), t("outbox.subject"), t("outbox.status"), t("outbox.attempts")]}
        footer={outbox.rows.length === 0 ? <p className="px-4 py-6 text-sm text-slate-600">{t("outbox.empty")}</p> : undefined}
      >
        {outbox.rows.map((m) => (
          <tr key={m.id}>
            <td className="whitespace-nowrap px-4 py-2">{format.dateTime(m.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
            <td className="px-4 py-2">{m.toAddress}</td>
            <td className="px-4 py-2">
              <Link href={`/admin/outbox/${m.id}`} className="text-brand-700 hover:underline">
                {m.subject}
              </Link>
            </td>
            <td className="px-4 py-2">
              <OutboxStatus status={m.status} />
            </td>
            <td className="px-4 py-2">{m.attempts}</td>
          </tr>
        ))}
      </DataTable>
      {pages > 1 && (
        <nav aria-label={t("outbox.title")} className="mt-4 flex items-center justify-between">
          {page > 1 ? (
            <Link href={`/admin/outbox?page=${page - 1}`} className={buttonClass("secondary")}>
              {t("newer")}
            </Link>
          ) : (
            <span />
          )}
          <span className="text-sm text-slate-600">{t("pageOf", { page })}</span>
          {page < pages ? (
            <Link href={`/admin/outbox?page=${page + 1}`} className={buttonClass("secondary")}>
              {t("older")}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </>
  );
}
