"use client";

import { useTranslations } from "next-intl";

import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { assignInitiativesAction } from "@/lib/forums/actions";
import { ZAssignInitiatives } from "@/lib/forums/schema";
import { useRouter } from "@/lib/i18n/navigation";

const ZAssignFields = ZAssignInitiatives.pick({ initiativeIds: true });

/** Organizers choose which initiatives the edition reviews. */
export function AssignForm({
  forumId,
  options,
  assigned,
}: {
  forumId: string;
  options: { value: string; label: string }[];
  assigned: string[];
}) {
  const t = useTranslations("forums");
  const router = useRouter();
  const assign = useActionForm(assignInitiativesAction, {
    schema: ZAssignFields,
    defaultValues: { initiativeIds: assigned },
    toInput: (values) => ({ ...values, forumId }),
    feature: "forums",
    onSuccess: () => router.refresh(),
  });
  const chosen = assign.form.watch("initiativeIds") ?? [];
  const choose = (id: string, on: boolean) =>
    assign.form.setValue("initiativeIds", on ? [...chosen, id] : chosen.filter((x) => x !== id), { shouldDirty: true });
  const error = assign.fieldError("initiativeIds") ?? assign.formError;
  return (
    <form onSubmit={assign.submit} noValidate className="space-y-3">
      {error && <Notice tone="error">{error}</Notice>}
      {assign.succeeded && (
        <Notice tone="success" testId="assign-saved">
          {t("assigned")}
        </Notice>
      )}
      <fieldset>
        <legend className="sr-only">{t("assignTitle")}</legend>
        <ul className="max-h-72 space-y-1 overflow-y-auto text-sm">
          {options.map((o) => (
            <li key={o.value}>
              <label className="flex items-center gap-2">
                <input type="checkbox" checked={chosen.includes(o.value)} onChange={(e) => choose(o.value, e.target.checked)} />
                {o.label}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <Button type="submit" disabled={assign.isPending}>
        {t("assign")}
      </Button>
    </form>
  );
}
