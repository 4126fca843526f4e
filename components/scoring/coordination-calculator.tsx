"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";

import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { formatDecimal } from "@/lib/format/decimal";
import { formatUnitScore, parseUnitScore } from "@/lib/format/unit-score";
import { coordination, coordinationLevel, type CouplingVariant } from "@/lib/scoring";

const DIMENSIONS = ["technology", "institutional", "resource"] as const;
const VARIANTS: CouplingVariant[] = ["standard", "wang", "fan"];
const DEFAULTS: Record<(typeof DIMENSIONS)[number], number> = { technology: 0.62, institutional: 0.35, resource: 0.48 };

/**
 * Runs the shared scoring core in the browser: the numbers here are computed by the same
 * code the server uses for projects' authoritative scores.
 */
export function CoordinationCalculator() {
  const t = useTranslations();
  const locale = useLocale();
  // Typed in the page's language: "0,62" on a Russian page (lib/format/unit-score.ts).
  const [values, setValues] = useState(() => {
    const text = (d: (typeof DIMENSIONS)[number]) => formatUnitScore(DEFAULTS[d], locale);
    return { technology: text("technology"), institutional: text("institutional"), resource: text("resource") };
  });
  const [variant, setVariant] = useState<CouplingVariant>("standard");
  const parsed = DIMENSIONS.map((d) => parseUnitScore(values[d], locale));
  const errors = parsed.map((p) => (p.ok ? undefined : t(`coordination.${p.problem}`)));
  const u = parsed.flatMap((p) => (p.ok ? [p.value] : []));
  const result = u.length === DIMENSIONS.length ? coordination(u, { variant }) : null;
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
            error={errors[i]}
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
