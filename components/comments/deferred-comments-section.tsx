import { getTranslations } from "next-intl/server";

import { Card } from "@/components/ui/card";
import type { SessionUser } from "@/lib/auth/session";
import type { TTarget } from "@/lib/comments/schema";

import { DeferredThread } from "./deferred-thread";

/**
 * The discussion card for the end of a long page, loaded by the browser when the reader scrolls
 * near it. A file of its own: a page that imported the thread itself would ship its code (the
 * Markdown renderer, the forms) with the page.
 */
export async function DeferredCommentsSection({ user, target }: { user: SessionUser; target: TTarget }) {
  const t = await getTranslations("comments");
  return (
    <div id="discussion" className="mt-6 scroll-mt-24">
      <Card title={t("title")}>
        <DeferredThread target={target} viewer={{ id: user.id, name: user.name }} />
      </Card>
    </div>
  );
}
