"use client";

import { useTranslations } from "next-intl";

import { FormError } from "@/components/forms/form-error";
import { NumberInput } from "@/components/forms/number-input";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useRouter } from "@/lib/i18n/navigation";
import { addMilestoneAction } from "@/lib/initiatives/actions";
import { ZMilestoneFields } from "@/lib/initiatives/schema";

/** Organizers add a milestone to an existing initiative. */
export function AddMilestoneForm({ initiativeId }: { initiativeId: string }) {
  const t = useTranslations("initiatives.milestone");
  const router = useRouter();
  const { form, submit, fieldError, formError, isPending } = useActionForm(addMilestoneAction, {
    schema: ZMilestoneFields,
    defaultValues: { title: "", dueDate: "", weight: 1 },
    toInput: (values) => ({ ...values, initiativeId }),
    feature: "initiatives",
    onSuccess: () => {
      form.reset();
      router.refresh();
    },
  });
  return (
    <form onSubmit={submit} noValidate className="mt-4 grid gap-3 border-t border-slate-100 pt-4 sm:grid-cols-[1fr_10rem_6rem_auto]">
      {formError && (
        <div className="sm:col-span-4">
          <FormError message={formError} />
        </div>
      )}
      <TextField label={t("newTitle")} error={fieldError("title")} {...form.register("title")} />
      <TextField type="date" label={t("newDue")} error={fieldError("dueDate")} {...form.register("dueDate")} />
      <NumberInput control={form.control} name="weight" label={t("newWeight")} error={fieldError("weight")} />
      <div className="flex items-end">
        <Button type="submit" variant="secondary" disabled={isPending}>
          {t("add")}
        </Button>
      </div>
    </form>
  );
}
