// Generated workbooks shaped like the real ones (DOMAIN §7): one unit's workbook in one of
// three layouts, and a Kanwil workbook with one row per unit and indicator. ExcelJS only.
import ExcelJS from "exceljs";
import { INDIKATOR, anggaranUnit, jenisBelanjaUnit, realisasiTw, rencanaAksiRb, unitNama } from "./units";

const TAHUN = 2025;
const TW = ["TW I", "TW II", "TW III", "TW IV"];

function titleBlock(ws: ExcelJS.Worksheet, lines: string[]): void {
  lines.forEach((l) => ws.addRow([l]));
  ws.addRow([]);
}

function persen(v: number): string {
  return `${(Math.round(v * 10000) / 100).toString().replace(".", ",")}%`;
}

/** Layout 0: one header row, TW columns "s.d.", real numbers with percent formats. */
function capaianFlat(wb: ExcelJS.Workbook, i: number): void {
  const ws = wb.addWorksheet(`Capaian ${TAHUN}`);
  titleBlock(ws, [`CAPAIAN KINERJA ${unitNama(i)}`, `TAHUN ${TAHUN}`]);
  ws.addRow(["No", "Sasaran Kegiatan", "Indikator Kinerja", "Satuan", "Polaritas", "Target", ...TW.map((t) => `Realisasi s.d. ${t}`), "Capaian (%)"]);
  INDIKATOR.forEach((spec, k) => {
    const tw = realisasiTw(i, k);
    const row = ws.addRow([k + 1, spec.sasaran, spec.uraian, spec.satuan, spec.polaritas, spec.target, ...tw, null]);
    const pct = spec.satuan === "%";
    for (let c = 6; c <= 10; c++) row.getCell(c).numFmt = pct ? "0.00%" : "0";
  });
}

/** Layout 1: two-row header (Target over TW I–IV, Realisasi over TW I–IV), sasaran merged, numbers as text. */
function capaianTwoRow(wb: ExcelJS.Workbook, i: number): void {
  const ws = wb.addWorksheet("PK dan Realisasi");
  titleBlock(ws, [unitNama(i), `PERJANJIAN KINERJA DAN REALISASI TAHUN ${TAHUN}`]);
  const top = ws.addRow(["NO", "SASARAN", "INDIKATOR KINERJA", "TARGET", "REALISASI", "", "", "", "KETERANGAN"]).number;
  // The figures are cumulative (realisasiTw), and a sheet must say so (DOMAIN §3).
  ws.addRow(["", "", "", "", ...TW.map((t) => `s.d. ${t}`), ""]);
  ws.mergeCells(top, 5, top, 8);
  for (const c of [1, 2, 3, 4, 9]) ws.mergeCells(top, c, top + 1, c);
  let start = ws.rowCount + 1;
  INDIKATOR.forEach((spec, k) => {
    const tw = realisasiTw(i, k);
    const fmt = (v: number) => (spec.satuan === "%" ? persen(v) : `${v} ${spec.satuan}`);
    const first = k === 0 || INDIKATOR[k - 1].sasaran !== spec.sasaran;
    ws.addRow([k + 1, first ? spec.sasaran : "", `${spec.uraian}${spec.polaritas === "Negatif" ? " (berlaku terbalik)" : ""}`, fmt(spec.target), ...tw.map(fmt), ""]);
    const last = k === INDIKATOR.length - 1 || INDIKATOR[k + 1].sasaran !== spec.sasaran;
    if (last) {
      if (ws.rowCount > start) ws.mergeCells(start, 2, ws.rowCount, 2);
      start = ws.rowCount + 1;
    }
  });
  ws.addRow([]);
  ws.addRow(["Sumber: Laporan capaian kinerja triwulanan"]);
}

