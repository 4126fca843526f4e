"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";

import { useActionButton } from "@/components/forms/use-action-button";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { dismissReportsAction } from "@/lib/comments/actions";
import { Link } from "@/lib/i18n/navigation";

import { ReasonForm } from "./comment-forms";
import { CommentMarkdown } from "./markdown";

export type QueueItem = {
  id: string;
  version: number;
  body: string;
  author: string;
  createdAt: string;
  hidden: boolean;
  deleted: boolean;
  href: string;
  reports: { id: string; reporter: string; reason: string; createdAt: string }[];
};

function QueueEntry({ item }: { item: QueueItem }) {
  const t = useTranslations("comments");
  const format = useFormatter();
  const [hiding, setHiding] = useState(false);
  const dismiss = useActionButton(dismissReportsAction, { feature: "comments" });
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  return (
    <li data-testid="report-item">
      <Card>
        <p className="mb-2 flex flex-wrap items-center gap-2 text-xs text-slate-600">
          <span className="text-sm font-medium text-slate-900">{item.author}</span>
          <span>{date(item.createdAt)}</span>
          {item.deleted && <Badge>{t("moderation.deleted")}</Badge>}
          <Link href={item.href} className="text-brand-700 hover:underline">
            {t("moderation.open")}
          </Link>
        </p>
        <div className="rounded-md bg-slate-50 p-2">
          <CommentMarkdown body={item.body} />
        </div>
        <h3 className="mt-3 text-sm font-semibold">{t("moderation.reports", { count: item.reports.length })}</h3>
        <ul className="mt-1 space-y-1 text-sm">
          {item.reports.map((r) => (
            <li key={r.id}>
              <span className="font-medium">{r.reporter}</span> <span className="text-xs text-slate-500">{date(r.createdAt)}</span>:{" "}
              {r.reason}
            </li>
          ))}
        </ul>
        {dismiss.error && (
          <div className="mt-2">
            <Notice tone="error">{dismiss.error}</Notice>
          </div>
        )}
        <div className="mt-3">
          {hiding ? (
            <ReasonForm
              kind="hide"
              comment={item}
              label={t("hide.reason")}
              submitLabel={t("hide.submit")}
              testId="hide-form"
              onDone={() => setHiding(false)}
            />
          ) : (
            <div className="flex gap-2">
              {!item.deleted && (
                <Button variant="danger" onClick={() => setHiding(true)}>
                  {t("hide.action")}
                </Button>
              )}
              <Button variant="secondary" disabled={dismiss.isPending} onClick={() => dismiss.run({ id: item.id })}>
                {t("moderation.dismiss")}
              </Button>
            </div>
          )}
        </div>
      </Card>
    </li>
  );
}

/** Organizers: reported comments with "hide with a reason" or "dismiss". */
export function ReportQueue({ items }: { items: QueueItem[] }) {
  const t = useTranslations("comments.moderation");
  if (items.length === 0)
    return (
      <p className="text-sm text-slate-600" data-testid="queue-empty">
        {t("empty")}
      </p>
    );
  return (
    <ul className="space-y-4">
      {items.map((item) => (
        <QueueEntry key={item.id} item={item} />
      ))}
    </ul>
  );
}
