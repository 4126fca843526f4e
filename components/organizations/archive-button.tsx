"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";

import { useActionButton } from "@/components/forms/use-action-button";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { archiveOrganizationAction } from "@/lib/organizations/actions";

export function ArchiveButton({ id, archived }: { id: string; archived: boolean }) {
  const t = useTranslations("organizations");
  const router = useRouter();
  const archive = useActionButton(archiveOrganizationAction, { onSuccess: () => router.refresh() });
  return (
    <div className="space-y-2">
      {archive.error && <Notice tone="error">{archive.error}</Notice>}
      <Button
        variant={archived ? "secondary" : "danger"}
        disabled={archive.isPending}
        onClick={() => archive.run({ id, archived: !archived })}
      >
        {archived ? t("restore") : t("archive")}
      </Button>
    </div>
  );
}
