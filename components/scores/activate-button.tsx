"use client";

import { useTranslations } from "next-intl";

import { useActionButton } from "@/components/forms/use-action-button";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/lib/i18n/navigation";
import { activateModelAction } from "@/lib/scores/actions";

/**
 * The confirmation on the preview page: activates the version only if the preview the admin
 * read is still what activation would do (its token). A stale preview is refused with a
 * translated message and the page offers the current one.
 */
export function ActivateButton({ id, version, previewToken }: { id: string; version: number; previewToken: string }) {
  const t = useTranslations("modelPreview");
  const router = useRouter();
  const activate = useActionButton(activateModelAction, { feature: "scores", onSuccess: () => router.push("/admin/scoring") });
  return (
    <div className="space-y-2">
      <Button disabled={activate.isPending} onClick={() => activate.run({ id, previewToken })} data-testid="confirm-activation">
        {activate.isPending ? t("activating") : t("confirm", { version })}
      </Button>
      {activate.error && (
        <div role="alert" className="text-sm text-red-700">
          <p>{activate.error}</p>
          <button type="button" className="mt-1 underline" onClick={() => router.refresh()}>
            {t("reload")}
          </button>
        </div>
      )}
    </div>
  );
}
