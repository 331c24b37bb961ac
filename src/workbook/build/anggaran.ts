// Budget lines from anggaran and per-unit tables: what the line is (output, kegiatan, program,
// jenis belanja, unit) from its label column and wording; this year's figures and last
// year's (year-on-year tables "Anggaran 2024 | Realisasi 2024 | % | Anggaran 2025 | …").
// A Kanwil's per-unit table with amounts per jenis belanja ("Unit Kerja | Belanja Pegawai |
// Belanja Barang | Belanja Modal | Total Pagu | Realisasi") gives each UPT row a "unit" line
// (its totals) and one "jenis-belanja" line per jenis with the UPT as its unit.
import type { AnggaranKind, AnggaranLine, CellRef, ColumnRole, Figure, TableRow } from "../../core/model";
import type { ScannedTable } from "../detect/table-read";
import { stripEnumerator } from "../detect/text";
import { cellRef } from "./figures";
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

export function anggaranLines(t: ScannedTable, reportYear: number | null): AnggaranLine[] {
  const { table } = t;
  const moneyCols = table.columns.filter((c) => AMOUNT_ROLES.has(c.role));
  if (moneyCols.length === 0) return [];
  const years = moneyCols.map((c) => c.tahun).filter((y): y is number => y !== null);
  // Without years on the amounts, a year elsewhere in the header ("TARGET TAHUN 2025") is the line's.
  const anyYear = table.columns.map((c) => c.tahun).filter((y): y is number => y !== null);
  const latest = years.length > 0 ? Math.max(...years) : anyYear.length > 0 ? Math.max(...anyYear) : null;
  const before = years.filter((y) => latest !== null && y < latest);
  const previous = before.length > 0 ? Math.max(...before) : null;
  const perUnit = table.kind === "per-unit";
  const out: AnggaranLine[] = [];
  // The UPTs' jenis belanja lines after the table's own lines: a list of one kind, then one
  // of the next, as SAKIP Anggaran groups them.
  const jenis: AnggaranLine[] = [];
  for (const row of table.rows) {
    if (row.kind !== "data") continue;
    for (const line of linesOf(t, row, perUnit, { latest, previous, amountYears: years.length > 0 }, reportYear)) {
      (line.kind === "jenis-belanja" && line.unit !== null ? jenis : out).push(line);
    }
  }
  return out.concat(jenis);
}

interface Years {
  latest: number | null;
  previous: number | null;
  amountYears: boolean;
}

/** The row's line, and for a UPT's row its lines per jenis belanja. */
function linesOf(t: ScannedTable, row: TableRow, perUnit: boolean, years: Years, reportYear: number | null): AnggaranLine[] {
  const { latest, previous, amountYears } = years;
  const { table, meta } = t;
  const textOf = (role: ColumnRole): { text: string; col: number } | null => {
    const i = table.columns.findIndex((c, k) => c.role === role && row.texts[k] !== null);
    return i < 0 ? null : { text: row.texts[i] as string, col: table.columns[i].col };
  };
  let label: { text: string; col: number } | null = null;
  let kind: AnggaranKind = "lain";
  for (const [role, k] of LABELS) {
    label = textOf(role);
    if (label) {
      kind = perUnit ? "unit" : role === "unit" ? "unit" : kindOfText(label.text, k);
      break;
    }
  }
  if (label === null) return [];
  // Beside amounts per jenis belanja, the "total" column is the line's own pagu.
  const byJenis = meta.some((m) => m.jenis !== null);
  const figures = table.columns.map((c, i) => ({
    c,
    role: c.role === "total" && byJenis ? ("pagu" as const) : c.role,
    jenis: meta[i]?.jenis ?? null,
    f: row.figures[i],
  }));
  const counted = (x: (typeof figures)[number]): boolean =>
    // Last year's figures go beside this year's; older years stay in the table only.
    x.f !== null && !(amountYears && x.c.tahun !== null && x.c.tahun !== latest && x.c.tahun !== previous);

  const uraian = stripEnumerator(label.text);
  const unit = textOf("unit")?.text ?? null;
  const blank = (lineKind: AnggaranKind, text: string, ref: CellRef): AnggaranLine => ({
    kind: lineKind,
    uraian: text,
    kode: KODE.exec(text)?.[1] ?? null,
    kegiatan: lineKind === "output" ? (textOf("kegiatan")?.text ?? null) : null,
    unit,
    tahun: latest ?? sectionYear(row) ?? tableYear(t) ?? reportYear,
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
  const own = figures.filter((x) => x.jenis === null);
  if (own.some((x) => x.f !== null && AMOUNT_ROLES.has(x.role))) {
    const line = blank(kind, uraian, cellRef(table.sheet, row.row, label.col));
    for (const x of own) if (counted(x)) place(line, x.role, x.c.periode, x.f as Figure, x.c.tahun !== null && x.c.tahun === previous);
    out.push(line);
  }
  if (unit === null) return out;
  for (const kode of new Set(figures.filter((x) => x.jenis !== null && counted(x)).map((x) => x.jenis as string))) {
    const parts = figures.filter((x) => x.jenis === kode && counted(x));
    const first = parts[0].f as Figure;
    const line = blank("jenis-belanja", JENIS_URAIAN[kode] ?? kode, first.ref ?? cellRef(table.sheet, row.row, parts[0].c.col));
    for (const x of parts) place(line, x.role, x.c.periode, x.f as Figure, x.c.tahun !== null && x.c.tahun === previous);
    out.push(line);
  }
  return out;
}

function place(line: AnggaranLine, role: ColumnRole, periode: string | null, f: Figure, earlier: boolean): void {
  const tw = periode ? /^TW([1-4])$/.exec(periode) : null;
  switch (role) {
    case "pagu":
      if (earlier) line.paguTahunLalu ??= f;
      else line.pagu ??= f;
      return;
    case "realisasi-anggaran":
      if (earlier) line.realisasiTahunLalu ??= f;
      else if (tw) line.realisasiTw[Number(tw[1]) - 1] ??= f;
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
