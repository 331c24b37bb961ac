// Links are =HYPERLINK("#'Sheet'!A1", shown) formulas, the same in both gateways: what the
// strict fake Excel makes of them (it parses formulas and constants like Excel does, and
// refuses formulas over 8 192 characters or text constants over 255).
import fc from "fast-check";
import { applyPlans } from "../../src/excel";
import type { PlanCell, SheetPlan } from "../../src/workbook/grid";
import { linkFormula, textConstant, MAX_FORMULA_CHARS } from "../../src/workbook/link-formula";
import { createFakeExcel } from "../fake-excel";
import { capaianGrid } from "./workbooks";

const TO_F3 = { sheet: "Capaian 2023", cell: "F3" };
const TARGET = `"#'Capaian 2023'!F3"`;

async function written(cell: PlanCell) {
  const plan: SheetPlan = { name: "SAKIP Narasi", kind: "output", rows: [[cell]] };
  const fake = createFakeExcel([capaianGrid()], { evaluate: (f) => (f === "=SAKIP.CAPAIAN(E3,D3)" ? 1.0556 : null) });
  await applyPlans(fake.context, [plan], { replaceInputs: false, existing: ["Capaian 2023"] });
  return fake.sheet("SAKIP Narasi").cell("A1");
}

describe("a linked cell through Office.js", () => {
  test.each([
    ["a text", { v: "F3" }, `=HYPERLINK(${TARGET},"F3")`, "F3"],
    ["a text that starts with '='", { v: "=E3/D3 tertulis 125%" }, `=HYPERLINK(${TARGET},"=E3/D3 tertulis 125%")`, "=E3/D3 tertulis 125%"],
    ["a text that starts with '+'", { v: "+62 812" }, `=HYPERLINK(${TARGET},"+62 812")`, "+62 812"],
    ["a text that is '-'", { v: "-" }, `=HYPERLINK(${TARGET},"-")`, "-"],
    ["a text that starts with '@'", { v: "@sakip" }, `=HYPERLINK(${TARGET},"@sakip")`, "@sakip"],
    ["a text with an apostrophe", { v: "'kutip" }, `=HYPERLINK(${TARGET},"'kutip")`, "'kutip"],
    ["a text with quotes", { v: 'Tabel "3.1" baris 1' }, `=HYPERLINK(${TARGET},"Tabel ""3.1"" baris 1")`, 'Tabel "3.1" baris 1'],
    ["a percent-looking text", { v: "75%" }, `=HYPERLINK(${TARGET},"75%")`, "75%"],
    ["a number", { v: 0.95, fmt: "0.00%" }, `=HYPERLINK(${TARGET},0.95)`, 0.95],
    ["a boolean", { v: true }, `=HYPERLINK(${TARGET},TRUE)`, true],
    ["a formula", { f: "=SAKIP.CAPAIAN(E3,D3)", v: 1.0556 }, `=HYPERLINK(${TARGET},SAKIP.CAPAIAN(E3,D3))`, 1.0556],
    ["no value", {}, `=HYPERLINK(${TARGET},"F3")`, "F3"],
  ])("%s", async (_label, cell, formula, value) => {
    const a1 = await written({ ...cell, link: TO_F3 } as PlanCell);
    expect(a1).toMatchObject({ formula, value, hyperlink: null, quotePrefix: false });
    expect(a1.format).toMatchObject({ color: "#0563C1", underline: "Single" });
  });

  test("a long text is joined from 255-character constants; past the formula limit it is cut with '…'", async () => {
    const medium = "Capaian ".repeat(60).trim(); // 479 characters: two constants
    const a = await written({ v: medium, link: TO_F3 });
    expect(a.value).toBe(medium);
    expect(a.formula).toBe(`=HYPERLINK(${TARGET},"${medium.slice(0, 255)}"&"${medium.slice(255)}")`);

    const long = 'kutip " '.repeat(5_000); // 40 000 characters, a fifth of them quotes
    const b = await written({ v: long, link: TO_F3 });
    expect((b.formula as string).length).toBeLessThanOrEqual(MAX_FORMULA_CHARS);
    expect(b.formula).toMatch(/…"\)$/);
    expect(long.startsWith((b.value as string).slice(0, -1))).toBe(true);
  });

  test("a text link stays a literal in Excel, never a formula (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 12_000 }), (text) => {
        const { formula, result } = linkFormula({ v: text, link: TO_F3 }, TO_F3);
        expect(formula.length + 1).toBeLessThanOrEqual(MAX_FORMULA_CHARS);
        const shown = result as string;
        expect(formula).toBe(`HYPERLINK(${TARGET},${textConstant(shown)})`);
        expect(shown === text || (shown.endsWith("…") && text.startsWith(shown.slice(0, -1)))).toBe(true);
        // Every constant is at most 255 characters and they join back to the shown text.
        const pieces = textConstant(shown).slice(1, -1).split('"&"');
        for (const p of pieces) expect(p.replace(/""/g, '"').length).toBeLessThanOrEqual(255);
        expect(pieces.map((p) => p.replace(/""/g, '"')).join("")).toBe(shown);
      }),
      { numRuns: 200 },
    );
  });
});
