// The same plans through both gateways give the same cells: a file written by the CLI and a
// workbook written by the task pane read back alike.
import ExcelJS from "exceljs";
import { readGrids, applyPlans as applyExcel } from "../../src/excel";
import { readXlsx, applyPlans as applyXlsx } from "../../src/xlsx";
import type { CellValue } from "../../src/core/model";
import type { SheetPlan } from "../../src/workbook/grid";
import { createFakeExcel } from "../fake-excel";
import { bytesOf, capaianSheet, roundTrip } from "../xlsx/build";
import { content } from "./workbooks";

const ringkasan: SheetPlan = {
  name: "SAKIP Ringkasan",
  kind: "output",
  rows: [
    [{ v: "Tabel 3.1 Capaian Kinerja Tahun 2023" }],
    [{ v: "No" }, { v: "Indikator" }, { v: "Target" }, { v: "Realisasi" }, { v: "Capaian" }, { v: "Predikat" }],
    [{ v: 1 }, { v: "Persentase Litmas tepat waktu" }, { v: 0.9, fmt: "0%" }, { v: 0.95, fmt: "0.00%" }, { f: "=SAKIP.CAPAIAN(D3,C3)", v: 1.0556, fmt: "0.00%" }, { f: "=SAKIP.PREDIKAT(E3)", v: "Sangat Baik" }],
    [{ v: 2 }, { v: "=Indeks kepuasan (teks)" }, { v: 3.5, fmt: "0.0" }, { v: 3.6, fmt: "0.0" }, { f: "=SAKIP.CAPAIAN(D4,C4)", v: "#N/A" }, { v: "-" }],
    [null, { v: "TOTAL" }, null, null, { f: "=AVERAGE(E3:E4)", v: 1.0556, fmt: "0.00%" }, { v: true }],
  ],
  merges: ["A1:F1"],
};

test("xlsx and Office.js gateways write the same cells for the same plans", async () => {
  const wb = new ExcelJS.Workbook();
  capaianSheet(wb);
  const book = await readXlsx(await bytesOf(wb));
  applyXlsx(book, [ringkasan]);
  const fromFile = (await roundTrip(book)).grids;

  // Excel computes formulas itself; the fake is told the values the plan cached.
  const cached = new Map<string, CellValue>();
  ringkasan.rows.flat().forEach((c) => c?.f && cached.set(c.f, c.v ?? null));
  const fake = createFakeExcel(book.grids, { evaluate: (f) => cached.get(f) ?? null });
  await applyExcel(fake.context, [ringkasan], { replaceInputs: false, existing: book.grids.map((g) => g.name) });
  const fromExcel = await readGrids(fake.context);

  expect(fromExcel.map(content)).toEqual(fromFile.map(content));
  expect(fromFile[1].values[3][1]).toBe("=Indeks kepuasan (teks)");
});
