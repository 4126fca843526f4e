"use client";

import { useTranslations } from "next-intl";

import { useActionButton } from "@/components/forms/use-action-button";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useRouter } from "@/lib/i18n/navigation";
import { setProjectStatusAction } from "@/lib/projects/actions";
import type { TProjectStatus } from "@/lib/projects/schema";

/** The status moves an editor may make from here; activation is re-checked on the server. */
export function StatusControl({ projectId, version, next }: { projectId: string; version: number; next: readonly TProjectStatus[] }) {
  const t = useTranslations("projects");
  const router = useRouter();
  const action = useActionButton(setProjectStatusAction, { feature: "projects", onSuccess: () => router.refresh() });
  return (
    <div className="space-y-2">
      {action.error && (
        <Notice tone="error" testId="status-error">
          {action.error}
        </Notice>
      )}
      <div className="flex flex-wrap gap-2">
        {next.map((status) => (
          <Button
            key={status}
            variant={status === "ACTIVE" ? "primary" : "secondary"}
            disabled={action.isPending}
            onClick={() => action.run({ id: projectId, version, status })}
          >
            {t(`statusControl.to.${status}`)}
          </Button>
        ))}
      </div>
      {next.includes("ACTIVE") && <p className="text-xs text-slate-600">{t("statusControl.activateHint")}</p>}
    </div>
  );
}
