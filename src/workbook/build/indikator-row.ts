// One indicator as one row of a kinerja (or Rencana Aksi) table states it. Rows of other
// tables that are the same indicator are merged into it later (merge.ts).
import type { DetectedTable, Figure, Indikator, Polaritas, RealisasiEntry, TableColumn, TableRow, Tingkat, YearFigure } from "../../core/model";
import { parsePolaritas } from "../../core/polaritas";
import type { ColumnMeta, ScannedTable } from "../detect/table-read";
import { stripEnumerator } from "../detect/text";
import { indikatorKey, unitKey, withUnit } from "../match";
import { cellRef, isOk } from "./figures";
import { sectionYear } from "./unit";

/**
 * Words in an indicator's own cell that state negative polarity ("Persentase residivis
 * (berlaku terbalik)"). The same words in a keterangan are only a hint: reports contradict
 * them with their own figures, so the polarity-suspect check asks the user instead.
 */
const NEGATIVE_WORDS = /berlaku\s+terbalik|\(\s*negatif\s*\)|polaritas\s*:?\s*negatif/i;
const PERCENT_SATUAN = /^(?:%|persen|persentase|prosentase)$/i;
const UNBALANCED_CLOSE = /\)\s*$/;

export function emptyIndikator(uraian: string, key: string): Indikator {
  return {
    key,
    no: null,
    kode: null,
    uraian,
    sasaran: null,
    tingkat: null,
    satuan: null,
    polaritas: "positif",
    polaritasStated: false,
    formulasi: null,
    target: null,
    targetTw: [null, null, null, null],
    targetRenstra: [],
    riwayat: [],
    standarNasional: null,
    realisasi: [],
    kumulatif: null,
    capaianStated: null,
    predikatStated: null,
    keterangan: [],
    kegiatan: [],
    sources: [],
    conflicts: [],
  };
}

/** The indicator's wording as shown: enumerator and a stray closing parenthesis dropped. */
export function cleanUraian(text: string): string {
  let s = stripEnumerator(text);
  const opens = (s.match(/\(/g) ?? []).length;
  const closes = (s.match(/\)/g) ?? []).length;
  if (closes > opens) s = s.replace(UNBALANCED_CLOSE, "").trim();
  return s;
}

export function normaliseSatuan(text: string | null): string | null {
  if (text === null) return null;
  const t = text.trim();
  if (t === "") return null;
  return PERCENT_SATUAN.test(t) ? "%" : t;
}

export function parseTingkat(text: string | null): Tingkat | null {
  if (text === null) return null;
  const t = text.toLowerCase();
  if (/strategis|\biku\b/.test(t)) return "Sasaran Strategis";
  if (/program|\bikp\b/.test(t)) return "Sasaran Program";
  if (/kegiatan|\bikk\b/.test(t)) return "Sasaran Kegiatan";
  return null;
}

export function entryOf(ind: Indikator, periode: string): RealisasiEntry {
  let e = ind.realisasi.find((x) => x.periode === periode);
  if (!e) {
    e = { periode, nilai: null, pembilang: null, penyebut: null };
    ind.realisasi.push(e);
  }
  return e;
}

export function yearOf(ind: Indikator, tahun: number | null): YearFigure {
  let y = ind.riwayat.find((x) => x.tahun === tahun);
  if (!y) {
    y = { tahun, target: null, realisasi: null, capaian: null };
    ind.riwayat.push(y);
    ind.riwayat.sort((a, b) => (b.tahun ?? 0) - (a.tahun ?? 0));
  }
  return y;
}

const QUARTER_INDEX: ReadonlyMap<string, number> = new Map([
  ["TW1", 0],
  ["TW2", 1],
  ["TW3", 2],
  ["TW4", 3],
]);

/** 0..3 for the periods "TW1".."TW4"; -1 for any other. */
export function twIndex(periode: string | null): number {
  return periode === null ? -1 : (QUARTER_INDEX.get(periode) ?? -1);
}

export interface RowContext {
  table: ScannedTable;
  /** The report's year (settings or workbook); null when unknown. */
  year: number | null;
  /** tableYear(table), computed once per table. */
  tableYear: number | null;
  /**
   * In a Kanwil's per-unit table (rows naming two or more units), each unit text of its unit
   * column with its key (unitKey): the row's indicator is then that unit's.
   */
  units?: ReadonlyMap<string, string> | null;
  /**
   * Each indicator text seen so far with its wording (cleanUraian) and key: a per-unit table
   * repeats each wording for every unit.
   */
  keys?: Map<string, { uraian: string; key: string }>;
}

/** The year a column's figures are for in this row; null = the report's own year. */
function figureYear(c: TableColumn, meta: ColumnMeta, row: TableRow, ctx: RowContext): number | null {
  if (c.tahun !== null) return c.tahun;
  if (meta.lastYear) return ctx.year === null ? null : ctx.year - 1;
  return sectionYear(row) ?? ctx.tableYear;
}

/**
 * The indicator a row states, or null when the row names none. Figures of the report's year
 * go to target/realisasi/capaian, earlier years to riwayat, later years are left out (they
 * stay in the table).
 */
