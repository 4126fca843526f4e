"use client";

import { useTranslations } from "next-intl";

import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

/** The ten recovery codes, shown once right after enrolment (or after asking for new ones). */
export function RecoveryCodes({ codes, notice, onDone }: { codes: string[]; notice?: string; onDone: () => void }) {
  const t = useTranslations("twoFactor");
  return (
    <div className="space-y-3">
      <Notice tone="success">{notice ?? t("enabled")}</Notice>
      <h3 className="text-sm font-semibold">{t("recoveryTitle")}</h3>
      <p className="text-sm text-slate-600">{t("recoveryIntro")}</p>
      <ul
        className="grid grid-cols-2 gap-x-6 gap-y-1 rounded border border-slate-200 bg-slate-50 p-3 font-mono text-sm"
        data-testid="recovery-codes"
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <Button type="button" onClick={onDone}>
        {t("recoverySaved")}
      </Button>
    </div>
  );
}
