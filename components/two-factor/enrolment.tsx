"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useEffect } from "react";

import { useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { confirmEnrolmentAction, startEnrolmentAction } from "@/lib/two-factor/actions";
import { ZTwoFactorCode } from "@/lib/two-factor/schema";

import { QrCode } from "./qr-code";
import { RecoveryCodes } from "./recovery-codes";

/** Groups of four, as authenticator apps show keys: easier to type by hand. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(" ") ?? secret;

/**
 * Enrolment: a new secret as a QR code and a manual key, confirmed with a code from the app, then
 * the recovery codes once. `onDone` runs when the user has saved them.
 */
export function Enrolment({ startLabel, autoStart = false, onDone }: { startLabel: string; autoStart?: boolean; onDone: () => void }) {
  const t = useTranslations("twoFactor");
  const errorText = useErrorText("twoFactor");
  const start = useAction(startEnrolmentAction);
  const { execute } = start;
  const { form, handleSubmitWithAction, action } = useHookFormAction(confirmEnrolmentAction, zodResolver(ZTwoFactorCode), {
    formProps: { defaultValues: { code: "" } },
  });
  useEffect(() => {
    if (autoStart) execute();
  }, [autoStart, execute]);

  const recoveryCodes = action.result.data?.recoveryCodes;
  if (recoveryCodes) return <RecoveryCodes codes={recoveryCodes} onDone={onDone} />;

  const offer = start.result.data;
  if (!offer) {
    return (
      <div className="space-y-3">
        {start.result.serverError && <Notice tone="error">{errorText.server(start.result.serverError)}</Notice>}
        {!autoStart && (
          <Button type="button" disabled={start.isPending} onClick={() => start.execute()}>
            {startLabel}
          </Button>
        )}
      </div>
    );
  }

  const serverError = action.result.serverError;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="space-y-4">
      <p className="text-sm">{t("scan")}</p>
      <QrCode size={offer.qr.size} path={offer.qr.path} label={t("qrLabel")} />
      <div className="text-sm">
        <p className="text-slate-600">{t("manualKey")}</p>
        <code className="mt-1 block font-mono text-base tracking-wide break-all" data-testid="two-factor-key">
          {grouped(offer.secret)}
        </code>
      </div>
      <p className="text-sm">{t("enterCode")}</p>
      {serverError && <Notice tone="error">{errorText.server(serverError)}</Notice>}
      <TextField
        label={t("code")}
        inputMode="numeric"
        autoComplete="one-time-code"
        error={errorText.field(form.formState.errors.code?.message)}
        {...form.register("code")}
      />
      <Button type="submit" disabled={action.isPending}>
        {t("confirm")}
      </Button>
    </form>
  );
}
