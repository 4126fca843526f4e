"use client";

import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";

import { useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/lib/i18n/navigation";
import { restartRescoreAction } from "@/lib/scores/actions";

/** Starts a new re-score with the active model after a failed or interrupted one. */
export function RestartRescoreButton() {
  const t = useTranslations("scores.job");
  const errorText = useErrorText("scores");
  const router = useRouter();
  const restart = useAction(restartRescoreAction, { onSuccess: () => router.refresh() });
  return (
    <div>
      <Button variant="secondary" disabled={restart.isPending} onClick={() => restart.execute()} data-testid="rescore-restart">
        {restart.isPending ? t("restarting") : t("restart")}
      </Button>
      {restart.result.serverError && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {errorText.server(restart.result.serverError)}
        </p>
      )}
    </div>
  );
}
