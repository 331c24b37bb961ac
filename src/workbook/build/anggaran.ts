// Budget lines from anggaran and per-unit tables: what the line is (output, kegiatan, program,
// jenis belanja, unit) from its label column and wording; this year's figures and last
// year's (year-on-year tables "Anggaran 2024 | Realisasi 2024 | % | Anggaran 2025 | …").
// A Kanwil's per-unit table with amounts per jenis belanja ("Unit Kerja | Belanja Pegawai |
// Belanja Barang | Belanja Modal | Total Pagu | Realisasi") gives each UPT row a "unit" line
// (its totals) and one "jenis-belanja" line per jenis with the UPT as its unit.
import type { AnggaranKind, AnggaranLine, CellRef, ColumnRole, DetectedTable, Figure, TableColumn, TableRow } from "../../core/model";
import type { ScannedTable } from "../detect/table-read";
import { stripEnumerator } from "../detect/text";
import { cellRef } from "./figures";
import { twIndex } from "./indikator-row";
import { sectionYear, tableYear } from "./unit";

/** "Program …" (and its frequent typo "Progran …"). */
const PROGRAM = /^progra[mn]\b/i;
const JENIS_BELANJA = /^(?:5\d\s|belanja\b)/i;
const KODE = /^(\d{2,}(?:\.[0-9A-Z]+)*)\s+\S/;
const AMOUNT_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(["pagu", "realisasi-anggaran", "blokir", "sisa"]);
/** Jenis belanja by account, as the lines of a UPT's breakdown name them. */
const JENIS_URAIAN: Record<string, string> = {
  "51": "51 Belanja Pegawai",
  "52": "52 Belanja Barang",
  "53": "53 Belanja Modal",
  "57": "57 Belanja Bantuan Sosial",
};

/** Label columns in the order that names a line, with the kind each gives. */
const LABELS: [ColumnRole, AnggaranKind][] = [
  ["output", "output"],
  ["kegiatan", "kegiatan"],
  ["program", "program"],
  ["jenis-belanja", "jenis-belanja"],
  ["unit", "unit"],
  ["sasaran", "lain"],
  ["indikator", "lain"],
];

function kindOfText(text: string, fallback: AnggaranKind): AnggaranKind {
  if (PROGRAM.test(text)) return "program";
  if (JENIS_BELANJA.test(text)) return "jenis-belanja";
  return fallback === "lain" ? "kegiatan" : fallback;
}

/** A column as the lines read it: its role (a "total" beside amounts per jenis is the pagu), its jenis, and whether its year counts. */
interface LineColumn {
  c: TableColumn;
  i: number;
  role: ColumnRole;
  jenis: string | null;
  /** Last year's figures go beside this year's; older years stay in the table only. */
  counted: boolean;
  earlier: boolean;
}

/** What every row of one table shares: worked out once per table. */
interface TablePlan {
  t: ScannedTable;
  perUnit: boolean;
  latest: number | null;
  own: LineColumn[];
  byJenis: LineColumn[];
  /** tableYear(t), asked only for a line with no other year. */
  tableYear: () => number | null;
}

export function anggaranLines(t: ScannedTable, reportYear: number | null): AnggaranLine[] {
  const { table, meta } = t;
  const moneyCols = table.columns.filter((c) => AMOUNT_ROLES.has(c.role));
  if (moneyCols.length === 0) return [];
  const years = moneyCols.map((c) => c.tahun).filter((y): y is number => y !== null);
  // Without years on the amounts, a year elsewhere in the header ("TARGET TAHUN 2025") is the line's.
  const anyYear = table.columns.map((c) => c.tahun).filter((y): y is number => y !== null);
  const latest = years.length > 0 ? Math.max(...years) : anyYear.length > 0 ? Math.max(...anyYear) : null;
  const before = years.filter((y) => latest !== null && y < latest);
  const previous = before.length > 0 ? Math.max(...before) : null;
  const amountYears = years.length > 0;
  // Beside amounts per jenis belanja, the "total" column is the line's own pagu.
  const perJenis = meta.some((m) => m.jenis !== null);
  const columns: LineColumn[] = table.columns.map((c, i) => ({
    c,
    i,
    role: c.role === "total" && perJenis ? "pagu" : c.role,
    jenis: meta[i]?.jenis ?? null,
    counted: !(amountYears && c.tahun !== null && c.tahun !== latest && c.tahun !== previous),
    earlier: c.tahun !== null && c.tahun === previous,
  }));
  let year: number | null | undefined;
  const plan: TablePlan = {
    t,
    perUnit: table.kind === "per-unit",
    latest,
    own: columns.filter((x) => x.jenis === null),
    byJenis: columns.filter((x) => x.jenis !== null),
    tableYear: () => (year === undefined ? (year = tableYear(t)) : year),
  };
  const out: AnggaranLine[] = [];
  // The UPTs' jenis belanja lines after the table's own lines: a list of one kind, then one
  // of the next, as SAKIP Anggaran groups them.
  const jenis: AnggaranLine[] = [];
  for (const row of table.rows) {
    if (row.kind !== "data") continue;
    for (const line of linesOf(plan, row, reportYear)) {
      (line.kind === "jenis-belanja" && line.unit !== null ? jenis : out).push(line);
    }
  }
  return out.concat(jenis);
}

