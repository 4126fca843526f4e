"use client";

import { useQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";

import { useErrorText } from "@/components/forms/use-error-text";
import { callAction } from "@/lib/api/client";
import { listRevisionsAction } from "@/lib/comments/actions";

import { CommentMarkdown } from "./markdown";

/** Organizers: the bodies an edited comment had before, newest first. */
export function Revisions({ commentId }: { commentId: string }) {
  const t = useTranslations("comments.revisions");
  const format = useFormatter();
  const errorText = useErrorText("comments");
  const { data, error, isPending } = useQuery({
    queryKey: ["comments", "revisions", commentId],
    queryFn: () => callAction(listRevisionsAction, { id: commentId }),
  });
  if (isPending) return <p className="text-sm text-slate-500">{t("loading")}</p>;
  if (error) return <p className="text-sm text-red-700">{errorText.request(error)}</p>;
  return (
    <section aria-label={t("title")} className="rounded-md bg-slate-50 p-2" data-testid="revisions">
      <h4 className="mb-1 text-xs font-semibold text-slate-700">{t("title")}</h4>
      <ol className="space-y-2">
        {data.map((r) => (
          <li key={r.id} className="border-b border-slate-200 pb-2 last:border-0">
            <p className="text-xs text-slate-500">
              {t("replacedAt", { date: format.dateTime(new Date(r.createdAt), { dateStyle: "medium", timeStyle: "short" }) })}
            </p>
            <div lang={r.locale}>
              <CommentMarkdown body={r.body} />
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
