"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

import { FormError } from "@/components/forms/form-error";
import { useActionButton } from "@/components/forms/use-action-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { confirmEnrolmentAction, startEnrolmentAction } from "@/lib/two-factor/actions";
import { ZStartEnrolment, ZTwoFactorCode } from "@/lib/two-factor/schema";

import { QrCode } from "./qr-code";
import { RecoveryCodes } from "./recovery-codes";

/** Groups of four, as authenticator apps show keys: easier to type by hand. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(" ") ?? secret;

/**
 * Enrolment: a new secret as a QR code and a manual key, confirmed with a code from the app, then
 * the recovery codes once. `onDone` runs when the user has saved them. Replacing an enrolled
 * authenticator (`replacing`) starts with a current code from it.
 */
export function Enrolment({
  startLabel,
  autoStart = false,
  replacing = false,
  onDone,
}: {
  startLabel: string;
  autoStart?: boolean;
  replacing?: boolean;
  onDone: () => void;
}) {
  const t = useTranslations("twoFactor");
  const start = useActionButton(startEnrolmentAction, { feature: "twoFactor" });
  const startWithCode = useActionForm(startEnrolmentAction, { schema: ZStartEnrolment, defaultValues: { code: "" }, feature: "twoFactor" });
  const confirm = useActionForm(confirmEnrolmentAction, { schema: ZTwoFactorCode, defaultValues: { code: "" }, feature: "twoFactor" });
  const { run } = start;
  // Once per mount: `run` is a new function on every render.
  const started = useRef(false);
  useEffect(() => {
    if (!autoStart || started.current) return;
    started.current = true;
    run({});
  }, [autoStart, run]);

  if (confirm.data) return <RecoveryCodes codes={confirm.data.recoveryCodes} onDone={onDone} />;

  const offer = start.data ?? startWithCode.data;
  if (!offer && replacing) {
    return (
      <form onSubmit={startWithCode.submit} noValidate className="space-y-3" data-testid="two-factor-replace">
        <p className="text-sm text-slate-600">{t("replaceHint")}</p>
        <FormError message={startWithCode.formError} />
        <TextField
          label={t("currentCode")}
          autoComplete="one-time-code"
          error={startWithCode.fieldError("code")}
          {...startWithCode.form.register("code")}
        />
        <Button type="submit" disabled={startWithCode.isPending}>
          {startLabel}
        </Button>
      </form>
    );
  }
  if (!offer) {
    return (
      <div className="space-y-3">
        {start.error && <Notice tone="error">{start.error}</Notice>}
        {!autoStart && (
          <Button type="button" disabled={start.isPending} onClick={() => run({})}>
            {startLabel}
          </Button>
        )}
      </div>
    );
  }

  return (
    <form onSubmit={confirm.submit} noValidate className="space-y-4">
      <p className="text-sm">{t("scan")}</p>
      <QrCode size={offer.qr.size} path={offer.qr.path} label={t("qrLabel")} />
      <div className="text-sm">
        <p className="text-slate-600">{t("manualKey")}</p>
        <code className="mt-1 block font-mono text-base tracking-wide break-all" data-testid="two-factor-key">
          {grouped(offer.secret)}
        </code>
      </div>
      <p className="text-sm">{t("enterCode")}</p>
      <FormError message={confirm.formError} />
      <TextField
        label={t("code")}
        inputMode="numeric"
        autoComplete="one-time-code"
        error={confirm.fieldError("code")}
        {...confirm.form.register("code")}
      />
      <Button type="submit" disabled={confirm.isPending}>
        {t("confirm")}
      </Button>
    </form>
  );
}
