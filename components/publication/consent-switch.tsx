"use client";

import { useTranslations } from "next-intl";

import { useActionButton } from "@/components/forms/use-action-button";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useRouter } from "@/lib/i18n/navigation";
import { setPublishConsentAction } from "@/lib/publication/actions";

/** One organization's agreement to publish the project, as the page showed it; one click flips it. */
export function ConsentSwitch({
  projectId,
  organizationId,
  organizationName,
  consent,
}: {
  projectId: string;
  organizationId: string;
  organizationName: string;
  consent: boolean;
}) {
  const t = useTranslations("publication");
  const router = useRouter();
  const action = useActionButton(setPublishConsentAction, { feature: "projects", onSuccess: () => router.refresh() });
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <Button
        variant={consent ? "secondary" : "primary"}
        disabled={action.isPending}
        aria-label={t(consent ? "withdrawFor" : "giveFor", { organization: organizationName })}
        onClick={() => action.run({ projectId, organizationId, consent: !consent, from: consent })}
      >
        {t(consent ? "withdraw" : "give")}
      </Button>
      {action.error && <Notice tone="error">{action.error}</Notice>}
    </span>
  );
}
