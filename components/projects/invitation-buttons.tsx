"use client";

import { useTranslations } from "next-intl";

import { useActionButton } from "@/components/forms/use-action-button";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useRouter } from "@/lib/i18n/navigation";
import { respondToInvitationAction } from "@/lib/projects/actions";

/** Accept or decline on behalf of the invited organization. */
export function InvitationButtons({
  projectId,
  organizationId,
  organizationName,
}: {
  projectId: string;
  organizationId: string;
  organizationName: string;
}) {
  const t = useTranslations("projects.detail");
  const router = useRouter();
  const action = useActionButton(respondToInvitationAction, { feature: "projects", onSuccess: () => router.refresh() });
  const respond = (accept: boolean) => action.run({ projectId, organizationId, accept });
  return (
    <div className="space-y-2">
      {action.error && <Notice tone="error">{action.error}</Notice>}
      <div className="flex gap-2">
        <Button aria-label={t("acceptFor", { organization: organizationName })} disabled={action.isPending} onClick={() => respond(true)}>
          {t("accept")}
        </Button>
        <Button
          variant="secondary"
          aria-label={t("declineFor", { organization: organizationName })}
          disabled={action.isPending}
          onClick={() => respond(false)}
        >
          {t("decline")}
        </Button>
      </div>
    </div>
  );
}
