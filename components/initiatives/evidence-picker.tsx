"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useDeferredValue, useId, useState } from "react";

import { EVIDENCE_STATUS_TONE } from "@/components/evidence/status-tone";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { getJson } from "@/lib/api/client";
import { CITABLE_STATUSES } from "@/lib/evidence/status";
import type { LinkableEvidence } from "@/lib/initiatives/updates";

export type PickerOptions = { projects: { value: string; label: string }[]; indicators: { value: string; label: string }[] };
type Filters = { q: string; indicatorId: string; projectId: string; status: string };

export const evidenceQueryKeys = {
  search: (initiativeId: string, filters: Filters, locale: string) =>
    ["initiatives", initiativeId, "linkable-evidence", filters, locale] as const,
};

function useLinkableEvidence(initiativeId: string, filters: Filters) {
  const locale = useLocale();
  return useQuery({
    queryKey: evidenceQueryKeys.search(initiativeId, filters, locale),
    queryFn: ({ signal }) =>
      getJson<{ items: LinkableEvidence[]; more: boolean }>(
        `/api/initiatives/${initiativeId}/evidence?${new URLSearchParams({ ...filters, locale })}`,
        signal,
      ),
  });
}

export const evidenceLabel = (e: LinkableEvidence) =>
  `${e.projectCode} · ${e.indicatorCode} ${e.indicatorName} = ${e.value} (${e.periodEnd})`;

/**
 * Picks evidence from the initiative's linked projects, filtered by text, indicator, project
 * and status. The server checks the choice again when the update is posted.
 */
export function EvidencePicker({
  initiativeId,
  options,
  selected,
  onChange,
  max,
}: {
  initiativeId: string;
  options: PickerOptions;
  selected: LinkableEvidence[];
  onChange: (next: LinkableEvidence[]) => void;
  max: number;
}) {
  const t = useTranslations();
  const listId = useId();
  const [filters, setFilters] = useState<Filters>({ q: "", indicatorId: "", projectId: "", status: "" });
  const deferred = useDeferredValue(filters);
  const results = useLinkableEvidence(initiativeId, deferred);
  const set = (key: keyof Filters) => (e: { target: { value: string } }) => setFilters((f) => ({ ...f, [key]: e.target.value }));
  const isSelected = (id: string) => selected.some((s) => s.id === id);
  const toggle = (item: LinkableEvidence) => onChange(isSelected(item.id) ? selected.filter((s) => s.id !== item.id) : [...selected, item]);
  const any = t("initiatives.evidencePicker.any");

  if (options.projects.length === 0) return <p className="text-sm text-slate-600">{t("initiatives.evidencePicker.noProjects")}</p>;
  return (
    <fieldset className="space-y-2" data-testid="evidence-picker">
      <legend className="text-sm font-medium text-slate-800">{t("initiatives.evidencePicker.title")}</legend>
      {selected.length > 0 && (
        <ul className="space-y-1 text-sm" aria-label={t("initiatives.evidencePicker.selected")} data-testid="evidence-selected">
          {selected.map((s) => (
            <li key={s.id} className="flex items-center gap-2">
              <span className="flex-1">{evidenceLabel(s)}</span>
              <Button variant="ghost" className="!px-2 !py-0.5 text-xs" onClick={() => toggle(s)}>
                {t("initiatives.evidencePicker.remove", { label: s.indicatorCode })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <TextField label={t("initiatives.evidencePicker.search")} type="search" value={filters.q} onChange={set("q")} />
      <div className="grid gap-2">
        <SelectField
          label={t("initiatives.evidencePicker.indicator")}
          value={filters.indicatorId}
          onChange={set("indicatorId")}
          placeholder={any}
          options={options.indicators}
        />
        <SelectField
          label={t("initiatives.evidencePicker.project")}
          value={filters.projectId}
          onChange={set("projectId")}
          placeholder={any}
          options={options.projects}
        />
        <SelectField
          label={t("initiatives.evidencePicker.status")}
          value={filters.status}
          onChange={set("status")}
          placeholder={any}
          options={CITABLE_STATUSES.map((s) => ({ value: s, label: t(`evidence.status.${s}`) }))}
        />
      </div>
      <p className="text-xs text-slate-500" role="status" aria-live="polite">
        {results.isPending
          ? t("initiatives.evidencePicker.loading")
          : results.isError
            ? t("initiatives.evidencePicker.error")
            : results.data.more
              ? t("initiatives.evidencePicker.resultsCapped", { count: results.data.items.length })
              : t("initiatives.evidencePicker.results", { count: results.data.items.length })}
      </p>
      {results.data && results.data.items.length > 0 && (
        <ul
          id={listId}
          className="max-h-56 space-y-1 overflow-y-auto rounded-md border border-slate-200 p-2 text-sm"
          data-testid="evidence-results"
        >
          {results.data.items.map((e) => (
            <li key={e.id}>
              <label className="flex items-start gap-2">
                <input
                  type="checkbox"
                  checked={isSelected(e.id)}
                  disabled={!isSelected(e.id) && selected.length >= max}
                  onChange={() => toggle(e)}
                />
                <span className="flex-1">{evidenceLabel(e)}</span>
                <Badge tone={EVIDENCE_STATUS_TONE[e.status]}>{t(`evidence.status.${e.status}`)}</Badge>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
