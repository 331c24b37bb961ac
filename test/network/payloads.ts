// Texts that a spreadsheet would take for a formula if they were typed or written as they are
// (CSV/formula injection, OWASP): a leading "=", "+", "-" or "@". Staff workbooks can hold
// them in any text cell; the product copies texts into its own sheets and must keep them text.
import ExcelJS from "exceljs";

export const PAYLOADS = [
  '=HYPERLINK("http://x")',
  "+1",
  "-",
  "@SUM(A1)",
  "=1+1",
  "-2+3",
  "=cmd|' /C calc'!A0",
  "+SAKIP.CAPAIAN(1,1)",
];

/** Pieces that must never appear in a written formula outside its string constants. */
export const FRAGMENTS = ["http://x", "SUM(A1)", "1+1", "2+3", "cmd|", "calc", "CAPAIAN(1,1)"];

/** Removes the "…" string constants of a formula (with "" escapes), keeping the rest. */
export function outsideStrings(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""');
}

/**
 * A capaian table and a budget table whose indicator names, sasaran, keterangan and
 * kegiatan are the payloads, with ordinary figures so every row is read and reported.
 */
export async function writeInjectionWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Capaian 2025");
  ws.addRow(["CAPAIAN KINERJA LAPAS KELAS IIA MAGELANG TAHUN 2025"]);
  ws.addRow([]);
  ws.addRow(["No", "Sasaran Kegiatan", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)", "Keterangan"]);
  PAYLOADS.forEach((p, i) => {
    const target = 0.8;
    const realisasi = 0.7 + i / 100;
    ws.addRow([i + 1, p, p, "%", target, realisasi, Math.round((realisasi / target) * 10000) / 100, p]);
    const row = ws.lastRow as ExcelJS.Row;
    for (const c of [5, 6]) row.getCell(c).numFmt = "0.00%";
  });
  const wa = wb.addWorksheet("Anggaran 2025");
  wa.addRow(["No", "Kegiatan", "Pagu", "Realisasi", "Sisa", "%"]);
  PAYLOADS.forEach((p, i) => {
    const pagu = 100_000_000 * (i + 1);
    const realisasi = pagu * 0.9;
    wa.addRow([i + 1, p, pagu, realisasi, pagu - realisasi, 90]);
  });
  await wb.xlsx.writeFile(file);
}
