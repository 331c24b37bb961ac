// The input sheets written to an .xlsx by the ExcelJS gateway and read back: formulas, their
// cached values (errors as errors), number formats, dropdowns.
import ExcelJS from "exceljs";
import type { CellValue } from "../../src/core/model";
import type { Grid, SheetPlan } from "../../src/workbook/grid";
import { planInputSheets, planTemplate } from "../../src/workbook/sheets";
import { SHEET } from "../../src/workbook/sheets/layout";
import { applyPlans, readXlsx, toBuffer } from "../../src/xlsx";
import { anggaranLine, fig, indikator, lkjipModel, model, settings } from "./build";

async function roundTrip(plans: SheetPlan[]): Promise<{ grids: Grid[]; workbook: ExcelJS.Workbook }> {
  const book = { grids: [], workbook: new ExcelJS.Workbook() };
  applyPlans(book, plans, { replaceInputs: true });
  return readXlsx(await toBuffer(book));
}

/** What a reader of cached values sees for a plan cell: empty texts read as empty. */
function seen(v: CellValue | undefined): CellValue {
  return v === undefined || v === "" ? null : v;
}

function compare(plans: SheetPlan[], grids: Grid[]): number {
  let checked = 0;
  for (const plan of plans) {
    const grid = grids.find((g) => g.name === plan.name)!;
    expect(grid).toBeDefined();
    plan.rows.forEach((row, r) =>
      row.forEach((c, col) => {
        if (c === null) return;
        const value = grid.values[r]?.[col] ?? null;
        if (typeof c.v === "number") expect(value).toBeCloseTo(c.v, 12);
        else expect(value).toEqual(seen(c.v));
        expect(grid.formulas?.[r]?.[col] ?? null).toBe(c.f ?? null);
        // Grids hold cells with content; an empty cell's format is checked in the workbook itself.
        if (c.fmt && (c.v !== undefined || c.f !== undefined)) expect(grid.formats?.[r]?.[col]).toBe(c.fmt);
        checked++;
      }),
    );
  }
  return checked;
}

describe("input sheets through the xlsx gateway", () => {
  test("the LKjIP model: every value, formula, cached result and format survives", async () => {
    const m = lkjipModel();
    m.indikator.push(indikator("Indeks belum diisi", { satuan: "Indeks", target: fig("3,6") }));
    m.anggaran.push(anggaranLine("Fasilitas dan Pembinaan Masyarakat", { pagu: fig("215.828.000"), realisasi: fig("182.572.600") }));
    const plans = planInputSheets(m, settings());
    const { grids } = await roundTrip(plans);
    expect(compare(plans, grids)).toBeGreaterThan(200);
    const rz = grids.find((g) => g.name === SHEET.realisasi)!;
    // Not yet scorable: the cached #N/A is an error, the formula is still there.
    expect(rz.values[8][20]).toBe("#N/A");
    expect(rz.formulas?.[8][20]).toBe("=SAKIP.CAPAIAN(T9,E9,D9)");
  });

  test("errors are stored as error results, not as texts", async () => {
    const plans = planInputSheets(model({ indikator: [indikator("Tanpa realisasi", { satuan: "%", target: fig("70%") })] }), settings());
    const book = { grids: [], workbook: new ExcelJS.Workbook() };
    applyPlans(book, plans, { replaceInputs: true });
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await toBuffer(book)) as unknown as ExcelJS.Buffer);
    const capaian = back.getWorksheet(SHEET.realisasi)!.getCell("U2").value as ExcelJS.CellFormulaValue;
    expect(capaian.formula).toBe("SAKIP.CAPAIAN(T2,E2,D2)");
    expect(capaian.result).toEqual({ error: "#N/A" });
  });

  test("the template: dropdowns (Satuan open, Polaritas strict), frozen header", async () => {
    const plans = planTemplate(settings());
    const { grids, workbook } = await roundTrip(plans);
    compare(plans, grids);
    const pk = workbook.getWorksheet(SHEET.pk)!;
    expect(pk.getCell("G2").dataValidation).toMatchObject({ type: "list", formulae: ['"Positif,Negatif,Negatif-rasio"'], showErrorMessage: true });
    expect(pk.getCell("F8").dataValidation).toMatchObject({ type: "list" });
    // Units beyond the list may be typed: no error message (ExcelJS omits a false flag).
    expect(pk.getCell("F8").dataValidation.showErrorMessage).toBeFalsy();
    expect(pk.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    // Empty target cells are ready for typing in the row's unit.
    expect(pk.getCell("J2").numFmt).toBe("0.00%");
    expect(pk.getCell("J8").numFmt).toBe("#,##0.00");
  });
});
