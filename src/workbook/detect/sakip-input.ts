// The SAKIP input sheets (layout.ts) read back: one header row with the contract's names, then
// one row per line. Their columns are known by name, so no synonym guessing is involved.
import type { ColumnRole, DetectedTable, TableColumn, TableRow } from "../../core/model";
import { ANGGARAN_HEADERS, PK_HEADERS, REALISASI_HEADERS, RENCANA_AKSI_HEADERS, SHEET } from "../sheets/layout";
import { readFigure, type ReadNotes } from "./figures";
import type { SheetView } from "./sheet-view";
import { isTotalText } from "./row-kind";
import { normalisePercents, type InputCell, type ScannedTable } from "./table-read";
import { fold, isExcelError, twLabel } from "./text";

const HEADERS = new Map<string, readonly string[]>([
  [SHEET.pk, PK_HEADERS],
  [SHEET.realisasi, REALISASI_HEADERS],
  [SHEET.anggaran, ANGGARAN_HEADERS],
  [SHEET.rencanaAksi, RENCANA_AKSI_HEADERS],
]);

interface Role {
  role: ColumnRole;
  periode?: string;
  money?: boolean;
}

const TW_NAMES = ["TW I", "TW II", "TW III", "TW IV"];

/** Roles of the contract's headers (columns not listed are read by name by the model builder). */
function roleOf(sheet: string, header: string): Role | null {
  const tw = TW_NAMES.findIndex((t) => header.endsWith(` ${t}`));
  const periode = tw >= 0 ? `TW${tw + 1}` : undefined;
  const base = tw >= 0 ? header.slice(0, header.length - TW_NAMES[tw].length - 1) : header;
  const anggaran = sheet === SHEET.anggaran || sheet === SHEET.rencanaAksi;
  switch (base) {
    case "No":
      return { role: "no" };
    case "Tingkat":
      return { role: "tingkat" };
    case "Sasaran":
      return { role: "sasaran" };
    case "Indikator":
      return { role: "indikator" };
    case "Satuan":
      return { role: "satuan" };
    case "Polaritas":
      return { role: "polaritas" };
    case "Formulasi":
      return { role: "formulasi" };
    case "Target":
      return { role: "target", periode };
    case "Target Renstra":
      return { role: "target-renstra" };
    case "Standar Nasional":
      return { role: "standar-nasional" };
    case "Unit Kerja":
      return { role: "unit" };
    case "Pembilang":
      return { role: "pembilang", periode };
    case "Penyebut":
      return { role: "penyebut", periode };
    case "Realisasi":
      return anggaran ? { role: "realisasi-anggaran", periode, money: true } : { role: "realisasi", periode };
    case "Realisasi Tahun":
      return { role: "realisasi" };
    case "Capaian":
      return { role: "capaian" };
    case "Predikat":
      return { role: "predikat" };
    case "Keterangan":
      return { role: "keterangan" };
    case "Kegiatan":
      return { role: "kegiatan" };
    case "Uraian":
      return { role: "output" };
    case "Volume Target":
      return { role: "volume-target" };
    case "Volume Realisasi":
      return { role: "volume-realisasi" };
    case "Pagu":
      return { role: "pagu", money: true };
    case "Blokir":
      return { role: "blokir", money: true };
    case "Sisa":
      return { role: "sisa", money: true };
    case "Serapan":
      return { role: "serapan" };
    case "Periode":
      return { role: "periode" };
    case "Rencana Kegiatan":
      return { role: "rencana-kegiatan" };
    case "Rencana Penarikan Dana":
      return { role: "rencana-penarikan", money: true };
    case "Realisasi Anggaran":
      return { role: "realisasi-anggaran", money: true };
    case "Data Dukung":
      return { role: "data-dukung" };
    case "Status":
      return { role: "status" };
    default:
      return null;
  }
}

export function isInputSheet(name: string): boolean {
  return HEADERS.has(name);
}

/** How many header rows a SAKIP sheet may have above its own (a title someone added). */
const HEADER_SEARCH = 5;

