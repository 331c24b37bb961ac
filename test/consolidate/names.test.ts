// A unit's name in the recap comes from its workbook — the title block, or the "Unit Kerja"
// of a SAKIP PK sheet — and only when the workbook names none, from the file name.
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { PK_HEADERS } from "../../src/workbook/sheets/layout";
import { col, RekapSheet, runCli, tempDir } from "./helpers";

let dir: string;

beforeAll(() => {
  dir = tempDir("names");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function save(wb: ExcelJS.Workbook, name: string): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
  return file;
}

/** A SAKIP PK sheet as the product writes it, without any title block. */
function pkOnly(unitKerja: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("SAKIP PK");
  ws.addRow([...PK_HEADERS]);
  const row: Record<string, ExcelJS.CellValue> = {
    No: 1,
    Tingkat: "Sasaran Kegiatan",
    Sasaran: "Meningkatnya kualitas pembinaan",
    Indikator: "Persentase narapidana yang mengikuti pembinaan kepribadian",
    Satuan: "%",
    Polaritas: "Positif",
    Target: 0.9,
    "Unit Kerja": unitKerja,
    Tahun: 2025,
  };
  ws.addRow(PK_HEADERS.map((h) => row[h] ?? null));
  return wb;
}

/** A plain table with no title above it and no unit anywhere. */
function untitled(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Capaian");
  ws.addRow(["No", "Indikator Kinerja", "Target", "Realisasi"]);
  ws.addRow([1, "Persentase layanan kunjungan tepat waktu", "90%", "95%"]);
  return wb;
}

test("SAKIP PK's Unit Kerja names the unit; a workbook naming none is named after its file", async () => {
  const files = [await save(pkOnly("RUTAN KELAS IIB DEMAK"), "pk-tanpa-judul.xlsx"), await save(untitled(), "Bapas Kelas II Pati.xlsx")];
  const out = join(dir, "rekap.xlsx");
  const run = await runCli(["consolidate", ...files, "-o", out]);
  expect(run.err).toBe("");
  expect(run.code).toBe(0);
  const s = (await RekapSheet.open(out)).section("D. ")!;
  expect(s.rows.map((r) => r[col(s, "Satuan Kerja")].value)).toEqual(["RUTAN KELAS IIB DEMAK", "Bapas Kelas II Pati"]);
  expect(s.rows[1][col(s, "Capaian")].value).toBeCloseTo(0.95 / 0.9, 12);
});
