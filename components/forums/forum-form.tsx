"use client";

import { useTranslations } from "next-intl";

import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { createForumAction } from "@/lib/forums/actions";
import { ZForumFields } from "@/lib/forums/schema";
import { useRouter } from "@/lib/i18n/navigation";

export function ForumForm() {
  const t = useTranslations("forums");
  const router = useRouter();
  const { form, submit, fieldError, formError, isPending } = useActionForm(createForumAction, {
    schema: ZForumFields,
    defaultValues: { nameEn: "", nameZh: "", nameRu: "", heldOn: "", place: "" },
    feature: "forums",
    onSuccess: (data) => router.push(`/forums/${data.id}`),
  });
  return (
    <form onSubmit={submit} noValidate className="grid gap-3 sm:grid-cols-2">
      {formError && (
        <div className="sm:col-span-2">
          <FormError message={formError} />
        </div>
      )}
      <TextField label={t("fields.nameEn")} lang="en" error={fieldError("nameEn")} {...form.register("nameEn")} />
      <TextField label={t("fields.nameZh")} lang="zh-Hans" error={fieldError("nameZh")} {...form.register("nameZh")} />
      <TextField label={t("fields.nameRu")} lang="ru" error={fieldError("nameRu")} {...form.register("nameRu")} />
      <TextField type="date" label={t("fields.heldOn")} error={fieldError("heldOn")} {...form.register("heldOn")} />
      <TextField label={t("fields.place")} error={fieldError("place")} {...form.register("place")} />
      <div className="flex items-end">
        <Button type="submit" disabled={isPending}>
          {t("create")}
        </Button>
      </div>
    </form>
  );
}
