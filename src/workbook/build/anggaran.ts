// Budget lines from anggaran and per-unit tables: what the line is (output, kegiatan, program,
// jenis belanja, unit) from its label column and wording; this year's figures and last
// year's (year-on-year tables "Anggaran 2024 | Realisasi 2024 | % | Anggaran 2025 | …").
import type { AnggaranKind, AnggaranLine, ColumnRole, Figure, TableRow } from "../../core/model";
import type { ScannedTable } from "../detect/table-read";
import { stripEnumerator } from "../detect/text";
import { cellRef } from "./figures";
import { sectionYear, tableYear } from "./unit";

/** "Program …" (and its frequent typo "Progran …"). */
const PROGRAM = /^progra[mn]\b/i;
const JENIS_BELANJA = /^(?:5\d\s|belanja\b)/i;
const KODE = /^(\d{2,}(?:\.[0-9A-Z]+)*)\s+\S/;
const AMOUNT_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(["pagu", "realisasi-anggaran", "blokir", "sisa"]);

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
  for (const row of table.rows) {
    if (row.kind !== "data") continue;
    const line = lineOf(t, row, perUnit, { latest, previous, amountYears: years.length > 0 }, reportYear);
    if (line) out.push(line);
  }
  return out;
}

function lineOf(
  t: ScannedTable,
  row: TableRow,
  perUnit: boolean,
  years: { latest: number | null; previous: number | null; amountYears: boolean },
  reportYear: number | null,
): AnggaranLine | null {
  const { latest, previous, amountYears } = years;
  const { table } = t;
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
  if (label === null) return null;
  const figures = table.columns.map((c, i) => ({ c, f: row.figures[i] }));
  if (!figures.some(({ c, f }) => f !== null && AMOUNT_ROLES.has(c.role))) return null;

  const uraian = stripEnumerator(label.text);
  const kode = KODE.exec(uraian)?.[1] ?? null;
  const year = latest ?? sectionYear(row) ?? tableYear(t) ?? reportYear;
  const line: AnggaranLine = {
    kind,
    uraian,
    kode,
    kegiatan: kind === "output" ? (textOf("kegiatan")?.text ?? null) : null,
    unit: textOf("unit")?.text ?? null,
    tahun: year,
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
    ref: cellRef(table.sheet, row.row, label.col),
  };
  for (const { c, f } of figures) {
    // Last year's figures go beside this year's; older years stay in the table only.
    if (f === null || (amountYears && c.tahun !== null && c.tahun !== latest && c.tahun !== previous)) continue;
    place(line, c.role, c.periode, f, c.tahun !== null && c.tahun === previous);
  }
  return line;
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
