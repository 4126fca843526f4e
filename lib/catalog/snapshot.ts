/**
 * The indicator catalog as frozen into a scoring model version (`scoring_models.catalog`).
 * Pure: shared by the seed, the admin services and the score views.
 */
import type { Dimension, IndicatorDef, StageTag } from "@/lib/scoring";

export type CatalogEntry = {
  id: string;
  code: string;
  dimension: Dimension;
  stageTag: StageTag;
  unit: string;
  direction: "BENEFIT" | "COST";
  kind: "QUANTITATIVE" | "ORDINAL";
  lower: number;
  upper: number;
  weight: number;
  flags: string[];
  nameEn: string;
  nameZh: string;
  nameRu: string;
  definitionEn: string;
  definitionZh: string;
  definitionRu: string;
  version: number;
};

/** Anything shaped like an `indicators` row. */
export type IndicatorRowLike = Omit<CatalogEntry, "stageTag" | "flags"> & { stageTag: number; flags: string[] | null };

const DIMENSION_ORDER: Record<Dimension, number> = { TECHNOLOGY: 0, INSTITUTIONAL: 1, RESOURCE: 2 };

/** Catalog order: by dimension, then by code with numeric parts compared as numbers (T2 < T10). */
export function compareIndicators(a: { dimension: Dimension; code: string }, b: { dimension: Dimension; code: string }) {
  return DIMENSION_ORDER[a.dimension] - DIMENSION_ORDER[b.dimension] || a.code.localeCompare(b.code, "en", { numeric: true });
}

export function toCatalogEntry(row: IndicatorRowLike): CatalogEntry {
  return {
    id: row.id,
    code: row.code,
    dimension: row.dimension,
    stageTag: row.stageTag as StageTag,
    unit: row.unit,
    direction: row.direction,
    kind: row.kind,
    lower: row.lower,
    upper: row.upper,
    weight: row.weight,
    flags: [...(row.flags ?? [])],
    nameEn: row.nameEn,
    nameZh: row.nameZh,
    nameRu: row.nameRu,
    definitionEn: row.definitionEn,
    definitionZh: row.definitionZh,
    definitionRu: row.definitionRu,
    version: row.version,
  };
}

/** The frozen catalog of a model version, in catalog order. */
export function catalogSnapshot(rows: readonly IndicatorRowLike[]): CatalogEntry[] {
  return rows.map(toCatalogEntry).sort(compareIndicators);
}

/** What the scoring core needs of an entry. */
export function toIndicatorDef(entry: CatalogEntry): IndicatorDef {
  return {
    id: entry.id,
    code: entry.code,
    dimension: entry.dimension,
    stage: entry.stageTag,
    direction: entry.direction,
    lower: entry.lower,
    upper: entry.upper,
    expertWeight: entry.weight,
    kind: entry.kind,
    flags: entry.flags,
  };
}
