// Builds small workbooks with ExcelJS in memory, the way the tests describe them.
import ExcelJS from "exceljs";
import { readXlsx, toBuffer, type XlsxBook } from "../../src/xlsx";

export async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Saves and re-reads a book, as the CLI's output would be read by the next run. */
export async function roundTrip(book: XlsxBook): Promise<XlsxBook> {
  return readXlsx(await toBuffer(book));
}

/** A user's sheet modelled on the reference report's capaian table (merges, percent formats, formulas). */
export function capaianSheet(wb: ExcelJS.Workbook, name = "Capaian 2023"): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.getCell("A1").value = "PENGUKURAN KINERJA BAPAS KELAS I MAGELANG TAHUN 2023";
  ws.mergeCells("A1:F1");
  ws.getRow(2).values = ["No", "Sasaran", "Indikator", "Target", "Realisasi", "Capaian"];
  ws.getRow(3).values = [1, "Meningkatnya kualitas pembimbingan", "Persentase Litmas tepat waktu", 0.9, 0.95];
  ws.getCell("F3").value = { formula: "E3/D3", result: 0.95 / 0.9 };
  ws.getRow(4).values = [2, null, "Indeks kepuasan layanan", 3.5, 3.6];
  ws.getCell("F4").value = { formula: "E4/D4", result: 3.6 / 3.5 };
  ws.mergeCells("B3:B4");
  for (const a of ["D3", "E3", "F3", "F4"]) ws.getCell(a).numFmt = "0.00%";
  ws.getCell("D4").numFmt = "0.0";
  return ws;
}
