"use client";

import { useTranslations } from "next-intl";

import { useActionButton } from "@/components/forms/use-action-button";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useRouter } from "@/lib/i18n/navigation";
import { setForumPublishedAction } from "@/lib/publication/actions";

/** Organizers publish the edition's report on the public portal, or take it off again. */
export function ForumPublish({
  forumId,
  version,
  published,
  locale,
}: {
  forumId: string;
  version: number;
  published: boolean;
  locale: string;
}) {
  const t = useTranslations("publication");
  const router = useRouter();
  const action = useActionButton(setForumPublishedAction, { feature: "forums", onSuccess: () => router.refresh() });
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm" data-testid="forum-publication">
      <span>{t(published ? "forumPublished" : "forumNotPublished")}</span>
      {published && (
        <a href={`/${locale}/public/forums/${forumId}`} className="text-brand-700 underline">
          {t("view")}
        </a>
      )}
      <Button variant="secondary" disabled={action.isPending} onClick={() => action.run({ forumId, version, published: !published })}>
        {t(published ? "unpublishForum" : "publishForum")}
      </Button>
      {action.error && <Notice tone="error">{action.error}</Notice>}
    </div>
  );
}
