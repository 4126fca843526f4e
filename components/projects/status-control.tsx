"use client";

import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";

import { useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useRouter } from "@/lib/i18n/navigation";
import { setProjectStatusAction } from "@/lib/projects/actions";
import type { TProjectStatus } from "@/lib/projects/schema";

/** The status moves an editor may make from here; activation is re-checked on the server. */
export function StatusControl({ projectId, version, next }: { projectId: string; version: number; next: readonly TProjectStatus[] }) {
  const t = useTranslations("projects");
  const errorText = useErrorText("projects");
  const router = useRouter();
  const action = useAction(setProjectStatusAction, { onSuccess: () => router.refresh() });
  return (
    <div className="space-y-2">
      {action.result.serverError && (
        <Notice tone="error" testId="status-error">
          {errorText.server(action.result.serverError)}
        </Notice>
      )}
      <div className="flex flex-wrap gap-2">
        {next.map((status) => (
          <Button
            key={status}
            variant={status === "ACTIVE" ? "primary" : "secondary"}
            disabled={action.isPending}
            onClick={() => action.execute({ id: projectId, version, status })}
          >
            {t(`statusControl.to.${status}`)}
          </Button>
        ))}
      </div>
      {next.includes("ACTIVE") && <p className="text-xs text-slate-600">{t("statusControl.activateHint")}</p>}
    </div>
  );
}
