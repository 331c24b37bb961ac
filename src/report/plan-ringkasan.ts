// The "SAKIP Ringkasan" sheet: every report table with real numbers and number formats
// (percent "0.00%", Rupiah), computed values only — the sheet is rewritten on every run.
import type { CellStyle, PlanCell, SheetPlan } from "../workbook/grid";
import { SHEET } from "../workbook/sheets/layout";
import { TITLE_ROWS, type TablePlacement, layoutRingkasan, range } from "./ringkasan-layout";
import type { Report, ReportCell, ReportRow } from "./types";

export const FORMAT = {
  persen: "0.00%",
  rupiah: '"Rp" #,##0',
} as const;

const HEADER: CellStyle = { bold: true, fill: "#D9E1F2", border: true, wrap: true, align: "center", valign: "middle" };
const BODY: CellStyle = { border: true, wrap: true, valign: "top" };
const TOTAL: CellStyle = { bold: true, fill: "#F2F2F2", border: true, wrap: true, valign: "top" };
const WIDTHS = [6, 34, 44, 17, 17, 17, 17, 17, 17, 20, 17];

/** Excel number format of a number with a unit word: 4 → 4 "Layanan". */
function angkaFormat(decimals: number, satuan: string | null): string {
  const base = decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
  const unit = satuan?.replace(/"/g, "").trim();
  return unit ? `${base} "${unit}"` : base;
}

export function planCell(c: ReportCell): PlanCell | null {
  switch (c.kind) {
    case "teks":
      return { v: c.text };
    case "persen":
      return { v: c.value, fmt: FORMAT.persen };
    case "rupiah":
      return { v: c.value, fmt: FORMAT.rupiah };
    case "angka":
      return { v: c.value, fmt: angkaFormat(c.decimals, c.satuan) };
    case "kosong":
      return { v: "-" };
    case "gabung":
      return null;
  }
}

interface Sheet {
  rows: (PlanCell | null)[][];
  styles: { range: string; style: CellStyle }[];
  merges: string[];
  conditional: NonNullable<SheetPlan["conditional"]>;
}

function put(sheet: Sheet, row: number, col: number, cell: PlanCell | null): void {
  while (sheet.rows.length <= row) sheet.rows.push([]);
  const r = sheet.rows[row];
  while (r.length < col) r.push(null);
  r[col] = cell;
}

function writeHeader(sheet: Sheet, p: TablePlacement): void {
  const { table, headerTop, headerRows, colStart } = p;
  const last = headerTop + headerRows - 1;
  table.columns.forEach((c, i) => {
    const left = colStart[i];
    const right = left + (c.span ?? 1) - 1;
    if (c.group === undefined) {
      put(sheet, headerTop, left, { v: c.header });
      if (last > headerTop || right > left) sheet.merges.push(range(headerTop, left, last, right));
      return;
    }
    put(sheet, last, left, { v: c.header });
    if (right > left) sheet.merges.push(range(last, left, last, right));
    if (i > 0 && table.columns[i - 1].group === c.group) return;
    let end = i;
    while (end + 1 < table.columns.length && table.columns[end + 1].group === c.group) end++;
    const groupRight = colStart[end] + (table.columns[end].span ?? 1) - 1;
    put(sheet, headerTop, left, { v: c.group });
    if (groupRight > left) sheet.merges.push(range(headerTop, left, headerTop, groupRight));
  });
  sheet.styles.push({ range: range(headerTop, 0, last, p.width - 1), style: HEADER });
}

function writeRow(sheet: Sheet, p: TablePlacement, r: ReportRow, row: number): void {
  const spans = new Map((r.rowSpans ?? []).map((s) => [s.col, s.rows]));
  r.cells.forEach((c, i) => {
    const left = p.colStart[i];
    const column = p.table.columns[i];
    let cell = planCell(c);
    if (cell && column.header === "Sumber" && r.sources.length > 0) cell = { ...cell, link: r.sources[0] };
    put(sheet, row, left, cell);
    if (c.kind === "gabung") return;
    const right = left + (column.span ?? 1) - 1;
    const bottom = row + (spans.get(i) ?? 1) - 1;
    if (right > left || bottom > row) sheet.merges.push(range(row, left, bottom, right));
  });
  sheet.styles.push({ range: range(row, 0, row, p.width - 1), style: r.kind === "total" ? TOTAL : BODY });
}

/** Colours the predikat and status columns of the capaian table. */
function highlight(sheet: Sheet, p: TablePlacement): void {
  if (p.table.id !== "capaian" || p.table.rows.length === 0) return;
  const col = (header: string) => p.colStart[p.table.columns.findIndex((c) => c.header === header)];
  const bottom = p.bodyTop + p.table.rows.length - 1;
  const predikat = range(p.bodyTop, col("Predikat"), bottom, col("Predikat"));
  const status = range(p.bodyTop, col("Keterangan"), bottom, col("Keterangan"));
  sheet.conditional.push(
    { range: predikat, equals: "Tidak Memuaskan", fill: "#F8CBAD" },
    { range: predikat, equals: "Kurang Memuaskan", fill: "#FCE4D6" },
    { range: status, equals: "Tidak tercapai", fill: "#F8CBAD" },
    { range: status, equals: "Belum dapat diukur", fill: "#FFF2CC" },
  );
}

export function planRingkasan(report: Report): SheetPlan {
  const sheet: Sheet = { rows: [], styles: [], merges: [], conditional: [] };
  const placements = layoutRingkasan(report.tables);
  const right = Math.max(WIDTHS.length, ...placements.map((p) => p.width)) - 1;
  const judul = ["Ringkasan Capaian Kinerja", report.unit, report.tahun === null ? null : `Tahun ${report.tahun}`]
    .filter((s) => s !== null)
    .join(" ");
  put(sheet, 0, 0, { v: judul });
  put(sheet, 1, 0, {
    v: "BAB III Akuntabilitas Kinerja. Semua angka dihitung ulang dari data setiap kali Validasi & Ringkas dijalankan; lembar ini ditulis ulang, jangan diisi manual.",
  });
  sheet.merges.push(range(0, 0, 0, right), range(1, 0, 1, right));
  sheet.styles.push({ range: "A1", style: { bold: true, size: 14 } }, { range: "A2", style: { italic: true, wrap: true } });

  for (const p of placements) {
    const { table } = p;
    put(sheet, p.titleRow, 0, { v: `Tabel 3.${table.nomor} ${table.title}` });
    sheet.merges.push(range(p.titleRow, 0, p.titleRow, p.width - 1));
    sheet.styles.push({ range: range(p.titleRow, 0, p.titleRow, 0), style: { bold: true, size: 12 } });
    writeHeader(sheet, p);
    table.rows.forEach((r, i) => writeRow(sheet, p, r, p.bodyTop + i));
    if (p.noteRow !== null && table.note) {
      put(sheet, p.noteRow, 0, { v: table.note });
      sheet.merges.push(range(p.noteRow, 0, p.noteRow, p.width - 1));
      sheet.styles.push({ range: range(p.noteRow, 0, p.noteRow, 0), style: { italic: true, wrap: true } });
    }
    highlight(sheet, p);
  }

  return {
    name: SHEET.ringkasan,
    kind: "output",
    rows: sheet.rows,
    widths: WIDTHS,
    styles: sheet.styles,
    merges: sheet.merges,
    conditional: sheet.conditional,
    print: { landscape: true, fitToWidth: true, repeatRows: TITLE_ROWS },
    tabColor: "#2F5597",
  };
}
