// A sheet of many rows written with ExcelJS's streaming writer (the in-memory writer would
// need gigabytes for a million rows): a Kanwil-style indicator table, one row per unit and
// indicator, so the reader has a real table to detect in it. Every `slipEvery`-th row's
// realisasi is an unreadable text ("7,5,2"), which a run must report at its cell.
import ExcelJS from "exceljs";
import { INDIKATOR, realisasiTw, unitNama } from "./units";

export const BIG_HEADER = ["No", "Unit Kerja", "Indikator", "Target", "Realisasi"];

export const SLIP_TEXT = "7,5,2";

/** 1-based sheet rows whose realisasi writeBigSheet makes unreadable. */
export function slipRows(rows: number, slipEvery: number): number[] {
  const out: number[] = [];
  for (let r = slipEvery; r <= rows; r += slipEvery) out.push(r + 1);
  return out;
}

export async function writeBigSheet(file: string, rows: number, slipEvery = 100_000): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
  const ws = wb.addWorksheet("Data Besar");
  ws.addRow(BIG_HEADER).commit();
  for (let r = 0; r < rows; r++) {
    const k = r % INDIKATOR.length;
    const unit = Math.floor(r / INDIKATOR.length);
    const spec = INDIKATOR[k];
    const realisasi = (r + 1) % slipEvery === 0 ? SLIP_TEXT : realisasiTw(unit, k)[3];
    ws.addRow([r + 1, unitNama(unit), spec.uraian, spec.target, realisasi]).commit();
  }
  ws.commit();
  await wb.commit();
}
