import { getTranslations } from "next-intl/server";

import { Notice } from "@/components/ui/notice";
import type { SessionUser } from "@/lib/auth/session";
import { listOpenRevisionRequests } from "@/lib/comments/queries";

/** On the evidence page: how many revision requests are open, with links to each. */
export async function RevisionNotice({ user, evidenceId }: { user: SessionUser; evidenceId: string }) {
  const open = await listOpenRevisionRequests(user, evidenceId);
  if (open.length === 0) return null;
  const t = await getTranslations("comments.revision");
  return (
    <Notice tone="warning" testId="revision-notice">
      <p className="font-medium">{t("openCount", { count: open.length })}</p>
      <ul className="mt-1 flex flex-wrap gap-x-3">
        {open.map((c, i) => (
          <li key={c.id}>
            <a href={`#comment-${c.id}`} className="underline">
              {t("requestLink", { number: i + 1 })}
            </a>
          </li>
        ))}
      </ul>
    </Notice>
  );
}
