"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";

import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { formatDecimal } from "@/lib/format/decimal";
import { coordination, coordinationLevel, type CouplingVariant } from "@/lib/scoring";

const DIMENSIONS = ["technology", "institutional", "resource"] as const;
const VARIANTS: CouplingVariant[] = ["standard", "wang", "fan"];

function parseScore(raw: string): number | null {
  if (raw.trim() === "") return null;
  const n = Number(raw.replace(",", "."));
  return Number.isFinite(n) && n >= 0 && n <= 1 ? n : null;
}

/**
 * Runs the shared scoring core in the browser: the numbers here are computed by the same
 * code the server uses for projects' authoritative scores.
 */
export function CoordinationCalculator() {
  const t = useTranslations();
  const locale = useLocale();
  const [values, setValues] = useState<Record<(typeof DIMENSIONS)[number], string>>({
    technology: "0.62",
    institutional: "0.35",
    resource: "0.48",
  });
  const [variant, setVariant] = useState<CouplingVariant>("standard");
  const u = DIMENSIONS.map((d) => parseScore(values[d]));
  const valid = u.every((x): x is number => x !== null);
  const result = valid ? coordination(u as number[], { variant }) : null;
  const level = result ? coordinationLevel(result.D) : null;

  return (
    <div className="grid gap-8 md:grid-cols-2">
      <div className="space-y-4">
        {DIMENSIONS.map((d, i) => (
          <TextField
            key={d}
            label={t(`coordination.${d}`)}
            inputMode="decimal"
            value={values[d]}
            error={u[i] === null ? t("coordination.outOfRange") : undefined}
            onChange={(e) => setValues((v) => ({ ...v, [d]: e.target.value }))}
            data-testid={`u-${d}`}
          />
        ))}
        <SelectField
          label={t("coordination.variant")}
          value={variant}
          onChange={(e) => setVariant(e.target.value as CouplingVariant)}
          options={VARIANTS.map((v) => ({ value: v, label: t(`coordination.variant_${v}`) }))}
        />
      </div>
      <div aria-live="polite">
        {result && level ? (
          <dl
            className="grid grid-cols-[1fr_max-content] gap-x-6 gap-y-3 rounded-lg bg-slate-50 p-5 text-sm"
            data-testid="coordination-result"
          >
            <dt>{t("coordination.couplingDegree")}</dt>
            <dd className="font-mono" data-testid="value-C">
              {formatDecimal(locale, result.C)}
            </dd>
            <dt>{t("coordination.developmentIndex")}</dt>
            <dd className="font-mono" data-testid="value-T">
              {formatDecimal(locale, result.T)}
            </dd>
            <dt className="font-semibold">{t("coordination.coordinationDegree")}</dt>
            <dd className="font-mono font-semibold" data-testid="value-D">
              {formatDecimal(locale, result.D)}
            </dd>
            <dt className="col-span-2 mt-2 border-t border-slate-200 pt-3 text-base font-semibold" data-testid="value-level">
              {t(`levels.${level.key}`)} · {t("coordination.level", { level: level.level })}
            </dt>
          </dl>
        ) : (
          <Notice tone="warning">{t("coordination.outOfRange")}</Notice>
        )}
      </div>
    </div>
  );
}
