"use client";

import { useTranslations } from "next-intl";

import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { saveNotificationPreferencesAction } from "@/lib/notifications/actions";
import { CHANNELS, NOTIFICATION_KINDS, type Channel, type NotificationKind } from "@/lib/notifications/kinds";
import { ZPreferences } from "@/lib/notifications/schema";

/** One radio group per notification type: in the app only, e-mail at once, or the daily digest. */
export function PreferencesForm({ initial }: { initial: Record<NotificationKind, Channel> }) {
  const t = useTranslations("notifications");
  const common = useTranslations("common");
  const { form, submit, formError, isPending, succeeded } = useActionForm(saveNotificationPreferencesAction, {
    schema: ZPreferences,
    defaultValues: { preferences: initial },
    feature: "notifications",
  });
  return (
    <form onSubmit={submit} noValidate className="space-y-3" data-testid="notification-preferences">
      <p className="text-sm text-slate-600">{t("preferences.intro")}</p>
      <FormError message={formError} />
      {succeeded && <Notice tone="success">{t("preferences.saved")}</Notice>}
      {NOTIFICATION_KINDS.map((kind) => (
        <fieldset key={kind} className="rounded-md border border-slate-200 px-3 py-2">
          <legend className="px-1 text-sm font-medium text-slate-800">{t(`kinds.${kind}`)}</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            {CHANNELS.map((channel) => (
              <label key={channel} className="inline-flex items-center gap-1.5 text-sm text-slate-700">
                <input type="radio" value={channel} {...form.register(`preferences.${kind}`)} />
                {t(`channels.${channel}`)}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <Button type="submit" disabled={isPending}>
        {isPending ? common("saving") : common("save")}
      </Button>
    </form>
  );
}
