import { getTranslations } from "next-intl/server";

import { auditActionLabel, auditEntityTypeLabel } from "@/lib/audit/labels";
import { getFormatter } from "@/lib/i18n/formatter";
import { Link } from "@/lib/i18n/navigation";

type Entry = {
  id: bigint;
  action: string;
  entityType: string;
  createdAt: Date;
  actor: { name: string } | null;
  /** The entity's name as the audit log shows it; null when it has none for this reader. */
  entity: { label: string; href: string | null } | null;
};

export async function RecentActivity({ entries }: { entries: Entry[] }) {
  const t = await getTranslations("landing");
  const ta = await getTranslations("audit");
  const tl = await getTranslations();
  const format = await getFormatter();
  if (entries.length === 0) return <p className="text-sm text-slate-600">{t("noActivity")}</p>;
  return (
    <ul className="divide-y divide-slate-100 text-sm" data-testid="recent-activity">
      {entries.map((e) => (
        <li key={e.id.toString()} className="flex flex-wrap justify-between gap-2 py-2">
          <span>
            <span className="font-medium">{e.actor?.name ?? ta("system")}</span> ·{" "}
            <span title={e.action}>{auditActionLabel(tl, e.action)}</span> · {auditEntityTypeLabel(tl, e.entityType)}
            {e.entity && " "}
            {e.entity?.href ? (
              <Link href={e.entity.href} className="text-brand-700 underline">
                {e.entity.label}
              </Link>
            ) : (
              e.entity?.label
            )}
          </span>
          <time dateTime={e.createdAt.toISOString()} className="text-slate-500">
            {format.relativeTime(e.createdAt)}
          </time>
        </li>
      ))}
    </ul>
  );
}
