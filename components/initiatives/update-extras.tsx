import { getTranslations } from "next-intl/server";

import { EvidenceStatusBadge } from "@/components/evidence/badges";
import { formatFileSize } from "@/lib/format/file-size";
import { getFormatter } from "@/lib/i18n/formatter";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { InitiativeDetail } from "@/lib/initiatives/service";

type Update = InitiativeDetail["updates"][number];

/** An update's attachments (downloads for signed-in users) and the evidence it cites. */
export async function UpdateExtras({ update, locale }: { update: Update; locale: string }) {
  if (update.attachments.length === 0 && update.evidence.length === 0) return null;
  const [t, format] = await Promise.all([getTranslations("initiatives.timeline"), getFormatter()]);
  const size = (bytes: number) => formatFileSize(format, bytes);
  return (
    <div className="mt-2 space-y-2 text-sm">
      {update.attachments.length > 0 && (
        <div>
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{t("attachments")}</p>
          <ul data-testid="update-attachments">
            {update.attachments.map((a) => (
              <li key={a.id}>
                <a href={`/api/initiatives/attachments/${a.id}`} className="text-brand-700 underline" download>
                  {a.fileName}
                </a>{" "}
                <span className="text-xs text-slate-500">{size(a.size)}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {update.evidence.length > 0 && (
        <div>
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{t("evidence")}</p>
          <ul className="space-y-1" data-testid="update-evidence">
            {update.evidence.map(({ evidence: e }) => (
              <li key={e.id} className="flex flex-wrap items-center gap-2">
                <Link href={`/evidence/${e.id}`} className="text-brand-700 underline">
                  {e.project.code} · {e.indicator.code} {localized(e.indicator, "name", locale)} = {format.number(e.value)}
                </Link>
                <EvidenceStatusBadge status={e.status} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