function anggaranSheet(wb: ExcelJS.Workbook, i: number, asText: boolean): void {
  const ws = wb.addWorksheet(`Anggaran ${TAHUN}`);
  titleBlock(ws, [`REALISASI ANGGARAN ${unitNama(i)}`, `TAHUN ANGGARAN ${TAHUN}`]);
  ws.addRow(["No", "Kegiatan", "Pagu Anggaran", "Realisasi Anggaran", "Sisa", "%"]);
  const lines = anggaranUnit(i);
  const money = (v: number) => (asText ? `Rp ${v.toLocaleString("de-DE")},-` : v);
  lines.forEach((l, k) => {
    const row = ws.addRow([k + 1, l.uraian, money(l.pagu), money(l.realisasi), money(l.pagu - l.realisasi), Math.round((l.realisasi / l.pagu) * 10000) / 100]);
    if (!asText) for (const c of [3, 4, 5]) row.getCell(c).numFmt = "#,##0";
  });
  const pagu = lines.reduce((s, l) => s + l.pagu, 0);
  const realisasi = lines.reduce((s, l) => s + l.realisasi, 0);
  const total = ws.addRow(["", "TOTAL", money(pagu), money(realisasi), money(pagu - realisasi), Math.round((realisasi / pagu) * 10000) / 100]);
  if (!asText) for (const c of [3, 4, 5]) total.getCell(c).numFmt = "#,##0";

  // A second table on the same sheet, as in an LKjIP: the same budget per jenis belanja.
  ws.addRow([]);
  ws.addRow([`REALISASI ANGGARAN PER JENIS BELANJA TAHUN ${TAHUN}`]);
  ws.addRow(["No", "Jenis Belanja", "Pagu", "Realisasi", "Sisa", "%"]);
  const jenis = jenisBelanjaUnit(i);
  jenis.forEach((j, k) => {
    const row = ws.addRow([k + 1, `${j.kode} ${j.uraian}`, money(j.pagu), money(j.realisasi), money(j.pagu - j.realisasi), Math.round((j.realisasi / j.pagu) * 10000) / 100]);
    if (!asText) for (const c of [3, 4, 5]) row.getCell(c).numFmt = "#,##0";
  });
  const jt = ws.addRow(["", "JUMLAH", money(pagu), money(realisasi), money(pagu - realisasi), Math.round((realisasi / pagu) * 10000) / 100]);
  if (!asText) for (const c of [3, 4, 5]) jt.getCell(c).numFmt = "#,##0";
}

/** Layout 2 extra: the RB action plan with B03/B06 target and realisasi per action. */
function rbSheet(wb: ExcelJS.Workbook, i: number): void {
  const ws = wb.addWorksheet("Rencana Aksi RB");
  titleBlock(ws, [`RENCANA AKSI REFORMASI BIROKRASI ${unitNama(i)}`]);
  const top = ws.addRow(["No", "Rencana Aksi", "B03", "", "", "B06", "", ""]).number;
  ws.addRow(["", "", "Target", "Realisasi", "Capaian", "Target", "Realisasi", "Capaian"]);
  ws.mergeCells(top, 1, top + 1, 1);
  ws.mergeCells(top, 2, top + 1, 2);
  ws.mergeCells(top, 3, top, 5);
  ws.mergeCells(top, 6, top, 8);
  const capaian = (x: { target: number; realisasi: number }) => `${Math.round((x.realisasi / x.target) * 10000) / 100}%`.replace(".", ",");
  rencanaAksiRb(i).forEach(({ aksi, bulan: { B03, B06 } }, k) => {
    ws.addRow([k + 1, aksi, B03.target, B03.realisasi, capaian(B03), B06.target, B06.realisasi, capaian(B06)]);
  });
}

/** The workbook of unit i; its layout rotates with i so a set of units covers all three. */
export function unitWorkbook(i: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2026, 0, 15));
  const layout = i % 3;
  if (layout === 1) capaianTwoRow(wb, i);
  else capaianFlat(wb, i);
  anggaranSheet(wb, i, layout === 1);
  if (layout === 2) rbSheet(wb, i);
  return wb;
}

/**
 * A Kanwil workbook of n units: one table of every unit's 30 indicators (a Unit Kerja
 * column) and one of every unit's 20 budget lines with a TOTAL row.
 */
export function kanwilWorkbook(n: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2026, 0, 15));
  const ws = wb.addWorksheet("Kinerja UPT");
  titleBlock(ws, ["KANTOR WILAYAH DIREKTORAT JENDERAL PEMASYARAKATAN JAWA TENGAH", `CAPAIAN KINERJA UPT TAHUN ${TAHUN}`]);
  ws.addRow(["No", "Unit Kerja", "Sasaran", "Indikator", "Satuan", "Polaritas", "Target", ...TW.map((t) => `Realisasi s.d. ${t}`)]);
  let no = 0;
  for (let i = 0; i < n; i++) {
    INDIKATOR.forEach((spec, k) => {
      const row = ws.addRow([++no, unitNama(i), spec.sasaran, spec.uraian, spec.satuan, spec.polaritas, spec.target, ...realisasiTw(i, k)]);
      if (spec.satuan === "%") for (let c = 7; c <= 11; c++) row.getCell(c).numFmt = "0.00%";
    });
  }
  const wa = wb.addWorksheet("Anggaran UPT");
  titleBlock(wa, [`REALISASI ANGGARAN UPT TAHUN ${TAHUN}`]);
  wa.addRow(["No", "Unit Kerja", "Kegiatan", "Pagu", "Realisasi", "Sisa", "%"]);
  no = 0;
  let pagu = 0;
  let realisasi = 0;
  for (let i = 0; i < n; i++) {
    for (const l of anggaranUnit(i)) {
      pagu += l.pagu;
      realisasi += l.realisasi;
      wa.addRow([++no, unitNama(i), l.uraian, l.pagu, l.realisasi, l.pagu - l.realisasi, Math.round((l.realisasi / l.pagu) * 10000) / 100]);
    }
  }
  wa.addRow(["", "TOTAL", "", pagu, realisasi, pagu - realisasi, Math.round((realisasi / pagu) * 10000) / 100]);
  return wb;
}
