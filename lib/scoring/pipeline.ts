import { buildIndicatorTable, readBounds, readNonNegative } from "./catalog";
import { buildContext, compileContext, type CompiledContext } from "./context";
import { aggregateProject, createAggregation, statusFactorMap, type Aggregation } from "./evidence";
import { validateScoringModel } from "./model";
import { minmaxBounds, normalizeRows } from "./normalize";
import { createScratch, scoreRow } from "./project-score";
import type { PortfolioInput, PortfolioResult, ProjectInput, ProjectScore, ScoringContext, ScoringModel, ScoringWarning } from "./types";
import { array, fail, isRecord } from "./validate";
import { indicatorWeights } from "./weights";

export interface PreparedPortfolio {
  projects: readonly ProjectInput[];
  context: ScoringContext;
  cc: CompiledContext;
  agg: Aggregation;
  /** Normalized counted values, P × K in table order, before the status factor. */
  N: Float64Array;
  warnings: ScoringWarning[];
}

function checkProjectId(project: unknown, p: number, label: (p: number) => string): asserts project is ProjectInput {
  if (!isRecord(project)) fail(label(p), "must be an object");
  if (typeof project.id !== "string" || project.id === "") fail(`${label(p)}.id`, "must be a non-empty string");
}

/** Field names are built only when something is wrong. */
const portfolioField = (p: number) => `projects[${p}]`;
const projectField = () => "project";

/** Steps 1–3 of DESIGN §5 for a whole portfolio: aggregate, normalize, weight, freeze. */
export function preparePortfolio(input: PortfolioInput, model: ScoringModel): PreparedPortfolio {
  validateScoringModel(model);
  if (!isRecord(input)) fail("input", "must be an object");
  const list = array(input.indicators, "indicators", 1) as Record<string, unknown>[];
  const table = buildIndicatorTable(list, "indicators");
  const goalposts = readBounds(list, table, "indicators");
  const expert = readNonNegative(list, table, "expertWeight", "indicators");
  const projects = array(input.projects, "projects") as readonly ProjectInput[];

  const P = projects.length;
  const K = table.K;
  const agg = createAggregation(P, K);
  const factors = statusFactorMap(model);
  const ids = new Set<string>();
  for (let p = 0; p < P; p++) {
    const project = projects[p];
    checkProjectId(project, p, portfolioField);
    if (ids.has(project.id)) fail(`${portfolioField(p)}.id`, `duplicate project id ${project.id}`);
    ids.add(project.id);
    aggregateProject(project, p, table, factors, agg, portfolioField);
  }

  const warnings: ScoringWarning[] = [];
  const normalization = model.normalization;
  const shift = normalization.kind === "minmax" && normalization.shift ? normalization.shift : null;
  const bounds = normalization.kind === "minmax" ? minmaxBounds(agg, table, goalposts.lower, goalposts.upper, warnings) : goalposts;
  const N = new Float64Array(P * K);
  normalizeRows(
    agg,
    {
      lower: bounds.lower,
      upper: bounds.upper,
      cost: table.cost,
      shifted: shift !== null,
      shiftA: shift ? shift[0] : 0,
      shiftB: shift ? shift[1] : 1,
    },
    N,
  );
  const weight = indicatorWeights(table, expert, N, agg, model.weighting, warnings);

  // The context copies these exact doubles, so rows normalized here and rows normalized
  // later from the context (scoreProject) agree to the bit.
  const context = buildContext(model.version, normalization.kind, shift, model.dimensionWeights, table, bounds.lower, bounds.upper, weight);
  const cc = compileContext(context);
  return { projects, context, cc, agg, N, warnings };
}

/** The full pipeline of DESIGN §5 over a portfolio (authoritative scores). */
export function scorePortfolio(input: PortfolioInput, model: ScoringModel): PortfolioResult {
  const { projects, context, cc, agg, N, warnings } = preparePortfolio(input, model);
  const scratch = createScratch(cc.table.K);
  const scores = new Array<ProjectScore>(projects.length);
  for (let p = 0; p < projects.length; p++) {
    scores[p] = scoreRow(cc, model, agg, N, p, projects[p], scratch);
  }
  return {
    modelVersion: model.version,
    projects: scores,
    weights: context.indicators.map((i) => ({
      indicatorId: i.id,
      code: i.code,
      dimension: i.dimension,
      weight: i.weight,
      globalWeight: i.globalWeight,
    })),
    dimensionWeights: { ...context.dimensionWeights },
    warnings,
    context,
  };
}

/**
 * One project against a frozen context (live preview in the browser). The context's bounds
 * and weights win over the model's normalization and weighting; everything else (status
 * factors, coupling variant, thresholds) comes from the model, whose version must match.
 */
export function scoreProject(project: ProjectInput, model: ScoringModel, context: ScoringContext): ProjectScore {
  validateScoringModel(model);
  const cc = compileContext(context);
  if (cc.modelVersion !== model.version) {
    fail("context.modelVersion", `was built for model ${cc.modelVersion}, not ${model.version}`);
  }
  checkProjectId(project, 0, projectField);
  const K = cc.table.K;
  const agg = createAggregation(1, K);
  aggregateProject(project, 0, cc.table, statusFactorMap(model), agg, projectField);
  const N = new Float64Array(K);
  normalizeRows(agg, cc, N);
  return scoreRow(cc, model, agg, N, 0, project, createScratch(K));
}
