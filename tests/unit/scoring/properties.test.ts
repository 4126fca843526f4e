import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  coordination,
  couplingDegree,
  DIMENSIONS,
  entropyWeights,
  scorePortfolio,
  scoreProject,
  sensitivity,
  topsis,
  type CouplingVariant,
  type EvidenceInput,
  type EvidenceStatus,
  type PortfolioInput,
  type ScoringModel,
  type WeightingConfig,
} from "@/lib/scoring";

import { catalog, model } from "./fixtures";

const VARIANTS: CouplingVariant[] = ["standard", "wang", "fan"];
const unit = fc.double({ min: 0, max: 1, noNaN: true });
const positive = fc.double({ min: 1e-6, max: 1, noNaN: true });
const uVector = fc.array(unit, { minLength: 2, maxLength: 7 });
const variant = fc.constantFrom(...VARIANTS);

describe("coupling properties", () => {
  it("0 ≤ C, T, D ≤ 1 for every variant and n", () => {
    fc.assert(
      fc.property(uVector, variant, (u, v) => {
        const r = coordination(u, { variant: v });
        for (const x of [r.C, r.T, r.D]) expect(x >= 0 && x <= 1).toBe(true);
      }),
    );
  });

  it("equal U > 0 give C = 1 for every variant", () => {
    fc.assert(
      fc.property(positive, fc.integer({ min: 2, max: 8 }), variant, (x, n, v) => {
        expect(couplingDegree(new Array<number>(n).fill(x), v)).toBe(1);
      }),
    );
  });

  it("standard C is scale-invariant", () => {
    fc.assert(
      fc.property(fc.array(positive, { minLength: 2, maxLength: 7 }), fc.double({ min: 0.01, max: 1, noNaN: true }), (u, k) => {
        expect(couplingDegree(u.map((x) => x * k))).toBeCloseTo(couplingDegree(u), 12);
      }),
    );
  });

  it("C is permutation-invariant", () => {
    const permuted = uVector.chain((u) => fc.tuple(fc.constant(u), fc.shuffledSubarray(u, { minLength: u.length, maxLength: u.length })));
    fc.assert(
      fc.property(permuted, variant, ([u, shuffled], v) => {
        expect(couplingDegree(shuffled, v)).toBeCloseTo(couplingDegree(u, v), 12);
      }),
    );
  });

  it("standard D never falls when one U rises (equal α)", () => {
    fc.assert(
      fc.property(uVector, fc.nat(), unit, (u, i, up) => {
        const j = i % u.length;
        const raised = [...u];
        raised[j] = u[j] + (1 - u[j]) * up;
        expect(coordination(raised).D).toBeGreaterThanOrEqual(coordination(u).D - 1e-12);
      }),
    );
  });
});

describe("weight properties", () => {
  const matrix = fc
    .tuple(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 1, max: 5 }))
    .chain(([m, n]) =>
      fc.array(fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: n, maxLength: n }), { minLength: m, maxLength: m }),
    );

  it("entropy weights are non-negative and sum to 1 (raw and minmax)", () => {
    fc.assert(
      fc.property(matrix, fc.constantFrom("raw", "minmax") as fc.Arbitrary<"raw" | "minmax">, (m, normalization) => {
        const w = entropyWeights(m, { normalization });
        expect(w.every((x) => x >= 0)).toBe(true);
        expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      }),
    );
  });

  it("topsis closeness stays in [0, 1]", () => {
    fc.assert(
      fc.property(matrix, fc.constantFrom("vector", "minmax") as fc.Arbitrary<"vector" | "minmax">, (m, normalization) => {
        const n = m[0].length;
        const c = topsis(m, new Array<number>(n).fill(1 / n), new Array(n).fill("benefit"), { normalization });
        expect(c.every((x) => x >= 0 && x <= 1)).toBe(true);
      }),
    );
  });
});

const STATUSES: EvidenceStatus[] = ["DRAFT", "SUBMITTED", "VERIFIED", "DISPUTED", "RETURNED", "WITHDRAWN"];
const INDICATORS = catalog();

