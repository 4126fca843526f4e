"use client";

import { useTranslations } from "next-intl";
import type { z } from "zod";

import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { createOrganizationTokenAction, createPersonalTokenAction } from "@/lib/api-tokens/actions";
import { TOKEN_LIFETIMES, TOKEN_SCOPES, ZCreatePersonalToken } from "@/lib/api-tokens/schema";

import { TokenSecret } from "./token-secret";

const ZOrganizationFields = ZCreatePersonalToken.omit({ scope: true });

function useLifetimeOptions() {
  const t = useTranslations("apiTokens");
  return TOKEN_LIFETIMES.map((days) => ({ value: String(days), label: t("lifetimeDays", { days }) }));
}

/** Name, access and lifetime of a new personal token; its secret appears once below. */
export function CreatePersonalTokenForm() {
  const t = useTranslations("apiTokens");
  const lifetimes = useLifetimeOptions();
  const { form, submit, fieldError, formError, isPending, data } = useActionForm(createPersonalTokenAction, {
    schema: ZCreatePersonalToken,
    feature: "apiTokens",
    defaultValues: { name: "", scope: "READ", lifetimeDays: 90 },
    onSuccess: () => form.reset(),
  });
  return (
    <div className="space-y-4">
      {data && <TokenSecret secret={data.secret} expiresAt={data.expiresAt} />}
      <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-3" data-testid="create-token-form">
        <div className="sm:col-span-3">
          <FormError message={formError} />
        </div>
        <TextField label={t("name")} hint={t("nameHint")} error={fieldError("name")} maxLength={80} {...form.register("name")} />
        <SelectField
          label={t("scope")}
          hint={t("scopeHint")}
          error={fieldError("scope")}
          options={TOKEN_SCOPES.map((s) => ({ value: s, label: t(`scopes.${s}`) }))}
          {...form.register("scope")}
        />
        <SelectField label={t("lifetime")} error={fieldError("lifetimeDays")} options={lifetimes} {...form.register("lifetimeDays")} />
        <div className="sm:col-span-3">
          <Button type="submit" disabled={isPending}>
            {t("create")}
          </Button>
        </div>
      </form>
    </div>
  );
}

/** An administrator's read-only token for an organization's systems. */
export function CreateOrganizationTokenForm({ organizationId }: { organizationId: string }) {
  const t = useTranslations("apiTokens");
  const lifetimes = useLifetimeOptions();
  const { form, submit, fieldError, formError, isPending, data } = useActionForm(createOrganizationTokenAction, {
    schema: ZOrganizationFields,
    feature: "apiTokens",
    defaultValues: { name: "", lifetimeDays: 90 },
    toInput: (values: z.output<typeof ZOrganizationFields>) => ({ ...values, organizationId }),
    onSuccess: () => form.reset(),
  });
  return (
    <div className="space-y-4">
      {data && <TokenSecret secret={data.secret} expiresAt={data.expiresAt} />}
      <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2" data-testid="create-org-token-form">
        <div className="sm:col-span-2">
          <FormError message={formError} />
        </div>
        <TextField label={t("name")} hint={t("nameHint")} error={fieldError("name")} maxLength={80} {...form.register("name")} />
        <SelectField label={t("lifetime")} error={fieldError("lifetimeDays")} options={lifetimes} {...form.register("lifetimeDays")} />
        <div className="sm:col-span-2">
          <Button type="submit" disabled={isPending}>
            {t("create")}
          </Button>
        </div>
      </form>
    </div>
  );
}
