"use client";

import { useTranslations } from "next-intl";

import { useActionButton } from "@/components/forms/use-action-button";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/lib/i18n/navigation";
import { activateModelAction } from "@/lib/scores/actions";

/** Activates a model version; the page then shows the re-score job's progress. */
export function ActivateButton({ id, version }: { id: string; version: number }) {
  const t = useTranslations("scores.admin");
  const router = useRouter();
  const activate = useActionButton(activateModelAction, { feature: "scores", onSuccess: () => router.refresh() });
  return (
    <div>
      <Button variant="secondary" disabled={activate.isPending} onClick={() => activate.run({ id })}>
        {activate.isPending ? t("activating") : t("activate", { version })}
      </Button>
      {activate.error && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {activate.error}
        </p>
      )}
    </div>
  );
}
