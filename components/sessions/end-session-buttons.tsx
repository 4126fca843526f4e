"use client";

import { useTranslations } from "next-intl";

import { useActionButton } from "@/components/forms/use-action-button";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { endOtherSessionsAction, endSessionAction } from "@/lib/sessions/actions";

/** Ends one other session; the list reloads without it (the action revalidates /account). */
export function EndSessionButton({ id, started, ip }: { id: string; started: string; ip: string }) {
  const t = useTranslations("account.sessions");
  const end = useActionButton(endSessionAction);
  return (
    <div className="flex flex-col items-end gap-1">
      <Button variant="secondary" disabled={end.isPending} onClick={() => end.run({ id })} aria-label={t("endNamed", { started, ip })}>
        {t("end")}
      </Button>
      {end.error && (
        <p role="alert" className="text-sm text-red-700">
          {end.error}
        </p>
      )}
    </div>
  );
}

/** Signs out every other browser at once, after a second click; this one stays signed in. */
export function EndOtherSessionsButton({ others }: { others: number }) {
  const t = useTranslations("account.sessions");
  const tc = useTranslations("common");
  const end = useActionButton(endOtherSessionsAction);
  return (
    <div className="flex flex-wrap items-center gap-3">
      {others === 0 ? (
        !end.data && <p className="text-sm text-slate-600">{t("onlyThis")}</p>
      ) : (
        <ConfirmButton
          label={t("endOthers")}
          confirmLabel={t("endOthersConfirm", { count: others })}
          cancelLabel={tc("cancel")}
          pending={end.isPending}
          onConfirm={() => end.run(undefined)}
        />
      )}
      {end.data && (
        <p role="status" className="text-sm text-slate-600">
          {t("endedOthers", { count: end.data.count })}
        </p>
      )}
      {end.error && (
        <p role="alert" className="text-sm text-red-700">
          {end.error}
        </p>
      )}
    </div>
  );
}
