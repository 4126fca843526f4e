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

/** What the credentials provider may answer (lib/auth/options.ts). */
const FAILURES = ["invalidCredentials", "rateLimited", "serviceUnavailable"] as const;

export function LoginForm({ defaultEmail }: { defaultEmail: string }) {
  const t = useTranslations("auth");
  const locale = useLocale();
  const errorText = useErrorText();
  const [failure, setFailure] = useState<(typeof FAILURES)[number] | null>(null);
  const form = useForm<z.input<typeof ZSignIn>>({ resolver: zodResolver(ZSignIn), defaultValues: { email: defaultEmail, password: "" } });

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    const result = await signIn("credentials", { email: values.email, password: values.password, redirect: false });
    if (!result || result.error) {
      setFailure(FAILURES.find((code) => code === result?.error) ?? "invalidCredentials");
      return;
    }
    // A full navigation so the server renders the shell with the new session cookie;
    // the landing page then moves the user to their preferred language.
    window.location.assign(`/${locale}?signedIn=1`);
  });

  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {failure && (
        <Notice tone="error" testId="login-error">
          {failure === "serviceUnavailable" ? errorText.server({ code: failure }) : t(failure)}
        </Notice>
      )}
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
      <Button type="submit" className="w-full" disabled={isSubmitting}>
        {isSubmitting ? t("signingIn") : t("signIn")}
      </Button>
    </form>
  );
}
