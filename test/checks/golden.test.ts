// Whole workbooks: for every fixture, the findings are exactly the slips its author listed —
// every required slip at its cell (or an alternative cell), nothing else except optional
// slips and the rules the fixture allows. A clean fixture gives no error.
import { runChecks } from "../../src/checks";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { fixtures, isClean, matches, model, readGrids } from "./fixtures";

const all = fixtures();

describe.each(all.map((f) => [f.name, f] as const))("fixture %s", (_, fixture) => {
  let findings: ReturnType<typeof runChecks> = [];
  beforeAll(async () => {
    findings = runChecks(model(await readGrids(fixture.file)), DEFAULT_SETTINGS);
  });

  it("reports every expected slip at its cell", () => {
    const missed = fixture.slips.filter((s) => !s.optional && !findings.some((f) => matches(f, s)));
    expect(missed).toEqual([]);
  });

  it("reports nothing else", () => {
    const extra = findings
      .filter((f) => !fixture.slips.some((s) => matches(f, s)) && !fixture.allow.includes(f.rule))
      .map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell}: ${f.message}`);
    expect(extra).toEqual([]);
  });

  if (isClean(fixture)) {
    it("gives no error on a clean workbook", () => {
      expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    });
  }
});

it("covers the fixtures C wrote, clean and with slips", () => {
  expect(all.length).toBeGreaterThanOrEqual(10);
  expect(all.filter(isClean).length).toBeGreaterThanOrEqual(5);
});
