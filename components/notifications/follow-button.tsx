"use client";

import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";

import { useErrorText } from "@/components/forms/use-error-text";
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
  const errorText = useErrorText("notifications");
  const { execute, isPending, result } = useAction(setFollowingAction);
  // The last answer of the server wins; before any, the state the page was rendered with.
  const state = result.data ?? initial;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button
        variant="secondary"
        disabled={isPending}
        aria-pressed={state.following}
        onClick={() => execute({ subjectType, subjectId, following: !state.following })}
        data-testid="follow-button"
      >
        {state.following ? t("unfollow") : t("follow")}
      </Button>
      <span role="status" className="text-xs text-slate-600" data-testid="follow-state">
        {state.following ? t("following") : t("notFollowing")}
        {state.implicit && ` ${t("implicit")}`}
      </span>
      {result.serverError && (
        <span role="alert" className="text-xs text-red-700">
          {errorText.server(result.serverError)}
        </span>
      )}
    </div>
  );
}
