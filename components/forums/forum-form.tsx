"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useForm } from "react-hook-form";

import { useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { createForumAction } from "@/lib/forums/actions";
import { ZForumFields, type TForumFields } from "@/lib/forums/schema";
import { useRouter } from "@/lib/i18n/navigation";

export function ForumForm() {
  const t = useTranslations("forums");
  const errorText = useErrorText("forums");
  const router = useRouter();
  const form = useForm<TForumFields>({
    resolver: zodResolver(ZForumFields),
    defaultValues: { nameEn: "", nameZh: "", nameRu: "", heldOn: "", place: "" },
  });
  const create = useAction(createForumAction, { onSuccess: ({ data }) => data && router.push(`/forums/${data.id}`) });
  const { errors } = form.formState;
  const err = (n: keyof TForumFields) => errorText.field(errors[n]?.message);
  return (
    <form onSubmit={form.handleSubmit((v) => create.execute(v))} noValidate className="grid gap-3 sm:grid-cols-2">
      {create.result.serverError && (
        <div className="sm:col-span-2">
          <Notice tone="error">{errorText.server(create.result.serverError)}</Notice>
        </div>
      )}
      <TextField label={t("fields.nameEn")} lang="en" error={err("nameEn")} {...form.register("nameEn")} />
      <TextField label={t("fields.nameZh")} lang="zh-Hans" error={err("nameZh")} {...form.register("nameZh")} />
      <TextField label={t("fields.nameRu")} lang="ru" error={err("nameRu")} {...form.register("nameRu")} />
      <TextField type="date" label={t("fields.heldOn")} error={err("heldOn")} {...form.register("heldOn")} />
      <TextField label={t("fields.place")} error={err("place")} {...form.register("place")} />
      <div className="flex items-end">
        <Button type="submit" disabled={create.isPending}>
          {t("create")}
        </Button>
      </div>
    </form>
  );
}
