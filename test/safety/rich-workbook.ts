// A user workbook with what staff workbooks carry besides plain values: formulas with cached
// results (a shared formula too), number formats, merged titles and sasaran, a hidden sheet,
// rich text, a hyperlink, a date, an Excel error, a note, column widths, frozen panes, a
// dropdown and a conditional format. The safety tests run the product on it.
import ExcelJS from "exceljs";

export async function writeRichWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Capaian 2025", { views: [{ state: "frozen", ySplit: 4 }] });
  ws.addRow(["CAPAIAN KINERJA BAPAS KELAS I MAGELANG TAHUN 2025"]);
  ws.mergeCells("A1:G1");
  ws.addRow([{ richText: [{ text: "Periode: ", font: { bold: true } }, { text: "Triwulan IV" }] }]);
  ws.addRow([]);
  ws.addRow(["No", "Sasaran Kegiatan", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)", "Keterangan"]);
  const sasaran = "Meningkatnya kualitas pembimbingan klien";
  ws.addRow([1, sasaran, "Persentase klien yang menyelesaikan bimbingan", 0.9, 0.93, { formula: "ROUND(E5/D5*100,2)", result: 103.33 }, "Tercapai"]);
  ws.addRow([2, "", "Persentase litmas yang selesai tepat waktu", 0.85, 0.8, { sharedFormula: "F5", result: 94.12 }, { text: "data dukung", hyperlink: "https://example.invalid/dukung" }]);
  ws.addRow([3, "", "Persentase klien yang kembali melakukan tindak pidana (berlaku terbalik)", 0.05, 0.04, { formula: "ROUND((2*D7-E7)/D7*100,2)", result: 120 }, { error: "#N/A" }]);
  ws.mergeCells("B5:B7");
  for (const r of [5, 6, 7]) for (const c of [4, 5]) ws.getRow(r).getCell(c).numFmt = "0.00%";
  ws.getCell("F5").numFmt = "0.00";
  ws.getCell("G5").note = "Dicek oleh Kasubsi";
  ws.getColumn(3).width = 60;
  ws.getCell("G8").value = new Date(Date.UTC(2025, 11, 31));
  ws.getCell("G8").numFmt = "dd/mm/yyyy";
  ws.getCell("D5").dataValidation = { type: "decimal", operator: "between", formulae: [0, 1], allowBlank: true };
  ws.addConditionalFormatting({
    ref: "F5:F7",
    rules: [{ type: "cellIs", operator: "lessThan", formulae: [100], priority: 1, style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } } } }],
  });
  const hidden = wb.addWorksheet("Anggaran (arsip)", { state: "hidden" });
  hidden.addRow(["No", "Kegiatan", "Pagu", "Realisasi", "Sisa", "%"]);
  hidden.addRow([1, "Layanan Perkantoran", 1_120_000_000, 1_064_560_000, { formula: "C2-D2", result: 55_440_000 }, { formula: "ROUND(D2/C2*100,2)", result: 95.05 }]);
  for (const c of ["C2", "D2", "E2"]) hidden.getCell(c).numFmt = '"Rp" #,##0';
  await wb.xlsx.writeFile(file);
}
