import fc from "fast-check";
import { parseRange, splitAreas, withoutSheet } from "../../src/excel/ranges";
import { parseMergedAreas } from "../../src/excel/range-data";
import { rowBlocks, planMatrix } from "../../src/excel/plan-cells";

describe("A1 ranges and Excel's multi-area addresses", () => {
  test.each([
    ["B2:D5", { top: 1, left: 1, bottom: 4, right: 3 }],
    ["$A$1:$C$3", { top: 0, left: 0, bottom: 2, right: 2 }],
    ["d5:b2", { top: 1, left: 1, bottom: 4, right: 3 }],
    ["AA10", { top: 9, left: 26, bottom: 9, right: 26 }],
  ])("parseRange(%s)", (address, rect) => {
    expect(parseRange(address)).toEqual(rect);
  });

  test.each(["", "A1:B2:C3", "1A", "A0"])("parseRange refuses %j", (address) => {
    expect(() => parseRange(address)).toThrow(/tidak sah/);
  });

  test("merged areas of a sheet whose name has a comma, an apostrophe and an exclamation mark", () => {
    const address = "'Capaian, 2023'!A1:F1, 'Capaian, 2023'!B3:B4, 'Rekap O''Neil!'!C5:D6";
    expect(splitAreas(address)).toEqual(["'Capaian, 2023'!A1:F1", "'Capaian, 2023'!B3:B4", "'Rekap O''Neil!'!C5:D6"]);
    expect(withoutSheet("'Rekap O''Neil!'!C5:D6")).toBe("C5:D6");
    expect(parseMergedAreas(address)).toEqual([
      { top: 0, left: 0, bottom: 0, right: 5 },
      { top: 2, left: 1, bottom: 3, right: 1 },
      { top: 4, left: 2, bottom: 5, right: 3 },
    ]);
  });

  test("splitAreas undoes Excel's joining for any sheet name", () => {
    const name = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !/[[\]:*?/\\]/.test(s));
    fc.assert(
      fc.property(name, fc.array(fc.constantFrom("A1:B2", "C3", "AA10:AB20"), { minLength: 1, maxLength: 5 }), (sheet, cells) => {
        const areas = cells.map((c) => `'${sheet.replace(/'/g, "''")}'!${c}`);
        expect(splitAreas(areas.join(", "))).toEqual(areas);
        expect(areas.map(withoutSheet)).toEqual(cells);
      }),
    );
  });
});

describe("plan rows for Range.formulas", () => {
  test("a rectangle: rows padded, texts with an apostrophe, formulas with '=', formats only when any", () => {
    const m = planMatrix([[{ v: "No" }, { v: 1 }], [{ f: "B1*2", v: 2, fmt: "0%" }], [null, { v: "" }, { v: false }]]);
    expect(m.width).toBe(3);
    expect(m.formulas).toEqual([["'No", 1, ""], ["=B1*2", "", ""], ["", "", false]]);
    expect(m.formats).toEqual([["General", "General", "General"], ["0%", "General", "General"], ["General", "General", "General"]]);
    expect(planMatrix([[{ v: 1 }]]).formats).toBeNull();
  });

  test("row blocks stay under the byte limit and cover every row once", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ maxLength: 30 }), { maxLength: 4 }), { maxLength: 60 }), fc.integer({ min: 1, max: 400 }), (rows, max) => {
        const blocks = rowBlocks(rows, max);
        expect(blocks.reduce((n, b) => n + b.count, 0)).toBe(rows.length);
        blocks.forEach((b, i) => {
          expect(b.top).toBe(i === 0 ? 0 : blocks[i - 1].top + blocks[i - 1].count);
          const bytes = rows.slice(b.top, b.top + b.count).reduce((n, r) => n + JSON.stringify(r).length + 1, 0);
          if (b.count > 1) expect(bytes).toBeLessThanOrEqual(max);
        });
      }),
    );
  });
});
