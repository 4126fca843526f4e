"use client";

import { useTranslations } from "next-intl";

import { Badge } from "@/components/ui/badge";

import { CommentMarkdown } from "./markdown";
import type { ThreadComment } from "./thread";

/** The text, or the placeholder that keeps a deleted or hidden comment's place in the thread. */
export function CommentBody({ comment }: { comment: ThreadComment }) {
  const t = useTranslations("comments");
  const tl = useTranslations("languages");
  if (comment.state === "deleted")
    return (
      <p className="text-sm text-slate-500 italic" data-testid="comment-placeholder">
        {t("deletedPlaceholder")}
      </p>
    );
  const hidden = comment.state === "hidden" && (
    <p className="text-sm text-slate-500 italic" data-testid="comment-placeholder">
      {comment.hiddenReason ? t("hiddenPlaceholderWithReason", { reason: comment.hiddenReason }) : t("hiddenPlaceholder")}
    </p>
  );
  if (comment.body === null) return hidden;
  const translations = comment.translations;
  return (
    <div className={comment.state === "hidden" ? "space-y-2 opacity-70" : undefined}>
      {hidden}
      {translations.length === 0 ? (
        <div lang={comment.locale} data-testid="comment-text">
          <CommentMarkdown body={comment.body} />
        </div>
      ) : (
        // Original and person-made translations side by side, each labelled with its status.
        <div className={`grid gap-3 ${translations.length > 1 ? "md:grid-cols-3" : "md:grid-cols-2"}`}>
          <section
            lang={comment.locale}
            aria-label={t("translations.original", { language: tl(comment.locale) })}
            data-testid="comment-text"
          >
            <p className="mb-1 text-xs text-slate-500">{t("translations.original", { language: tl(comment.locale) })}</p>
            <CommentMarkdown body={comment.body} />
          </section>
          {translations.map((tr) => (
            <section
              key={tr.locale}
              lang={tr.locale}
              className="border-slate-200 md:border-l md:pl-3"
              data-testid={`comment-translation-${tr.locale}`}
            >
              <p className="mb-1 flex flex-wrap items-center gap-2 text-xs text-slate-500">
                {t("translations.by", { language: tl(tr.locale), name: tr.translator })}
                {tr.outdated && <Badge tone="amber">{t("translations.outdated")}</Badge>}
              </p>
              <CommentMarkdown body={tr.body} />
            </section>
          ))}
        </div>
      )}
    </div>
  );
}
