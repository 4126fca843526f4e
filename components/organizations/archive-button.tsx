"use client";

import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";

import { useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { archiveOrganizationAction } from "@/lib/organizations/actions";

export function ArchiveButton({ id, archived }: { id: string; archived: boolean }) {
  const t = useTranslations("organizations");
  const errorText = useErrorText();
  const router = useRouter();
  const { execute, isPending, result } = useAction(archiveOrganizationAction, { onSuccess: () => router.refresh() });
  return (
    <div className="space-y-2">
      {result.serverError && <Notice tone="error">{errorText.server(result.serverError)}</Notice>}
      <Button variant={archived ? "secondary" : "danger"} disabled={isPending} onClick={() => execute({ id, archived: !archived })}>
        {archived ? t("restore") : t("archive")}
      </Button>
    </div>
  );
}
