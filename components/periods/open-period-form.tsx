"use client";

import { useTranslations } from "next-intl";

import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useRouter } from "@/lib/i18n/navigation";
import { openPeriodAction } from "@/lib/periods/actions";
import { ZOpenPeriod } from "@/lib/periods/schema";

type Choice = { id: string; code: string; title: string };

/** An organizer opens a period: its name, the days it covers, the deadline and the projects. */
export function OpenPeriodForm({ projects }: { projects: Choice[] }) {
  const t = useTranslations("periods");
  const router = useRouter();
  const { form, submit, fieldError, formError, isPending, data } = useActionForm(openPeriodAction, {
    schema: ZOpenPeriod,
    defaultValues: { key: "", startsOn: "", endsOn: "", deadline: "", projectIds: [] },
    feature: "intake",
    onSuccess: (saved) => router.push(`/periods/${saved.id}`),
  });
  const chosen: string[] = form.watch("projectIds") ?? [];
  const toggle = (id: string) =>
    form.setValue("projectIds", chosen.includes(id) ? chosen.filter((x) => x !== id) : [...chosen, id], { shouldValidate: true });
  return (
    <form onSubmit={submit} noValidate className="space-y-4" data-testid="open-period-form">
      <FormError message={formError} />
      {data && <Notice tone="success">{t("opened", { key: data.key })}</Notice>}
      <div className="grid gap-3 sm:grid-cols-4">
        <TextField label={t("key")} hint={t("keyHint")} error={fieldError("key")} {...form.register("key")} />
        <TextField type="date" label={t("startsOn")} error={fieldError("startsOn")} {...form.register("startsOn")} />
        <TextField type="date" label={t("endsOn")} error={fieldError("endsOn")} {...form.register("endsOn")} />
        <TextField
          type="date"
          label={t("deadline")}
          hint={t("deadlineHint")}
          error={fieldError("deadline")}
          {...form.register("deadline")}
        />
      </div>
      <fieldset className="rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-medium text-slate-800">{t("projects")}</legend>
        <p className="mb-2 text-xs text-slate-500">{t("projectsHint")}</p>
        <label className="mb-2 flex items-center gap-2 text-sm font-medium">
          <input
            type="checkbox"
            checked={chosen.length === projects.length && projects.length > 0}
            onChange={(e) => form.setValue("projectIds", e.target.checked ? projects.map((p) => p.id) : [], { shouldValidate: true })}
          />
          {t("selectAll")}
        </label>
        <div className="grid max-h-64 gap-1 overflow-y-auto sm:grid-cols-2">
          {projects.map((p) => (
            <label key={p.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={chosen.includes(p.id)} onChange={() => toggle(p.id)} />
              <span className="font-mono text-xs text-slate-500">{p.code}</span> {p.title}
            </label>
          ))}
        </div>
        {fieldError("projectIds") && <p className="mt-1 text-sm text-red-700">{fieldError("projectIds")}</p>}
      </fieldset>
      <Button type="submit" disabled={isPending}>
        {t("open")}
      </Button>
    </form>
  );
}
