"use client";

import { useTranslations } from "next-intl";

import { useActionButton } from "@/components/forms/use-action-button";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/lib/i18n/navigation";
import { restartRescoreAction } from "@/lib/scores/actions";

/** Starts a new re-score with the active model after a failed or interrupted one. */
export function RestartRescoreButton() {
  const t = useTranslations("scores.job");
  const router = useRouter();
  const restart = useActionButton(restartRescoreAction, { feature: "scores", onSuccess: () => router.refresh() });
  return (
    <div>
      <Button variant="secondary" disabled={restart.isPending} onClick={() => restart.run(undefined)} data-testid="rescore-restart">
        {restart.isPending ? t("restarting") : t("restart")}
      </Button>
      {restart.error && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {restart.error}
        </p>
      )}
    </div>
  );
}
