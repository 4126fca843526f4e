import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

import { coordination, entropyWeights, obstacleDegrees, topsis, type CouplingVariant, type Direction } from "@/lib/scoring";

interface Vectors {
  coordination: {
    source: string;
    tolerance: number;
    cases: { u: number[]; variant: CouplingVariant; weights: number[] | null; C: number; T: number; D: number }[];
  }[];
  obstacle: { source: string; tolerance: number; cases: { x: number[]; weights: number[]; O: number[] }[] }[];
  entropy: {
    source: string;
    normalization: "raw" | "minmax";
    shift?: [number, number];
    directions?: Direction[];
    matrix: number[][];
    weights: number[];
    weightsTolerance: number;
    scores100?: number[];
    scoresTolerance?: number;
  }[];
  topsis: {
    source: string;
    normalization: "vector" | "minmax";
    matrix: number[][];
    weights: number[];
    directions: Direction[];
    closeness: number[];
    tolerance: number;
  }[];
}

// The published file lives outside the repository, next to the checkout; the copy beside this test
// lets a clone on its own run them. When both are there, they must be the same file.
const PUBLISHED = path.resolve(process.cwd(), "../shared/scoring/vectors.json");
const COPY = fileURLToPath(new URL("vectors.json", import.meta.url));
const published = existsSync(PUBLISHED);
const vectors = JSON.parse(readFileSync(published ? PUBLISHED : COPY, "utf8")) as Vectors;

function expectClose(actual: number[], expected: number[], tolerance: number) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => expect(Math.abs(a - expected[i]), `index ${i}: ${a} vs ${expected[i]}`).toBeLessThanOrEqual(tolerance));
}

describe("published vectors", () => {
  it.skipIf(!published)(`the copy in the repository is the published file (${PUBLISHED})`, () => {
    const same = readFileSync(COPY, "utf8") === readFileSync(PUBLISHED, "utf8");
    expect(same, `${COPY} differs from ${PUBLISHED}: copy the published file over the repository's copy`).toBe(true);
  });

  it("has cases for every method", () => {
    expect(vectors.coordination.flatMap((g) => g.cases).length).toBeGreaterThan(0);
    expect(vectors.obstacle.flatMap((g) => g.cases).length).toBeGreaterThan(0);
    expect(vectors.entropy.length).toBeGreaterThan(0);
    expect(vectors.topsis.length).toBeGreaterThan(0);
  });

  for (const group of vectors.coordination) {
    for (const c of group.cases) {
      it(`coordination ${c.variant} u=${c.u.join(",")} (${group.source.split(",")[0]})`, () => {
        const r = coordination(c.u, { variant: c.variant, ...(c.weights ? { weights: c.weights } : {}) });
        expectClose([r.C, r.T, r.D], [c.C, c.T, c.D], group.tolerance);
      });
    }
  }

  for (const group of vectors.obstacle) {
    for (const c of group.cases) {
      it(`obstacle degrees x=${c.x.join(",")}`, () => {
        expectClose(obstacleDegrees(c.x, c.weights), c.O, group.tolerance);
      });
    }
  }

  for (const c of vectors.entropy) {
    it(`entropy weights, ${c.normalization} (${c.source.split(":")[0]})`, () => {
      const w = entropyWeights(c.matrix, {
        normalization: c.normalization,
        ...(c.directions ? { directions: c.directions } : {}),
        ...(c.shift ? { shift: c.shift } : {}),
      });
      expectClose(w, c.weights, c.weightsTolerance);
      if (c.scores100) {
        // s = 100 · Σ w_j x'_j with x' the direction-aware min–max values mapped to the shift.
        const [a, b] = c.shift ?? [0, 1];
        const columns = c.matrix[0].map((_, j) => c.matrix.map((row) => row[j]));
        const scores = c.matrix.map(
          (row) =>
            100 *
            row.reduce((sum, x, j) => {
              const min = Math.min(...columns[j]);
              const max = Math.max(...columns[j]);
              const r = c.directions?.[j] === "cost" ? (max - x) / (max - min) : (x - min) / (max - min);
              return sum + w[j] * (a + (b - a) * r);
            }, 0),
        );
        expectClose(scores, c.scores100, c.scoresTolerance ?? 1e-5);
      }
    });
  }

  for (const c of vectors.topsis) {
    it(`topsis, ${c.normalization} (${c.source.split(":")[0]})`, () => {
      expectClose(topsis(c.matrix, c.weights, c.directions, { normalization: c.normalization }), c.closeness, c.tolerance);
    });
  }
});
