/**
 * Scoring-core benchmark: a deterministic synthetic portfolio of 10,000 projects × 24
 * indicators × 30 evidence items. Compares scorePortfolio with JSON.parse of the same input
 * (the cost of reading it once) and sensitivity(200 runs) with scorePortfolio.
 * Goals: scoreMs ≤ 0.5 × parseMs, sensitivityMs ≤ 10 × scoreMs. The last line is JSON.
 */
import {
  defaultScoringModel,
  DIMENSIONS,
  mulberry32,
  scorePortfolio,
  sensitivity,
  type EvidenceInput,
  type EvidenceStatus,
  type IndicatorDef,
  type PortfolioInput,
  type ScoringModel,
} from "../lib/scoring";

const PROJECTS = 10_000;
const PER_DIMENSION = 8;
const EVIDENCE_PER_PROJECT = 30;
const REPETITIONS = 5;
const SENSITIVITY_RUNS = 200;
const SEED = 20240601;

function syntheticPortfolio(seed: number): PortfolioInput {
  const random = mulberry32(seed);
  const indicators: IndicatorDef[] = [];
  for (const dimension of DIMENSIONS) {
    for (let i = 0; i < PER_DIMENSION; i++) {
      const ordinal = i % 6 === 5;
      const flags = dimension === "INSTITUTIONAL" && i < 2 ? ["dataGovernance"] : dimension === "RESOURCE" && i < 2 ? ["talent"] : [];
      indicators.push({
        id: `${dimension.slice(0, 3).toLowerCase()}-${i}`,
        code: `${dimension[0]}${i + 1}`,
        dimension,
        stage: ((i % 3) + 1) as 1 | 2 | 3,
        direction: i % 4 === 3 ? "cost" : "benefit",
        lower: 0,
        upper: ordinal ? 4 : 100,
        expertWeight: 0.5 + random(),
        kind: ordinal ? "ORDINAL" : "QUANTITATIVE",
        flags,
      });
    }
  }
  const statuses: [EvidenceStatus, number][] = [
    ["VERIFIED", 0.45],
    ["SUBMITTED", 0.75],
    ["DRAFT", 0.85],
    ["DISPUTED", 0.9],
    ["RETURNED", 0.95],
    ["WITHDRAWN", 1],
  ];
  const start = Date.UTC(2023, 0, 1);
  const span = 2 * 365 * 24 * 3600 * 1000;
  const projects = [];
  for (let p = 0; p < PROJECTS; p++) {
    const evidence: EvidenceInput[] = [];
    for (let k = 0; k < EVIDENCE_PER_PROJECT; k++) {
      const indicator = indicators[Math.floor(random() * indicators.length)];
      const roll = random();
      const status = statuses.find(([, upTo]) => roll < upTo)![0];
      evidence.push({
        id: `ev-${p}-${k}`,
        indicatorId: indicator.id,
        value: indicator.kind === "ORDINAL" ? Math.floor(random() * 5) : Math.round((random() * 120 - 10) * 1000) / 1000,
        status,
        recordedAt: new Date(start + Math.floor(random() * span)).toISOString(),
        country: k % 2 === 0 ? "CN" : "RU",
      });
    }
    projects.push({ id: `project-${p}`, evidence });
  }
  return { indicators, projects };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

const model: ScoringModel = {
  ...defaultScoringModel,
  weighting: { kind: "mix", expert: 0.5, entropy: 0.5, equal: 0 },
};
const json = JSON.stringify(syntheticPortfolio(SEED));
const input = JSON.parse(json) as PortfolioInput;
const evidenceCount = input.projects.reduce((n, p) => n + p.evidence.length, 0);
console.log(
  `portfolio: ${input.projects.length} projects, ${input.indicators.length} indicators, ` +
    `${evidenceCount} evidence items, ${(json.length / 1e6).toFixed(1)} MB JSON`,
);
console.log(`model: mix expert 0.5 / entropy 0.5, goalposts, ${model.couplingVariant} coupling`);

// Warm-up (JIT), and a glance at the result so a broken pipeline cannot look fast.
JSON.parse(json);
const warm = scorePortfolio(input, model);
sensitivity(input, model, { runs: SENSITIVITY_RUNS, noise: 0.25, seed: 1 });
const stages = { 1: 0, 2: 0, 3: 0, none: 0 };
for (const p of warm.projects) stages[p.stage ?? "none"]++;
const meanD = warm.projects.reduce((sum, p) => sum + p.D, 0) / warm.projects.length;
console.log(
  `result: stage 1/2/3/not assessed = ${stages[1]}/${stages[2]}/${stages[3]}/${stages.none}, ` +
    `mean D ${meanD.toFixed(3)}, warnings ${warm.warnings.length}`,
);

const parse: number[] = [];
const score: number[] = [];
const sens: number[] = [];
for (let r = 0; r < REPETITIONS; r++) {
  parse.push(time(() => JSON.parse(json)));
  score.push(time(() => scorePortfolio(input, model)));
  sens.push(time(() => sensitivity(input, model, { runs: SENSITIVITY_RUNS, noise: 0.25, seed: 1 })));
}

const round = (x: number) => Math.round(x * 10) / 10;
const parseMs = round(median(parse));
const scoreMs = round(median(score));
const sensitivityMs = round(median(sens));
const scoreToParse = Math.round((scoreMs / parseMs) * 1000) / 1000;
const sensitivityToScore = Math.round((sensitivityMs / scoreMs) * 100) / 100;
const verdict = (ok: boolean) => (ok ? "ok" : "MISSED");
console.log(`JSON.parse of the input:  ${parseMs} ms (median of ${REPETITIONS})`);
console.log(`scorePortfolio:           ${scoreMs} ms -> ${scoreToParse} x parse, goal <= 0.5: ${verdict(scoreToParse <= 0.5)}`);
console.log(
  `sensitivity (${SENSITIVITY_RUNS} runs):   ${sensitivityMs} ms -> ${sensitivityToScore} x score, goal <= 10: ${verdict(sensitivityToScore <= 10)}`,
);
console.log(
  JSON.stringify({
    projects: input.projects.length,
    evidence: evidenceCount,
    scoreMs,
    parseMs,
    sensitivityMs,
    scoreToParse,
    sensitivityToScore,
  }),
);
