"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { callAction, RequestError } from "@/lib/api/client";
import { decideEvidenceAction } from "@/lib/evidence/actions";
import type { TDecision } from "@/lib/evidence/schema";
import { useRouter } from "@/lib/i18n/navigation";

type Mode = "idle" | "DISPUTE" | "RETURN";
type DecisionBody = { decision: TDecision["decision"]; reason?: string; fixes?: string[] };

/** Confirm, dispute (with a reason) or return (with fixes) the version of the evidence shown. */
export function DecisionPanel({ evidenceId, version }: { evidenceId: string; version: number }) {
  const t = useTranslations("evidence.verify");
  const errorText = useErrorText("evidence");
  const router = useRouter();
  const [mode, setMode] = useState<Mode>("idle");
  const [reason, setReason] = useState("");
  const [fixes, setFixes] = useState<string[]>([""]);
  const decide = useMutation({
    mutationFn: (body: DecisionBody) => callAction(decideEvidenceAction, { id: evidenceId, version, ...body } as TDecision),
    onSuccess: () => router.refresh(),
  });
  const error = decide.error instanceof RequestError ? decide.error : null;
  const fieldError = (name: string) => errorText.field(error?.fieldErrors[name]);
  const general = error && Object.keys(error.fieldErrors).length === 0 ? errorText.server(error.error) : undefined;

  return (
    <div className="space-y-3" data-testid="decision-panel">
      <p className="text-sm text-slate-600">{t("intro", { version })}</p>
      {general && (
        <Notice tone="error" testId="decision-error">
          {general}
        </Notice>
      )}
      {decide.isSuccess && <Notice tone="success">{t("done")}</Notice>}
      <div className="flex flex-wrap gap-2">
        <Button disabled={decide.isPending} onClick={() => decide.mutate({ decision: "CONFIRM" })}>
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
        <form
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            decide.mutate({ decision: "DISPUTE", reason });
          }}
        >
          <TextAreaField
            label={t("reason")}
            hint={t("reasonHint")}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={fieldError("reason")}
          />
          <Button type="submit" variant="danger" disabled={decide.isPending}>
            {t("sendDispute")}
          </Button>
        </form>
      )}
      {mode === "RETURN" && (
        <form
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            decide.mutate({ decision: "RETURN", fixes, reason });
          }}
        >
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium text-slate-800">{t("fixes")}</legend>
            {fixes.map((fix, i) => (
              <div key={i} className="flex items-end gap-2">
                <div className="flex-1">
                  <TextField
                    label={t("fixItem", { n: i + 1 })}
                    value={fix}
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
            {fieldError("fixes") && <p className="text-sm text-red-700">{fieldError("fixes")}</p>}
            <Button variant="secondary" onClick={() => setFixes([...fixes, ""])}>
              {t("addFix")}
            </Button>
          </fieldset>
          <TextAreaField label={t("comment")} value={reason} onChange={(e) => setReason(e.target.value)} error={fieldError("reason")} />
          <Button type="submit" disabled={decide.isPending}>
            {t("sendReturn")}
          </Button>
        </form>
      )}
    </div>
  );
}
