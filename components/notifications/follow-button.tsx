"use client";

import { useTranslations } from "next-intl";

import { useActionButton } from "@/components/forms/use-action-button";
import { Button } from "@/components/ui/button";
import { setFollowingAction } from "@/lib/follows/actions";
import type { FollowState } from "@/lib/follows/service";

/** Follow / Unfollow for a project or an initiative; the sentence beside it says where one stands. */
export function FollowButton({
  subjectType,
  subjectId,
  initial,
}: {
  subjectType: "PROJECT" | "INITIATIVE";
  subjectId: string;
  initial: FollowState;
}) {
  const t = useTranslations("notifications.follow");
  const follow = useActionButton(setFollowingAction, { feature: "notifications" });
  // The last answer of the server wins; before any, the state the page was rendered with.
  const state = follow.data ?? initial;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button
        variant="secondary"
        disabled={follow.isPending}
        aria-pressed={state.following}
        onClick={() => follow.run({ subjectType, subjectId, following: !state.following })}
        data-testid="follow-button"
      >
        {state.following ? t("unfollow") : t("follow")}
      </Button>
      <span role="status" className="text-xs text-slate-600" data-testid="follow-state">
        {state.following ? t("following") : t("notFollowing")}
        {state.implicit && ` ${t("implicit")}`}
      </span>
      {follow.error && (
        <span role="alert" className="text-xs text-red-700">
          {follow.error}
        </span>
      )}
    </div>
  );
}
