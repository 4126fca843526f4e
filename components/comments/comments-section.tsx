import { getTranslations } from "next-intl/server";

import { Card } from "@/components/ui/card";
import type { SessionUser } from "@/lib/auth/session";
import { listThread } from "@/lib/comments/queries";
import type { TTarget } from "@/lib/comments/schema";

import { CommentThread } from "./comment-thread";

/** The discussion card at the end of a project, evidence or initiative page. */
export async function CommentsSection({ user, target }: { user: SessionUser; target: TTarget }) {
  const [t, initial] = await Promise.all([getTranslations("comments"), listThread(user, target)]);
  return (
    <div id="discussion" className="mt-6 scroll-mt-24">
      <Card title={t("title")}>
        <CommentThread target={target} viewer={{ id: user.id, name: user.name }} initial={initial} />
      </Card>
    </div>
  );
}
