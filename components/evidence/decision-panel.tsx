"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { decideEvidenceAction } from "@/lib/evidence/actions";
import { ZDecision, type TDecision } from "@/lib/evidence/schema";
import { useRouter } from "@/lib/i18n/navigation";

type Mode = "idle" | "DISPUTE" | "RETURN";

/** Confirm, dispute (with a reason) or return (with fixes) the version of the evidence shown. */
export function DecisionPanel({ evidenceId, version }: { evidenceId: string; version: number }) {
  const t = useTranslations("evidence.verify");
  const router = useRouter();
  const [mode, setMode] = useState<Mode>("idle");
  const { form, submit, fieldError, formError, isPending, succeeded } = useActionForm(decideEvidenceAction, {
    schema: ZDecision,
    defaultValues: { id: evidenceId, version, decision: "RETURN", reason: "", fixes: [""] },
    // The version shown now; a confirmation carries no reason typed for a dispute or a return.
    toInput: (values): TDecision =>
      values.decision === "CONFIRM" ? { id: evidenceId, version, decision: "CONFIRM" } : { ...values, id: evidenceId, version },
    feature: "evidence",
    onSuccess: () => router.refresh(),
  });
  // One form for the three decisions: the button sets which one is sent, the schema checks what it needs.
  const decide = (decision: TDecision["decision"]) => {
    form.setValue("decision", decision);
    void submit();
  };
  const fixes: string[] = form.watch("fixes") ?? [""];
  const setFixes = (next: string[]) => form.setValue("fixes", next);
  const fixesError = fieldError("fixes");

  return (
    <form
      className="space-y-3"
      data-testid="decision-panel"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (mode !== "idle") decide(mode);
      }}
    >
      <p className="text-sm text-slate-600">{t("intro", { version })}</p>
      <FormError message={formError} testId="decision-error" />
      {succeeded && <Notice tone="success">{t("done")}</Notice>}
      <div className="flex flex-wrap gap-2">
        <Button disabled={isPending} onClick={() => decide("CONFIRM")}>
          {t("confirm")}
        </Button>
        <Button
          variant={mode === "DISPUTE" ? "danger" : "secondary"}
          aria-expanded={mode === "DISPUTE"}
          onClick={() => setMode(mode === "DISPUTE" ? "idle" : "DISPUTE")}
        >
          {t("dispute")}
        </Button>
        <Button variant="secondary" aria-expanded={mode === "RETURN"} onClick={() => setMode(mode === "RETURN" ? "idle" : "RETURN")}>
          {t("return")}
        </Button>
      </div>
      {mode === "DISPUTE" && (
        <div className="space-y-3">
          <TextAreaField label={t("reason")} hint={t("reasonHint")} error={fieldError("reason")} {...form.register("reason")} />
          <Button type="submit" variant="danger" disabled={isPending}>
            {t("sendDispute")}
          </Button>
        </div>
      )}
      {mode === "RETURN" && (
        <div className="space-y-3">
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium text-slate-800">{t("fixes")}</legend>
            {fixes.map((fix, i) => (
              <div key={i} className="flex items-end gap-2">
                <div className="flex-1">
                  <TextField
                    label={t("fixItem", { n: i + 1 })}
                    value={fix}
                    error={fieldError(`fixes.${i}`)}
                    onChange={(e) => setFixes(fixes.map((f, j) => (j === i ? e.target.value : f)))}
                  />
                </div>
                {fixes.length > 1 && (
                  <Button variant="ghost" onClick={() => setFixes(fixes.filter((_, j) => j !== i))}>
                    {t("removeFix", { n: i + 1 })}
                  </Button>
                )}
              </div>
            ))}
            {fixesError && <p className="text-sm text-red-700">{fixesError}</p>}
            <Button variant="secondary" onClick={() => setFixes([...fixes, ""])}>
              {t("addFix")}
            </Button>
          </fieldset>
          <TextAreaField label={t("comment")} error={fieldError("reason")} {...form.register("reason")} />
          <Button type="submit" disabled={isPending}>
            {t("sendReturn")}
          </Button>
        </div>
      )}
    </form>
  );
}
