"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";

import { useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { ZSignIn } from "@/lib/accounts/schema";
import { signedInHref } from "@/lib/auth/return-path";

type Failure =
  { key: "invalidCredentials" | "codeInvalid" | "secondFactorUnreadable" | "serviceUnavailable" } | { key: "rateLimited"; minutes: number };

/** next-auth's `error` string, as lib/auth/options.ts writes it: a code, or "rateLimited:<minutes>". */
function readError(error: string): Failure | "secondFactorRequired" {
  if (error === "secondFactorRequired") return error;
  if (error === "codeInvalid" || error === "secondFactorUnreadable" || error === "serviceUnavailable") return { key: error };
  const limited = /^rateLimited:(\d+)$/.exec(error);
  if (limited) return { key: "rateLimited", minutes: Number(limited[1]) };
  return { key: "invalidCredentials" };
}

/**
 * Email and password, then (for an account with two-factor sign-in) the code from the app. Signed
 * in, the browser goes to `returnTo` (a path of this site, checked by the page) or the start page.
 */
export function LoginForm({ defaultEmail, returnTo = null }: { defaultEmail: string; returnTo?: string | null }) {
  const t = useTranslations("auth");
  const t2 = useTranslations("twoFactor");
  const locale = useLocale();
  const errorText = useErrorText();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [step, setStep] = useState<"password" | "code">("password");
  const form = useForm<z.input<typeof ZSignIn>>({
    resolver: zodResolver(ZSignIn),
    defaultValues: { email: defaultEmail, password: "", code: "" },
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    if (step === "code" && !values.code) {
      form.setError("code", { message: "required" });
      return;
    }
    const result = await signIn("credentials", {
      email: values.email,
      password: values.password,
      code: step === "code" ? values.code : "",
      redirect: false,
    });
    if (!result || result.error) {
      const read = readError(result?.error ?? "");
      if (read === "secondFactorRequired") {
        setStep("code");
        return;
      }
      if (read.key === "codeInvalid") form.setValue("code", "");
      setFailure(read);
      return;
    }
    // A full navigation so the server renders the shell with the new session cookie; the landing
    // page then moves the user to their preferred language, a return path keeps the page's own.
    window.location.assign(returnTo ?? signedInHref(locale));
  });

  const { errors, isSubmitting } = form.formState;
  const failureText =
    failure &&
    (failure.key === "rateLimited"
      ? t("rateLimited", { minutes: failure.minutes })
      : failure.key === "codeInvalid" || failure.key === "secondFactorUnreadable"
        ? t2(failure.key)
        : failure.key === "serviceUnavailable"
          ? errorText.server({ code: failure.key })
          : t(failure.key));
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {failureText && (
        <Notice tone="error" testId="login-error">
          {failureText}
        </Notice>
      )}
      {step === "password" ? (
        <>
          <TextField
            label={t("email")}
            type="email"
            autoComplete="username"
            error={errorText.field(errors.email?.message)}
            {...form.register("email")}
          />
          <TextField
            label={t("password")}
            type="password"
            autoComplete="current-password"
            error={errorText.field(errors.password?.message)}
            {...form.register("password")}
          />
        </>
      ) : (
        <>
          <h2 className="text-base font-semibold">{t2("signInCodeTitle")}</h2>
          <TextField
            label={t2("signInCode")}
            hint={t2("signInCodeHint")}
            autoComplete="one-time-code"
            autoFocus
            error={errorText.field(errors.code?.message)}
            {...form.register("code")}
          />
        </>
      )}
      <Button type="submit" className="w-full" disabled={isSubmitting}>
        {step === "password" ? (isSubmitting ? t("signingIn") : t("signIn")) : isSubmitting ? t2("verifying") : t2("verify")}
      </Button>
      {step === "code" && (
        <button
          type="button"
          className="text-sm text-brand-700 underline"
          onClick={() => {
            form.reset({ email: "", password: "", code: "" });
            setFailure(null);
            setStep("password");
          }}
        >
          {t2("backToPassword")}
        </button>
      )}
    </form>
  );
}
