import { getTranslations } from "next-intl/server";

import { StatusBadge } from "@/components/initiatives/status-badge";
import { Badge } from "@/components/ui/badge";
import { getFormatter } from "@/lib/i18n/formatter";
import { isWebLink } from "@/lib/initiatives/schema";
import type { InitiativeDetail } from "@/lib/initiatives/service";

import { UpdateExtras } from "./update-extras";

type Entry = { key: string; at: Date; node: React.ReactNode };

/** Updates (newest first) interleaved with the milestones' due dates. */
export async function Timeline({ initiative, locale }: { initiative: InitiativeDetail; locale: string }) {
  const [t, format] = await Promise.all([getTranslations("initiatives"), getFormatter()]);
  const entries: Entry[] = [
    ...initiative.updates.map((u) => ({
      key: u.id,
      at: u.createdAt,
      node: (
        <div data-testid="timeline-update">
          <p className="text-xs text-slate-500">
            {format.dateTime(u.createdAt, { dateStyle: "medium", timeStyle: "short" })} · {u.authorName || t("updates.system")}
            {u.progress !== null && ` · ${t("updates.progressAt", { value: Math.round(u.progress) })}`}
          </p>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm font-medium text-slate-800">
            {t(`updates.kinds.${u.kind}`)}
            {u.kind === "STATUS" && u.fromStatus && u.toStatus && (
              <>
                <StatusBadge status={u.fromStatus} /> → <StatusBadge status={u.toStatus} />
              </>
            )}
            {u.kind === "MILESTONE" && (
              <Badge tone={u.toStatus === "COMPLETE" ? "green" : "amber"}>
                {u.toStatus === "COMPLETE" ? t("milestone.met") : t("milestone.reopened")}
              </Badge>
            )}
            {u.kind === "MILESTONE_DELETED" && u.fromStatus === "COMPLETE" && <Badge tone="amber">{t("timeline.deletedWasMet")}</Badge>}
          </p>
          {u.body && <p className="mt-1 whitespace-pre-line text-sm text-slate-700">{u.body}</p>}
          {u.kind === "MILESTONE_DELETED" && u.fromStatus === "COMPLETE" && (
            <p className="mt-1 text-xs text-slate-600">{t("timeline.deletedWasMetNote")}</p>
          )}
          {u.links.length > 0 && (
            <ul className="mt-1 text-sm">
              {u.links.map((l) => (
                <li key={l}>
                  {/* Links saved before only web links were accepted are shown as text, never followed. */}
                  {isWebLink(l) ? (
                    <a href={l} rel="noopener noreferrer" target="_blank" className="text-brand-700 underline">
                      {l}
                    </a>
                  ) : (
                    <span className="break-all text-slate-600">{l}</span>
                  )}
                </li>
              ))}
            </ul>
          )}
          <UpdateExtras update={u} locale={locale} />
        </div>
      ),
    })),
    ...initiative.milestones.map((m) => ({
      key: `m-${m.id}`,
      at: m.dueDate,
      node: (
        <p className="text-sm text-slate-700">
          <span className="text-xs text-slate-500">{format.dateTime(m.dueDate, { dateStyle: "medium", timeZone: "UTC" })} · </span>
          {t("timeline.milestoneDue", { title: m.title })} {m.overdue && <Badge tone="red">{t("milestone.overdue")}</Badge>}
        </p>
      ),
    })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());
  return (
    <ol className="space-y-3 border-l-2 border-slate-200 pl-4">
      {entries.map((e) => (
        <li key={e.key}>{e.node}</li>
      ))}
    </ol>
  );
}
