"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { useActionButton } from "@/components/forms/use-action-button";
import { Button } from "@/components/ui/button";
import { revokeTokenAction } from "@/lib/api-tokens/actions";

/** Revoking cannot be undone, so it takes a second click. */
export function RevokeTokenButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations("apiTokens");
  const [confirming, setConfirming] = useState(false);
  const revoke = useActionButton(revokeTokenAction, { feature: "apiTokens" });
  if (!confirming) {
    return (
      <Button variant="secondary" onClick={() => setConfirming(true)} aria-label={t("revokeNamed", { name })}>
        {t("revoke")}
      </Button>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button variant="danger" disabled={revoke.isPending} onClick={() => revoke.run({ id })}>
        {t("revokeConfirm")}
      </Button>
      <Button variant="ghost" onClick={() => setConfirming(false)}>
        {t("cancel")}
      </Button>
      {revoke.error && (
        <p role="alert" className="text-sm text-red-700">
          {revoke.error}
        </p>
      )}
    </div>
  );
}
