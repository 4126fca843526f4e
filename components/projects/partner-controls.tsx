"use client";

import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";

import { useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useRouter } from "@/lib/i18n/navigation";
import { invitePartnerAction, removePartnerAction } from "@/lib/projects/actions";

/** Invite an organization to the project (it joins as pending). */
export function InvitePartnerForm({ projectId, organizations }: { projectId: string; organizations: { value: string; label: string }[] }) {
  const t = useTranslations("projects.partners");
  const errorText = useErrorText("projects");
  const router = useRouter();
  const [organizationId, setOrganizationId] = useState("");
  const action = useAction(invitePartnerAction, {
    onSuccess: () => {
      setOrganizationId("");
      router.refresh();
    },
  });
  const error = action.result.serverError
    ? errorText.server(action.result.serverError)
    : errorText.field(action.result.validationErrors?.organizationId?._errors?.[0]);
  return (
    <form
      className="max-w-xl space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        action.execute({ projectId, organizationId });
      }}
    >
      {action.hasSucceeded && <Notice tone="success">{t("invited")}</Notice>}
      <SelectField
        label={t("organization")}
        hint={t("inviteHint")}
        placeholder={t("chooseOrganization")}
        options={organizations}
        value={organizationId}
        onChange={(e) => setOrganizationId(e.target.value)}
        error={error}
      />
      <Button type="submit" disabled={action.isPending || !organizationId}>
        {t("send")}
      </Button>
    </form>
  );
}

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
  const errorText = useErrorText("projects");
  const router = useRouter();
  const action = useAction(removePartnerAction, { onSuccess: () => router.refresh() });
  return (
    <div className="space-y-1">
      <Button
        variant="secondary"
        aria-label={t("removeFor", { organization: organizationName })}
        disabled={action.isPending}
        onClick={() => action.execute({ projectId, organizationId })}
      >
        {pending ? t("withdraw") : t("remove")}
      </Button>
      {action.result.serverError && <Notice tone="error">{errorText.server(action.result.serverError)}</Notice>}
    </div>
  );
}
