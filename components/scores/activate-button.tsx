"use client";

import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";

import { useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/lib/i18n/navigation";
import { activateModelAction } from "@/lib/scores/actions";

/** Activates a model version; the page then shows the re-score job's progress. */
export function ActivateButton({ id, version }: { id: string; version: number }) {
  const t = useTranslations("scores.admin");
  const errorText = useErrorText("scores");
  const router = useRouter();
  const activate = useAction(activateModelAction, { onSuccess: () => router.refresh() });
  return (
    <div>
      <Button variant="secondary" disabled={activate.isPending} onClick={() => activate.execute({ id })}>
        {activate.isPending ? t("activating") : t("activate", { version })}
      </Button>
      {activate.result.serverError && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {errorText.server(activate.result.serverError)}
        </p>
      )}
    </div>
  );
}
