"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useForm } from "react-hook-form";
import type { z } from "zod";

import { useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useRouter } from "@/lib/i18n/navigation";
import { addMilestoneAction } from "@/lib/initiatives/actions";
import { ZMilestoneFields, type TMilestoneFields } from "@/lib/initiatives/schema";

/** Organizers add a milestone to an existing initiative. */
export function AddMilestoneForm({ initiativeId }: { initiativeId: string }) {
  const t = useTranslations("initiatives.milestone");
  const errorText = useErrorText("initiatives");
  const router = useRouter();
  const form = useForm<z.input<typeof ZMilestoneFields>, unknown, TMilestoneFields>({
    resolver: zodResolver(ZMilestoneFields),
    defaultValues: { title: "", dueDate: "", weight: 1 },
  });
  const add = useAction(addMilestoneAction, {
    onSuccess: () => {
      form.reset();
      router.refresh();
    },
  });
  const { errors } = form.formState;
  return (
    <form
      onSubmit={form.handleSubmit((v) => add.execute({ ...v, initiativeId }))}
      noValidate
      className="mt-4 grid gap-3 border-t border-slate-100 pt-4 sm:grid-cols-[1fr_10rem_6rem_auto]"
    >
      {add.result.serverError && (
        <div className="sm:col-span-4">
          <Notice tone="error">{errorText.server(add.result.serverError)}</Notice>
        </div>
      )}
      <TextField label={t("newTitle")} error={errorText.field(errors.title?.message)} {...form.register("title")} />
      <TextField type="date" label={t("newDue")} error={errorText.field(errors.dueDate?.message)} {...form.register("dueDate")} />
      <TextField
        type="number"
        step="0.1"
        min="0"
        label={t("newWeight")}
        error={errorText.field(errors.weight?.message)}
        {...form.register("weight")}
      />
      <div className="flex items-end">
        <Button type="submit" variant="secondary" disabled={add.isPending}>
          {t("add")}
        </Button>
      </div>
    </form>
  );
}
