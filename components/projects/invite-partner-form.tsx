"use client";

// Apart from RemovePartnerButton: this form brings zod and the form library, which the project
// page (where that button is) must not ship.
import { useTranslations } from "next-intl";

import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useRouter } from "@/lib/i18n/navigation";
import { invitePartnerAction } from "@/lib/projects/actions";
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
