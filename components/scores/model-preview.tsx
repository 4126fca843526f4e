import { getTranslations } from "next-intl/server";

import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { Notice } from "@/components/ui/notice";
import { getFormatter } from "@/lib/i18n/formatter";
import { Link } from "@/lib/i18n/navigation";
import type { Figures, ModelPreview, PreviewProject } from "@/lib/scores/preview";
import { DIMENSIONS, EVIDENCE_STATUSES, type ScoringModel } from "@/lib/scoring";

import { ActivateButton } from "./activate-button";

const cell = "px-4 py-2";

/** The preview page's body: changed projects, largest moves, configuration and weights, confirm. */
export async function ModelPreviewView({ preview }: { preview: ModelPreview; locale: string }) {
  const [t, ts, format] = await Promise.all([getTranslations("modelPreview"), getTranslations("scores"), getFormatter()]);
  const num = (x: number | null | undefined, digits = 3) =>
    x === null || x === undefined ? "—" : format.number(x, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const signed = (x: number) => format.number(x, { minimumFractionDigits: 3, maximumFractionDigits: 3, signDisplay: "exceptZero" });
  const level = (f: Figures) => (f ? format.number(f.level) : t("notAssessed"));
  const stage = (f: Figures) => (f?.stage ? format.number(f.stage) : "—");
  const active = preview.active;
  const project = (p: PreviewProject) => (
    <Link href={`/projects/${p.id}`} className="text-sky-800 underline">
      <span className="font-mono text-xs">{p.code}</span> {p.title}
    </Link>
  );
  const config = (c: ScoringModel | undefined) =>
    c
      ? [
          ts(`config.normalizationKinds.${c.normalization.kind}`),
          ts(`config.weightingKinds.${c.weighting.kind}`),
          ts(`config.couplingVariants.${c.couplingVariant}`),
          DIMENSIONS.map((d) => num(c.dimensionWeights[d], 2)).join(" / "),
          t("stagesValue", {
            stage2: num(c.stage.stage2.minD, 2),
            stage3: num(c.stage.stage3.minD, 2),
            minU: num(c.stage.stage3.minU, 2),
          }) + (c.stage.features ? ` · ${t("stageFeatures")}` : ""),
          ts(`config.missingIndicatorRules.${c.missingIndicators ?? "renormalize"}`),
          EVIDENCE_STATUSES.map((st) => `${ts(`statuses.${st}`)} ${num(c.statusFactors[st], 2)}`).join(" · "),
        ]
      : ["—", "—", "—", "—", "—", "—", "—"];
  const activeConfig = config(active?.config);
  const candidateConfig = config(preview.candidate.config);
  const versions = [
    t("setting"),
    active ? t("activeVersion", { version: active.version }) : t("noActive"),
    t("candidateVersion", { version: preview.candidate.version }),
  ];

  return (
    <div className="space-y-6" data-testid="model-preview">
      <Notice tone={preview.changedCount > 0 ? "warning" : "info"} testId="preview-summary">
        {t("summary", { changed: preview.changedCount, total: preview.total })}
      </Notice>

      <Card title={t("changedTitle")}>
        {preview.changed.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noneChanged")}</p>
        ) : (
          <DataTable
            testId="preview-changed"
            caption={t("changedTitle")}
            headers={[t("project"), t("levelBefore"), t("levelAfter"), t("stageBefore"), t("stageAfter"), t("dBefore"), t("dAfter")]}
          >
            {preview.changed.map((p) => (
              <tr key={p.id} data-testid={`changed-${p.code}`}>
                <td className={cell}>{project(p)}</td>
                <td className={cell}>{level(p.before)}</td>
                <td className={cell}>{level(p.after)}</td>
                <td className={cell} data-testid="stage-before">
                  {stage(p.before)}
                </td>
                <td className={cell} data-testid="stage-after">
                  {stage(p.after)}
                </td>
                <td className={`${cell} tabular-nums`}>{num(p.before?.D)}</td>
                <td className={`${cell} tabular-nums`}>{num(p.after?.D)}</td>
              </tr>
            ))}
          </DataTable>
        )}
        {preview.changedCount > preview.changed.length && (
          <p className="mt-2 text-xs text-slate-600">{t("more", { shown: preview.changed.length, total: preview.changedCount })}</p>
        )}
      </Card>

      <Card title={t("movesTitle")}>
        {preview.moves.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noMoves")}</p>
        ) : (
          <DataTable testId="preview-moves" caption={t("movesTitle")} headers={[t("project"), t("dBefore"), t("dAfter"), t("dDelta")]}>
            {preview.moves.map((p) => (
              <tr key={p.id}>
                <td className={cell}>{project(p)}</td>
                <td className={`${cell} tabular-nums`}>{num(p.before?.D)}</td>
                <td className={`${cell} tabular-nums`}>{num(p.after?.D)}</td>
                <td className={`${cell} tabular-nums font-medium`}>{signed((p.after?.D ?? 0) - (p.before?.D ?? 0))}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </Card>

      <Card title={t("configTitle")}>
        <DataTable testId="preview-config" caption={t("configTitle")} headers={versions}>
          {(["normalization", "weighting", "coupling", "alpha", "stages", "missing", "statusFactors"] as const).map((key, k) => (
            <tr key={key} className={activeConfig[k] !== candidateConfig[k] ? "bg-amber-50" : undefined}>
              <th scope="row" className={`${cell} text-left font-medium`}>
                {t(`settings.${key}`)}
              </th>
              <td className={cell}>{activeConfig[k]}</td>
              <td className={cell}>{candidateConfig[k]}</td>
            </tr>
          ))}
        </DataTable>
      </Card>

      <Card title={t("weightsTitle")}>
        <p className="mb-2 text-sm text-slate-600">{t("weightsIntro")}</p>
        <DataTable
          testId="preview-weights"
          caption={t("weightsTitle")}
          headers={[t("indicator"), t("dimension"), versions[1], versions[2], t("change")]}
        >
          {preview.weights.map((w) => {
            const change = (w.candidate?.weight ?? 0) - (w.active?.weight ?? 0);
            return (
              <tr key={w.indicatorId} data-testid={`weight-${w.code}`} className={Math.abs(change) > 5e-4 ? "bg-amber-50" : undefined}>
                <td className={cell}>
                  <span className="font-mono text-xs text-slate-500">{w.code}</span> {w.name}
                </td>
                <td className={cell}>{ts(`dimensions.${w.dimension}`)}</td>
                <td className={`${cell} tabular-nums`}>{num(w.active?.weight)}</td>
                <td className={`${cell} tabular-nums`}>{num(w.candidate?.weight)}</td>
                <td className={`${cell} tabular-nums`}>{signed(change)}</td>
              </tr>
            );
          })}
        </DataTable>
      </Card>

      <Card title={t("confirmTitle")}>
        <p className="mb-3 text-sm text-slate-700">{t("confirmIntro", { total: preview.total })}</p>
        <ActivateButton id={preview.candidate.id} version={preview.candidate.version} previewToken={preview.token} />
      </Card>
    </div>
  );
}
