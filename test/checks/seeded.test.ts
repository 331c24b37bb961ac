// The seeded-error corpus: slips injected one at a time into the clean fixture workbooks.
// Every injected slip of severity error must be found at its cell (recall 100%), and the
// unmodified workbooks must give no error at all (no false positive).
import { runChecks } from "../../src/checks";
import { readNumber } from "../../src/core/number";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { Grid } from "../../src/workbook/grid";
import { fixtures, isClean, model, readGrids } from "./fixtures";
import { candidates, inject, prng, sample, type Injection, type SlipKind } from "./seeded";

const SEED = 20251210;
const PER_KIND = 8;

interface Outcome {
  slip: Injection;
  found: boolean;
}

describe("seeded-error corpus", () => {
  const clean = fixtures().filter(isClean);
  const outcomes: Outcome[] = [];
  const falsePositives: string[] = [];
  let workbooks = 0;

  beforeAll(async () => {
    const rand = prng(SEED);
    for (const fixture of clean) {
      const grids: Grid[] = await readGrids(fixture.file);
      const base = model(grids);
      workbooks++;
      for (const f of runChecks(base, DEFAULT_SETTINGS)) {
        if (f.severity === "error") falsePositives.push(`${fixture.name} ${f.rule} ${f.sheet}!${f.cell}`);
      }
      for (const slip of sample(candidates(base, rand), PER_KIND, rand)) {
        const findings = runChecks(model(inject(grids, slip)), DEFAULT_SETTINGS);
        const found = findings.some((f) => f.rule === slip.rule && f.sheet === slip.sheet && f.cell === slip.cell);
        outcomes.push({ slip, found });
      }
    }
    const errors = outcomes.filter((o) => o.slip.severity === "error");
    const perKind = new Map<SlipKind, number>();
    for (const o of errors) perKind.set(o.slip.kind, (perKind.get(o.slip.kind) ?? 0) + 1);
    const recall = errors.filter((o) => o.found).length / Math.max(1, errors.length);
    const warnings = outcomes.filter((o) => o.slip.severity === "warning");
    console.log(
      `seeded corpus (seed ${SEED}, ${workbooks} clean workbooks): ${errors.length} error slips ` +
        `(${[...perKind].map(([k, n]) => `${k} ${n}`).join(", ")}), recall ${(recall * 100).toFixed(1)}%; ` +
        `${warnings.length} raw capaian above the cap, found ${warnings.filter((o) => o.found).length}; ` +
        `false positives on the unmodified workbooks: ${falsePositives.length} errors`,
    );
  });

  it("injects slips of every kind", () => {
    const kinds = new Set(outcomes.map((o) => o.slip.kind));
    expect([...kinds].sort()).toEqual(["cap-125", "capaian", "realisasi", "serapan", "sisa", "total", "unit", "unreadable"]);
    expect(outcomes.length).toBeGreaterThanOrEqual(40);
  });

  it("injects unreadable texts that really are unreadable", () => {
    for (const o of outcomes.filter((x) => x.slip.kind === "unreadable")) {
      expect(readNumber(o.slip.value).status).toBe("unreadable");
    }
  });

  it("finds every injected error slip at its cell (recall 100%)", () => {
    const missed = outcomes.filter((o) => o.slip.severity === "error" && !o.found).map((o) => o.slip);
    expect(missed).toEqual([]);
  });

  it("finds every raw capaian left above the cap", () => {
    expect(outcomes.filter((o) => o.slip.kind === "cap-125" && !o.found).map((o) => o.slip)).toEqual([]);
  });

  it("gives no error on the unmodified clean workbooks", () => {
    expect(falsePositives).toEqual([]);
  });
});
