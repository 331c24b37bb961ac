// User texts that look like formulas ("=HYPERLINK(\"http://x\")", "+1", "-", "@SUM(A1)" …) are
// copied into the SAKIP sheets by convert and summarize and must stay texts: in files written
// by the CLI the cell holds a string, never a formula; through the Office.js gateway (the
// strict fake types values the way Excel does) the cell holds the literal text, no formula.
import * as path from "node:path";
import ExcelJS from "exceljs";
import { readXlsx } from "../../src/xlsx";
import { readGrids, applyPlans } from "../../src/excel";
import { analyse, planConvert, planSummary } from "../../src/app/pipeline";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { Grid, SheetPlan } from "../../src/workbook/grid";
import { createFakeExcel } from "../fake-excel";
import { sakip, tempDir, removeDir } from "../robustness/cli";
import { isUserSheet, loadWorkbook } from "../safety/snapshot";
import { PAYLOADS, FRAGMENTS, outsideStrings, writeInjectionWorkbook } from "./payloads";

/** "-" alone means "no value" to the reader (DOMAIN §7), so it may rightly not be copied. */
const MUST_APPEAR = PAYLOADS.filter((p) => p !== "-");

let dir: string;
let input: string;

beforeAll(async () => {
  dir = tempDir("injeksi");
  input = path.join(dir, "injeksi.xlsx");
  await writeInjectionWorkbook(input);
});

afterAll(() => removeDir(dir));

function expectHarmlessFormula(formula: string, where: string): void {
  const code = outsideStrings(formula);
  for (const fragment of FRAGMENTS) expect({ where, formula, has: code.includes(fragment) }).toEqual({ where, formula, has: false });
}

describe.each([
  ["convert", "SAKIP PK"],
  ["summarize", "SAKIP Ringkasan"],
])("sakip %s", (command, sheet) => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const out = path.join(dir, `${command}.xlsx`);
    expect((await sakip(command, input, "-o", out)).code).toBe(0);
    wb = await loadWorkbook(out);
  });

  it.each(MUST_APPEAR)(`writes %s into ${sheet} as a text cell`, (payload) => {
    const cells: ExcelJS.Cell[] = [];
    (wb.getWorksheet(sheet) as ExcelJS.Worksheet).eachRow((row) => row.eachCell((cell) => void (cell.value === payload && cells.push(cell))));
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) expect({ address: cell.address, type: cell.type, formula: cell.formula ?? null }).toEqual({ address: cell.address, type: ExcelJS.ValueType.String, formula: null });
  });

  it("writes no formula carrying a payload into any SAKIP sheet", () => {
    for (const ws of wb.worksheets.filter((w) => !isUserSheet(w.name))) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.formula) expectHarmlessFormula(cell.formula, `${ws.name}!${cell.address}`);
          // A merged cell shows its master's value; every other payload cell is a string.
          if (typeof cell.value === "string" && PAYLOADS.includes(cell.value) && cell.type !== ExcelJS.ValueType.Merge) {
            expect({ at: `${ws.name}!${cell.address}`, type: cell.type }).toEqual({ at: `${ws.name}!${cell.address}`, type: ExcelJS.ValueType.String });
          }
        }),
      );
    }
  });
});

describe.each([
  ["Validasi & Ringkas", (g: Grid[]) => planSummary(analyse(g, DEFAULT_SETTINGS), DEFAULT_SETTINGS).plans, "SAKIP Ringkasan"],
  ["Buat lembar SAKIP", (g: Grid[]) => planConvert(analyse(g, DEFAULT_SETTINGS), DEFAULT_SETTINGS), "SAKIP PK"],
] as const)("task pane: %s through the Office.js gateway", (_label, plans: (g: Grid[]) => SheetPlan[], sheet) => {
  let written: Grid[];
  let fakeSheet: (name: string) => ReturnType<ReturnType<typeof createFakeExcel>["sheet"]>;

  beforeAll(async () => {
    const fake = createFakeExcel((await readXlsx(input)).grids);
    await fake.run(async (context) => {
      const grids = await readGrids(context);
      await applyPlans(context, plans(grids), { replaceInputs: false, existing: grids.map((g) => g.name) });
    });
    written = fake.workbookGrids().filter((g) => !isUserSheet(g.name));
    fakeSheet = fake.sheet;
  });

  it.each(MUST_APPEAR)(`keeps %s a literal text in ${sheet}`, (payload) => {
    const grid = written.find((g) => g.name === sheet) as Grid;
    const at: string[] = [];
    grid.values.forEach((row, r) => row.forEach((v, c) => v === payload && at.push(`${r},${c}`)));
    expect(at.length).toBeGreaterThan(0);
    for (const rc of at) {
      const [r, c] = rc.split(",").map(Number);
      expect(grid.formulas?.[r]?.[c] ?? null).toBeNull();
      const cell = fakeSheet(sheet).cell(`${String.fromCharCode(65 + c)}${r + 1}`);
      expect({ value: cell.value, formula: cell.formula, text: cell.quotePrefix || cell.numberFormat === "@" }).toEqual({ value: payload, formula: null, text: true });
    }
  });

  it("no SAKIP cell became a formula carrying a payload", () => {
    for (const g of written) g.formulas?.forEach((row, r) => row.forEach((f, c) => f !== null && expectHarmlessFormula(f, `${g.name}!${r},${c}`)));
  });
});
