import { getFormatter, getTranslations } from "next-intl/server";

type Entry = { id: bigint; action: string; entityType: string; createdAt: Date; actor: { name: string } | null };

export async function RecentActivity({ entries }: { entries: Entry[] }) {
  const t = await getTranslations("landing");
  const ta = await getTranslations("audit");
  const format = await getFormatter();
  if (entries.length === 0) return <p className="text-sm text-slate-600">{t("noActivity")}</p>;
  return (
    <ul className="divide-y divide-slate-100 text-sm">
      {entries.map((e) => (
        <li key={e.id.toString()} className="flex flex-wrap justify-between gap-2 py-2">
          <span>
            <span className="font-medium">{e.actor?.name ?? ta("system")}</span> · <code className="text-xs">{e.action}</code>
          </span>
          <time dateTime={e.createdAt.toISOString()} className="text-slate-500">
            {format.relativeTime(e.createdAt)}
          </time>
        </li>
      ))}
    </ul>
  );
}
