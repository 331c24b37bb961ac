// slideFormula moves a shared formula to each of its cells exactly as ExcelJS's own slideFormula
// does (its source is the oracle), so both readers give each cell the same formula text.
import fc from "fast-check";
import { slideFormula } from "../../src/xlsx/shared-formula";
import { a1 } from "../../src/workbook/a1";

// ExcelJS's implementation, addresses in A1 form; it throws when a column leaves the sheet.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const exceljs = require("exceljs/lib/utils/shared-formula") as { slideFormula(formula: string, from: string, to: string): string };

describe("slideFormula", () => {
  test.each([
    ["A2*B2", "C2", "C5", "A5*B5"],
    ["$A$1+A$1+$A1", "B2", "D4", "$A$1+C$1+$A3"],
    ["SUM(A2:B2)+LOG10(A2)", "C2", "C3", "SUM(A3:B3)+LOG10(A3)"],
    ["Data!A2+'Capaian 2025'!B2", "C2", "D3", "Data!B3+'Capaian 2025'!C3"],
    ["XFD1+XFE1+ABC1", "A1", "A2", "XFD2+XFE1+ABC2"],
    ["A1-B1", "C1", "A1", "#REF!-#REF!"],
  ])("%s from %s to %s → %s", (formula, from, to, expected) => {
    const f = fromA1(from);
    const t = fromA1(to);
    expect(slideFormula(formula, f.row, f.col, t.row, t.col)).toBe(expected);
  });

  const token = fc.oneof(
    fc.constantFrom("+", "-", "*", "/", "&", ",", "(", ")", ":", "!", "$", " ", '"', "'", "1", "2.5", "SUM(", "LOG10(", "IF(", "Data!", "'Capaian 2025'!", "TRUE", "_xlfn."),
    fc.tuple(fc.constantFrom("", "$"), fc.constantFrom("A", "b", "Z", "AA", "xfd", "XFE", "ZZZ"), fc.constantFrom("", "$"), fc.integer({ min: 1, max: 1_048_576 })).map((p) => p.join("")),
  );
  const cell = fc.record({ row: fc.nat(2000), col: fc.nat(60) });

  test("agrees with ExcelJS on random formulas and offsets (#REF! where ExcelJS throws)", () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), cell, cell, (tokens, from, to) => {
        const formula = tokens.join("");
        const mine = slideFormula(formula, from.row, from.col, to.row, to.col);
        let theirs: string;
        try {
          theirs = exceljs.slideFormula(formula, a1(from.row, from.col), a1(to.row, to.col));
        } catch {
          expect(mine).toContain("#REF!");
          return;
        }
        expect(mine).toBe(theirs);
      }),
      { numRuns: 5000 },
    );
  });
});

function fromA1(address: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(address);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, col: col - 1 };
}
