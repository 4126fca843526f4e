"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import type { TTarget } from "@/lib/comments/schema";

import { CommentItem } from "./comment-item";
import { Composer } from "./composer";
import type { ThreadComment, ThreadData } from "./thread";
import { useLiveThread } from "./use-live-thread";
import type { Viewer } from "./use-thread-cache";

type Props = { target: TTarget; viewer: Viewer; initial: ThreadData };

/**
 * The discussion of one target (project, evidence item or initiative): threaded comments kept
 * live by server-sent events (polling as the fallback), with the composer on top.
 */
export function CommentThread({ target, viewer, initial }: Props) {
  const t = useTranslations("comments");
  const [announcement, setAnnouncement] = useState("");
  const { comments, mode } = useLiveThread(target, initial, (fresh) => {
    const others = fresh.filter((c) => c.author.id !== viewer.id);
    if (others.length === 1) setAnnouncement(t("announce.one", { name: others[0].author.name }));
    else if (others.length > 1) setAnnouncement(t("announce.many", { count: others.length }));
  });

  const children = new Map<string | null, ThreadComment[]>();
  for (const c of comments) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c]);
  const renderLevel = (parentId: string | null, depth: number) => {
    const list = children.get(parentId);
    if (!list?.length) return null;
    return (
      <ul className={depth === 0 ? "space-y-3" : "mt-2 ml-4 space-y-2 border-l-2 border-slate-200 pl-3"}>
        {list.map((c) => (
          <CommentItem key={c.id} comment={c} target={target} viewer={viewer}>
            {renderLevel(c.id, depth + 1)}
          </CommentItem>
        ))}
      </ul>
    );
  };

  return (
    <div className="space-y-4" data-testid="comment-thread" data-live={mode}>
      <p className="sr-only" role="status" aria-live="polite" data-testid="comment-announcement">
        {announcement}
      </p>
      <Composer target={target} viewer={viewer} allowRevisionRequest={target.type === "EVIDENCE"} />
      {comments.length === 0 ? <p className="text-sm text-slate-600">{t("empty")}</p> : renderLevel(null, 0)}
      {mode === "polling" && <p className="text-xs text-slate-500">{t("pollingFallback")}</p>}
    </div>
  );
}