export function readInputSheet(view: SheetView, notes: ReadNotes): ScannedTable | null {
  const expected = HEADERS.get(view.name);
  if (expected === undefined) return null;
  const wanted = new Set(expected.map(fold));
  let headerRow = -1;
  for (let r = 0; r < Math.min(HEADER_SEARCH, view.rowCount) && headerRow < 0; r++) {
    let hits = 0;
    for (let c = 0; c < view.width(r); c++) if (wanted.has(fold(view.text(r, c)))) hits++;
    if (hits >= Math.min(3, expected.length)) headerRow = r;
  }
  if (headerRow < 0) return null;

  const headerIndex = new Map<string, number>();
  const byFold = new Map(expected.map((h) => [fold(h), h]));
  for (let c = 0; c < view.width(headerRow); c++) {
    const h = byFold.get(fold(view.text(headerRow, c)));
    if (h !== undefined && !headerIndex.has(h)) headerIndex.set(h, c);
  }
  const columns: TableColumn[] = [];
  for (const [h, c] of headerIndex) {
    const role = roleOf(view.name, h);
    if (role === null) continue;
    columns.push({
      role: role.role,
      col: c,
      label: h,
      tahun: null,
      periode: role.periode ?? null,
      money: role.money === true,
      percentPoints: false,
    });
  }
  columns.sort((a, b) => a.col - b.col);
  const roleAt = new Map(columns.map((c, i) => [c.col, i]));

  const rows: TableRow[] = [];
  const input: Map<string, InputCell>[] = [];
  let lastRow = headerRow;
  for (let r = headerRow + 1; r < view.rowCount; r++) {
    const cells = new Map<string, InputCell>();
    let content = false;
    for (const [h, c] of headerIndex) {
      const t = view.text(r, c);
      const i = roleAt.get(c);
      const column = i === undefined ? null : columns[i];
      const numeric = column !== null ? FIGURE_COLUMN.has(column.role) : NUMERIC_HEADERS.has(h);
      const formula = view.formula(r, c) !== null;
      const value = view.value(r, c);
      // The product's own formulas are not the user's statements: no value yet, or an error
      // result ("#N/A" while a target is empty), is neither a figure nor a slip.
      const ownResult = formula && (value === null || isExcelError(value));
      const money = column?.money ?? (view.name === SHEET.anggaran && MONEY_HEADERS.has(h));
      const figure = numeric && !ownResult ? readFigure(view, r, c, { money, label: h }, notes) : null;
      cells.set(h, { text: t === "" ? null : t, figure, formula, ref: view.ref(r, c) });
      if (t !== "" && h !== "No") content = true;
    }
    if (!content) continue;
    lastRow = r;
    const texts = columns.map((c) => cells.get(c.label)?.text ?? null);
    const figures = columns.map((c) => cells.get(c.label)?.figure ?? null);
    const total = texts.some((t) => t !== null && isTotalText(t));
    const periodeCol = columns.findIndex((c) => c.role === "periode");
    const isPeriode = periodeCol >= 0 && texts[periodeCol] !== null && twLabel(texts[periodeCol] as string) !== null;
    rows.push({ row: r, kind: total ? "total" : isPeriode ? "periode" : "data", section: null, figures, texts });
    input.push(cells);
  }
  // A SAKIP sheet with only its header (a fresh template) holds no table yet.
  if (rows.length === 0) return null;
  normalisePercents(columns, rows, columns.findIndex((c) => c.role === "satuan"));
  // Keep the named cells in step with the normalised figures.
  rows.forEach((row, k) => columns.forEach((c, i) => {
    const cell = input[k].get(c.label);
    if (cell) cell.figure = row.figures[i];
  }));
  const table: DetectedTable = {
    sheet: view.name,
    kind: "sakip-input",
    title: [],
    headerTop: headerRow,
    headerBottom: headerRow,
    columns,
    rows,
  };
  return {
    table,
    meta: columns.map(() => ({ kumulatif: false, lastYear: false, tingkat: null, jenis: null })),
    lastRow,
    input,
  };
}

/** Headers without a column role that still hold numbers. */
const NUMERIC_HEADERS = new Set(["Tahun Renstra", "Tahun", "Realisasi Tahun Lalu", "Pagu Tahun Lalu", "Serapan Tahun Lalu", "Pagu Efektif"]);
const MONEY_HEADERS = new Set(["Pagu Tahun Lalu", "Realisasi Tahun Lalu", "Pagu Efektif"]);

const FIGURE_COLUMN = new Set<ColumnRole>([
  "target",
  "target-renstra",
  "standar-nasional",
  "pembilang",
  "penyebut",
  "realisasi",
  "capaian",
  "volume-target",
  "volume-realisasi",
  "pagu",
  "blokir",
  "realisasi-anggaran",
  "sisa",
  "serapan",
  "rencana-penarikan",
]);
