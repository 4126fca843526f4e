"use client";

import { useTranslations } from "next-intl";

import { useActionButton } from "@/components/forms/use-action-button";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useRouter } from "@/lib/i18n/navigation";
import { removePartnerAction } from "@/lib/projects/actions";

/** Remove a partner or withdraw a pending invitation. */
export function RemovePartnerButton({
  projectId,
  organizationId,
  organizationName,
  pending,
}: {
  projectId: string;
  organizationId: string;
  organizationName: string;
  pending: boolean;
}) {
  const t = useTranslations("projects.partners");
  const router = useRouter();
  const remove = useActionButton(removePartnerAction, { feature: "projects", onSuccess: () => router.refresh() });
  return (
    <div className="space-y-1">
      <Button
        variant="secondary"
        aria-label={t("removeFor", { organization: organizationName })}
        disabled={remove.isPending}
        onClick={() => remove.run({ projectId, organizationId })}
      >
        {pending ? t("withdraw") : t("remove")}
      </Button>
      {remove.error && <Notice tone="error">{remove.error}</Notice>}
    </div>
  );
}
