"use client";

import { useTranslations } from "next-intl";

import { useActionButton } from "@/components/forms/use-action-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useRouter } from "@/lib/i18n/navigation";
import { invitePartnerAction, removePartnerAction } from "@/lib/projects/actions";
import { ZInvitePartner } from "@/lib/projects/schema";

const ZInviteFields = ZInvitePartner.pick({ organizationId: true });

/** Invite an organization to the project (it joins as pending). */
export function InvitePartnerForm({ projectId, organizations }: { projectId: string; organizations: { value: string; label: string }[] }) {
  const t = useTranslations("projects.partners");
  const router = useRouter();
  const { form, submit, fieldError, formError, isPending, succeeded } = useActionForm(invitePartnerAction, {
    schema: ZInviteFields,
    defaultValues: { organizationId: "" },
    toInput: (values) => ({ ...values, projectId }),
    feature: "projects",
    onSuccess: () => {
      form.reset();
      router.refresh();
    },
  });
  return (
    <form className="max-w-xl space-y-3" onSubmit={submit} noValidate>
      {succeeded && <Notice tone="success">{t("invited")}</Notice>}
      <SelectField
        label={t("organization")}
        hint={t("inviteHint")}
        placeholder={t("chooseOrganization")}
        options={organizations}
        error={fieldError("organizationId") ?? formError}
        {...form.register("organizationId")}
      />
      <Button type="submit" disabled={isPending || !form.watch("organizationId")}>
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
