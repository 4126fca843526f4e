"use client";

import { useLocale, useTranslations } from "next-intl";

import { Button } from "@/components/ui/button";
import type { FieldChange } from "@/lib/projects/errors";
import { regionName } from "@/lib/regions/catalog";

/** The stale editor's values next to the saved ones, with the two ways forward. */
export function ConflictNotice({ changes, onOverwrite, busy }: { changes: FieldChange[]; onOverwrite: () => void; busy: boolean }) {
  const t = useTranslations();
  const locale = useLocale();
  const show = (field: FieldChange["field"], value: string) => {
    if (!value) return t("projects.conflict.empty");
    if (field === "sector") return t(`projects.sectors.${value as "OTHER"}`);
    if (field === "originalLocale") return t(`languages.${value as "en"}`);
    if (field === "declaredStage") return t(`projects.stages.s${value as "1"}`);
    if (field === "regionCode") return regionName(value, locale) ?? value;
    if (field === "alignment")
      return value
        .split(",")
        .map((tag) => t(`projects.alignmentTags.${tag as "EAEU"}`))
        .join(", ");
    return value;
  };
  return (
    <div
      role="alert"
      data-testid="edit-conflict"
      className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950"
    >
      <p className="font-semibold">{t("projects.conflict.title")}</p>
      {changes.length > 0 ? (
        <>
          <p>{t("projects.conflict.intro")}</p>
          <table className="w-full text-left">
            <thead>
              <tr>
                <th scope="col" className="py-1 pr-3 font-medium">
                  {t("projects.conflict.field")}
                </th>
                <th scope="col" className="py-1 pr-3 font-medium">
                  {t("projects.conflict.yours")}
                </th>
                <th scope="col" className="py-1 font-medium">
                  {t("projects.conflict.current")}
                </th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr key={c.field} className="border-t border-amber-200 align-top">
                  <th scope="row" className="py-1 pr-3 font-medium">
                    {t(`projects.fields.${c.field}`)}
                  </th>
                  <td className="py-1 pr-3 whitespace-pre-line">{show(c.field, c.mine)}</td>
                  <td className="py-1 whitespace-pre-line">{show(c.field, c.current)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p>{t("projects.conflict.noFieldChanges")}</p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={onOverwrite} disabled={busy}>
          {t("projects.conflict.overwrite")}
        </Button>
        <Button variant="ghost" onClick={() => window.location.reload()}>
          {t("projects.conflict.discard")}
        </Button>
      </div>
    </div>
  );
}
