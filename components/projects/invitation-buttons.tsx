"use client";

import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";

import { useErrorText } from "@/components/forms/use-error-text";
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
  const errorText = useErrorText("projects");
  const router = useRouter();
  const action = useAction(respondToInvitationAction, { onSuccess: () => router.refresh() });
  const respond = (accept: boolean) => action.execute({ projectId, organizationId, accept });
  return (
    <div className="space-y-2">
      {action.result.serverError && <Notice tone="error">{errorText.server(action.result.serverError)}</Notice>}
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
