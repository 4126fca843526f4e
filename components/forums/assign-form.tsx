"use client";

import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";

import { useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { assignInitiativesAction } from "@/lib/forums/actions";
import { useRouter } from "@/lib/i18n/navigation";

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
  const errorText = useErrorText("forums");
  const router = useRouter();
  const [chosen, setChosen] = useState<string[]>(assigned);
  const assign = useAction(assignInitiativesAction, { onSuccess: () => router.refresh() });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        assign.execute({ forumId, initiativeIds: chosen });
      }}
      className="space-y-3"
    >
      {assign.result.serverError && <Notice tone="error">{errorText.server(assign.result.serverError)}</Notice>}
      {assign.hasSucceeded && (
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
                <input
                  type="checkbox"
                  checked={chosen.includes(o.value)}
                  onChange={(e) => setChosen((c) => (e.target.checked ? [...c, o.value] : c.filter((x) => x !== o.value)))}
                />
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