/** The text of the first column of a role that has one on the row, with its column. */
function labelOf(table: DetectedTable, row: TableRow, role: ColumnRole): { text: string; col: number } | null {
  const i = table.columns.findIndex((c, k) => c.role === role && row.texts[k] !== null);
  return i < 0 ? null : { text: row.texts[i] as string, col: table.columns[i].col };
}

/** The row's line, and for a UPT's row its lines per jenis belanja. */
function linesOf(plan: TablePlan, row: TableRow, reportYear: number | null): AnggaranLine[] {
  const { table } = plan.t;
  let label: { text: string; col: number } | null = null;
  let kind: AnggaranKind = "lain";
  for (const [role, k] of LABELS) {
    label = labelOf(table, row, role);
    if (label) {
      kind = plan.perUnit ? "unit" : role === "unit" ? "unit" : kindOfText(label.text, k);
      break;
    }
  }
  if (label === null) return [];
  const uraian = stripEnumerator(label.text);
  const unit = labelOf(table, row, "unit")?.text ?? null;
  const blank = (lineKind: AnggaranKind, text: string, ref: CellRef): AnggaranLine => ({
    kind: lineKind,
    uraian: text,
    kode: KODE.exec(text)?.[1] ?? null,
    kegiatan: lineKind === "output" ? (labelOf(table, row, "kegiatan")?.text ?? null) : null,
    unit,
    tahun: plan.latest ?? sectionYear(row) ?? plan.tableYear() ?? reportYear,
    volumeTarget: null,
    volumeRealisasi: null,
    pagu: null,
    blokir: null,
    realisasi: null,
    realisasiTw: [null, null, null, null],
    sisa: null,
    serapanStated: null,
    paguTahunLalu: null,
    realisasiTahunLalu: null,
    ref,
  });
  const out: AnggaranLine[] = [];
  const figures = row.figures;
  if (plan.own.some((x) => figures[x.i] !== null && AMOUNT_ROLES.has(x.role))) {
    const line = blank(kind, uraian, cellRef(table.sheet, row.row, label.col));
    for (const x of plan.own) {
      const f = figures[x.i];
      if (f !== null && x.counted) place(line, x.role, x.c.periode, f, x.earlier);
    }
    out.push(line);
  }
  if (unit === null || plan.byJenis.length === 0) return out;
  const counted = plan.byJenis.filter((x) => figures[x.i] !== null && x.counted);
  for (const kode of new Set(counted.map((x) => x.jenis as string))) {
    const parts = counted.filter((x) => x.jenis === kode);
    const first = figures[parts[0].i] as Figure;
    const line = blank("jenis-belanja", JENIS_URAIAN[kode] ?? kode, first.ref ?? cellRef(table.sheet, row.row, parts[0].c.col));
    for (const x of parts) place(line, x.role, x.c.periode, figures[x.i] as Figure, x.earlier);
    out.push(line);
  }
  return out;
}

function place(line: AnggaranLine, role: ColumnRole, periode: string | null, f: Figure, earlier: boolean): void {
  const tw = twIndex(periode);
  switch (role) {
    case "pagu":
      if (earlier) line.paguTahunLalu ??= f;
      else line.pagu ??= f;
      return;
    case "realisasi-anggaran":
      if (earlier) line.realisasiTahunLalu ??= f;
      else if (tw >= 0) line.realisasiTw[tw] ??= f;
      else if (periode === null) line.realisasi ??= f;
      return;
    case "blokir":
      if (!earlier) line.blokir ??= f;
      return;
    case "sisa":
      if (!earlier) line.sisa ??= f;
      return;
    case "serapan":
      if (!earlier) line.serapanStated ??= f;
      return;
    case "volume-target":
      if (!earlier) line.volumeTarget ??= f;
      return;
    case "volume-realisasi":
      if (!earlier) line.volumeRealisasi ??= f;
      return;
    default:
      return;
  }
}