export function indikatorFromRow(row: TableRow, ctx: RowContext): Indikator | null {
  const { table, meta } = ctx.table;
  const iInd = table.columns.findIndex((c) => c.role === "indikator");
  const text = iInd >= 0 ? row.texts[iInd] : null;
  if (text === null || text.trim() === "") return null;
  let wording = ctx.keys?.get(text);
  if (wording === undefined) {
    const clean = cleanUraian(text);
    wording = { uraian: clean, key: indikatorKey(clean) };
    ctx.keys?.set(text, wording);
  }
  const { uraian, key } = wording;
  if (key === "") return null;
  const ind = emptyIndikator(uraian, key);
  if (ctx.units) {
    const iUnit = table.columns.findIndex((c) => c.role === "unit");
    const unit = iUnit >= 0 ? row.texts[iUnit] : null;
    const ownKey = unit === null ? undefined : ctx.units.get(unit);
    if (unit !== null && ownKey) {
      ind.unit = unit;
      ind.key = withUnit(key, ownKey);
    }
  }
  ind.sources.push(cellRef(table.sheet, row.row, table.columns[iInd].col));
  let polaritasText: string | null = null;

  for (let i = 0; i < table.columns.length; i++) {
    const c = table.columns[i];
    const t = row.texts[i];
    const m = meta[i];
    switch (c.role) {
      case "no":
        ind.no ??= t;
        continue;
      case "sasaran":
        if (t !== null) ind.sasaran ??= stripEnumerator(t);
        ind.tingkat ??= m.tingkat;
        continue;
      case "indikator":
        ind.tingkat ??= m.tingkat;
        continue;
      case "tingkat":
        ind.tingkat = parseTingkat(t) ?? ind.tingkat;
        continue;
      case "satuan":
        ind.satuan ??= normaliseSatuan(t);
        continue;
      case "polaritas":
        polaritasText ??= t;
        continue;
      case "formulasi":
        ind.formulasi ??= t;
        continue;
      case "predikat":
        if (t !== null) ind.predikatStated ??= { text: t, ref: cellRef(table.sheet, row.row, c.col) };
        continue;
      case "keterangan":
        if (t !== null) ind.keterangan.push({ text: t, ref: cellRef(table.sheet, row.row, c.col) });
        continue;
      case "kegiatan":
      case "program":
        if (t !== null) ind.kegiatan.push({ text: t, ref: cellRef(table.sheet, row.row, c.col) });
        continue;
      default: {
        const f = row.figures[i];
        if (f !== null) placeFigure(ind, c, m, f, figureYear(c, m, row, ctx), ctx.year);
      }
    }
  }

  const stated: Polaritas | null = parsePolaritas(polaritasText);
  if (stated !== null) {
    ind.polaritas = stated;
    ind.polaritasStated = true;
  } else if (NEGATIVE_WORDS.test(text)) {
    ind.polaritas = "negatif";
    ind.polaritasStated = true;
  }
  ind.satuan ??= satuanFrom(ind.target) ?? satuanFrom(entryFigure(ind));
  return ind;
}

function entryFigure(ind: Indikator): Figure | null {
  for (const e of ind.realisasi) if (isOk(e.nilai)) return e.nilai;
  return null;
}

export function satuanFrom(f: Figure | null): string | null {
  if (!isOk(f)) return null;
  return f.percent ? "%" : f.unit === "Rp" ? null : f.unit;
}

/** Puts one figure of a row where it belongs in the indicator (first one wins inside a row). */
export function placeFigure(
  ind: Indikator,
  c: TableColumn,
  m: ColumnMeta,
  f: Figure,
  year: number | null,
  reportYear: number | null,
): void {
  const current = year === null || reportYear === null || year === reportYear;
  if (!current && reportYear !== null && year !== null && year > reportYear && c.role !== "target-renstra") return;
  const tw = twIndex(c.periode);
  switch (c.role) {
    case "target":
      if (!current) yearOf(ind, year).target ??= f;
      else if (tw >= 0) ind.targetTw[tw] ??= f;
      else if (c.periode === null) ind.target ??= f;
      return;
    case "realisasi":
      if (!current) yearOf(ind, year).realisasi ??= f;
      else {
        entryOf(ind, c.periode ?? "TAHUN").nilai ??= f;
        if (m.kumulatif) ind.kumulatif = true;
      }
      return;
    case "capaian":
      if (!current) yearOf(ind, year).capaian ??= f;
      else if (c.periode === null) ind.capaianStated ??= f;
      return;
    case "pembilang":
      if (current) entryOf(ind, c.periode ?? "TAHUN").pembilang ??= f;
      return;
    case "penyebut":
      if (current) entryOf(ind, c.periode ?? "TAHUN").penyebut ??= f;
      return;
    case "target-renstra":
      if (!ind.targetRenstra.some((r) => r.tahun === c.tahun)) ind.targetRenstra.push({ tahun: c.tahun, figure: f });
      return;
    case "standar-nasional":
      ind.standarNasional ??= f;
      return;
    default:
      return;
  }
}

/**
 * The units a table's rows name, each text with its key, when they are two or more: a
 * Kanwil's per-unit table. One unit on every row is the workbook's own (a unit column
 * repeating its name), whose indicators stay the workbook's.
 */
export function unitsOf(t: DetectedTable): Map<string, string> | null {
  const col = t.columns.findIndex((c) => c.role === "unit");
  if (col < 0) return null;
  const units = new Map<string, string>();
  const keys = new Set<string>();
  for (const row of t.rows) {
    const text = row.kind === "data" ? row.texts[col] : null;
    if (text === null || units.has(text)) continue;
    const key = unitKey(text);
    units.set(text, key);
    if (key !== "") keys.add(key);
  }
  return keys.size >= 2 ? units : null;
}
