/**
 * What each side of a joint project brought: the project's evidence split by the entering
 * organization's country and scored on its own with the same frozen context. Pure.
 */
import { scoreProject, type Country, type Dimension, type ProjectInput } from "@/lib/scoring";

import type { ActiveModel } from "./model";

export type CountrySide = {
  value: number;
  status: string;
  /** Direction-aware score on 0–1 before the verification factor. */
  normalized: number;
};

export type CountryContributionRow = {
  indicatorId: string;
  code: string;
  dimension: Dimension;
  CN: CountrySide | null;
  RU: CountrySide | null;
  /** The side whose item counts in the joint score (the latest counted one), if any. */
  counted: Country | null;
};

export type CountryContributions = {
  rows: CountryContributionRow[];
  /** Each side's dimension scores from its own evidence alone. */
  U: Record<Country, Record<Dimension, number>>;
};

const COUNTRIES: readonly Country[] = ["CN", "RU"];

export function countryContributions(project: ProjectInput, model: Pick<ActiveModel, "config" | "context">): CountryContributions {
  const byId = new Map(project.evidence.filter((e) => e.id).map((e) => [e.id as string, e]));
  const joint = scoreProject(project, model.config, model.context);
  const sides = Object.fromEntries(
    COUNTRIES.map((country) => [
      country,
      scoreProject({ id: project.id, evidence: project.evidence.filter((e) => e.country === country) }, model.config, model.context),
    ]),
  ) as Record<Country, ReturnType<typeof scoreProject>>;

  const explanation = joint.indicators;
  const rows = explanation.indicatorIds.map((indicatorId, k) => {
    const side = (country: Country): CountrySide | null => {
      const id = sides[country].indicators.evidenceIds[k];
      const item = id ? byId.get(id) : undefined;
      return item ? { value: item.value, status: item.status, normalized: sides[country].indicators.normalized[k] } : null;
    };
    const countedId = explanation.evidenceIds[k];
    const code = model.context.indicators.find((i) => i.id === indicatorId)?.code ?? indicatorId;
    return {
      indicatorId,
      code,
      dimension: explanation.dimensions[k],
      CN: side("CN"),
      RU: side("RU"),
      counted: (countedId ? byId.get(countedId)?.country : undefined) ?? null,
    };
  });
  return { rows, U: { CN: sides.CN.U, RU: sides.RU.U } };
}