const evidence: fc.Arbitrary<EvidenceInput> = fc
  .record({
    k: fc.integer({ min: 0, max: INDICATORS.length - 1 }),
    raw: fc.double({ min: -20, max: 120, noNaN: true }),
    ordinal: fc.integer({ min: 0, max: 4 }),
    status: fc.constantFrom(...STATUSES),
    time: fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2023, 0, 10) }),
    iso: fc.boolean(),
  })
  .map(({ k, raw, ordinal, status, time, iso }) => ({
    indicatorId: INDICATORS[k].id,
    value: INDICATORS[k].kind === "ORDINAL" ? ordinal : raw,
    status,
    // Coarse times so that ties on recordedAt actually happen.
    recordedAt: iso ? new Date(time - (time % 3_600_000)).toISOString() : time - (time % 3_600_000),
  }));

const portfolioArb: fc.Arbitrary<PortfolioInput> = fc
  .array(fc.array(evidence, { maxLength: 12 }), { minLength: 1, maxLength: 6 })
  .map((projects) => ({ indicators: INDICATORS, projects: projects.map((e, i) => ({ id: `p${i}`, evidence: e })) }));

const weighting: fc.Arbitrary<WeightingConfig> = fc.oneof(
  fc.constant({ kind: "expert" } as const),
  fc.constant({ kind: "entropy" } as const),
  fc.constant({ kind: "equal" } as const),
  fc.tuple(unit, unit, unit).map(([a, b, c]) => {
    const s = a + b + c;
    return s > 0
      ? { kind: "mix" as const, expert: a / s, entropy: b / s, equal: c / s }
      : { kind: "mix" as const, expert: 1, entropy: 0, equal: 0 };
  }),
);

const modelArb: fc.Arbitrary<ScoringModel> = fc
  .record({
    normalization: fc.oneof(
      fc.constant({ kind: "goalposts" } as const),
      fc.constant({ kind: "minmax" } as const),
      fc.constant({ kind: "minmax", shift: [0.002, 0.998] } as const),
    ),
    weighting,
    couplingVariant: variant,
    alpha: fc.tuple(positive, positive, positive),
  })
  .map(({ alpha, ...rest }) => {
    const s = alpha[0] + alpha[1] + alpha[2];
    return model({
      ...rest,
      dimensionWeights: { TECHNOLOGY: alpha[0] / s, INSTITUTIONAL: alpha[1] / s, RESOURCE: alpha[2] / s },
    });
  });

/** Path of the first difference (numbers may differ by 1e-12), or null. */
function difference(a: unknown, b: unknown, path = "score"): string | null {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-12 ? null : `${path}: ${a} vs ${b}`;
  if (a === null || typeof a !== "object") return a === b ? null : `${path}: ${String(a)} vs ${String(b)}`;
  if (b === null || typeof b !== "object") return `${path}: object vs ${String(b)}`;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const d = difference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    if (d) return d;
  }
  return null;
}

describe("pipeline properties", () => {
  it("weights sum to 1 per dimension; U, C, D stay in [0, 1]", () => {
    fc.assert(
      fc.property(portfolioArb, modelArb, (input, m) => {
        const r = scorePortfolio(input, m);
        for (const d of DIMENSIONS) {
          const sum = r.weights.filter((w) => w.dimension === d).reduce((a, w) => a + w.weight, 0);
          expect(sum).toBeCloseTo(1, 12);
        }
        for (const p of r.projects) {
          for (const x of [p.U.TECHNOLOGY, p.U.INSTITUTIONAL, p.U.RESOURCE, p.C, p.D]) expect(x >= 0 && x <= 1).toBe(true);
        }
      }),
    );
  });

  it("scoreProject equals scorePortfolio per project (±1e-12), context through JSON", () => {
    fc.assert(
      fc.property(portfolioArb, modelArb, (input, m) => {
        const r = scorePortfolio(input, m);
        const context = JSON.parse(JSON.stringify(r.context));
        input.projects.forEach((p, i) => expect(difference(scoreProject(p, m, context), r.projects[i])).toBeNull());
      }),
      { numRuns: 300 },
    );
  });

  it("the same seed gives the same sensitivity result", () => {
    fc.assert(
      fc.property(portfolioArb, modelArb, fc.integer({ min: 0, max: 2 ** 31 }), (input, m, seed) => {
        const options = { runs: 40, noise: 0.25, seed };
        expect(sensitivity(input, m, options)).toEqual(sensitivity(input, m, options));
      }),
      { numRuns: 40 },
    );
  });
});
