// Reading one table under its header: rows classified, merged or blank sasaran carried down,
// multi-indicator cells split into one row per indicator, figures read, percent points made
// fractions, and Rencana Aksi quarter rows ("TW I" … "TW IV") marked as kind "periode".
import type { CellRef, ColumnRole, DetectedTable, Figure, PeriodKey, TableColumn, TableKind, TableRow, Tingkat } from "../../core/model";
import { headerColumn, type HeaderBlock, type HeaderColumn } from "./header-block";
import type { Scanner } from "./row-scan";
import { FIGURE_ROLES, PERCENT_ROLES } from "./column-roles";
import { asFraction, fromPoints, readFigure, type ReadNotes } from "./figures";
import { tableRows, type RawRow } from "./row-kind";
import { splitEnumerated, splitValues } from "./split";
import { twLabel } from "./text";

/** What the model builder needs about a column beyond TableColumn. */
export interface ColumnMeta {
  kumulatif: boolean;
  lastYear: boolean;
  tingkat: Tingkat | null;
  /** Jenis belanja of an amount column ("51"), or null. */
  jenis: string | null;
}

/** One cell of a SAKIP input sheet, by header name. */
export interface InputCell {
  text: string | null;
  figure: Figure | null;
  /** The cell holds a formula (the product's own, unless the user replaced it). */
  formula: boolean;
  ref: CellRef;
}

export interface ScannedTable {
  table: DetectedTable;
  meta: ColumnMeta[];
  /** Last sheet row the table uses. */
  lastRow: number;
  /** SAKIP input sheets: every named cell of each row, aligned with table.rows. */
  input: Map<string, InputCell>[] | null;
}

/** Text columns carried down over blank (or merged) cells of the rows below. */
const CARRY: ReadonlySet<ColumnRole> = new Set<ColumnRole>(["sasaran", "tingkat", "program", "kegiatan"]);
/** An indicator's own texts, which a per-unit table may write once over the rows of its units. */
const INDIKATOR_TEXTS: ReadonlySet<ColumnRole> = new Set<ColumnRole>(["indikator", "satuan", "polaritas", "formulasi"]);

/**
 * A Kanwil's per-unit table writes the unit once over its rows (merged or blank below), or in
 * a table of indicators, either the unit once over its indicators or the indicator once over
 * its units. A row states its own unit, its own indicator, or both: what it leaves blank is
 * the row above's. `carried` holds the last stated texts, by column.
 */
function carryUnit(columns: TableColumn[], texts: (string | null)[], carried: (string | null)[], iUnit: number, iIndikator: number): void {
  const ownUnit = texts[iUnit] !== null;
  const ownIndikator = iIndikator < 0 || texts[iIndikator] !== null;
  if (ownIndikator && !ownUnit) texts[iUnit] = carried[iUnit];
  if (!ownIndikator && ownUnit && carried[iIndikator] !== null) {
    columns.forEach((c, i) => {
      if (INDIKATOR_TEXTS.has(c.role) && texts[i] === null) texts[i] = carried[i];
    });
  }
  if (ownUnit) carried[iUnit] = texts[iUnit];
  if (ownIndikator && iIndikator >= 0) {
    columns.forEach((c, i) => {
      if (INDIKATOR_TEXTS.has(c.role)) carried[i] = texts[i];
    });
  }
}
/** Columns whose figures are in the indicator's unit (a Satuan "%" makes them percentages). */
const SATUAN_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(["target", "realisasi", "target-renstra", "standar-nasional"]);
/** A plain value up to this is taken as a fraction in a percent column (0.95 = 95%). */
const FRACTION_LIMIT = 1.5;
const PERCENT_SATUAN = /^(?:%|persen|persentase|prosentase)$/i;

function toColumn(h: HeaderColumn): TableColumn {
  return {
    role: h.role as ColumnRole,
    col: h.col,
    label: h.label,
    tahun: h.tahun,
    periode: h.periode,
    money: h.money,
    percentPoints: h.percentPoints,
  };
}

/** The leftmost column holding quarter labels in at least two rows (Rencana Aksi layouts). */
function markerColumn(sc: Scanner, rows: RawRow[], left: number, right: number): number | null {
  const counts = new Map<number, number>();
  for (const { row, kind } of rows) {
    if (kind !== "data") continue;
    const width = Math.min(sc.view.width(row), right + 1);
    for (let c = left; c < width; c++) {
      const v = sc.view.value(row, c);
      if (typeof v === "string" && twLabel(v.trim()) !== null) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
  }
  let best: number | null = null;
  for (const [c, n] of counts) if (n >= 2 && (best === null || c < best)) best = c;
  return best;
}

export function readTable(
  sc: Scanner,
  block: HeaderBlock,
  left: number,
  right: number,
  headerCols: HeaderColumn[],
  kind: TableKind,
  title: string[],
  notes: ReadNotes,
): ScannedTable | null {
  const view = sc.view;
  const roleByCol = new Map<number, ColumnRole>();
  for (const h of headerCols) roleByCol.set(h.col, h.role as ColumnRole);
  const raw = tableRows(sc, block.bottom + 1, left, right, (c) => roleByCol.get(c) ?? null);
  if (!raw.some((r) => r.kind === "data")) return null;

  const cols = headerCols.map((h) => ({ ...h }));
  const hasIndikator = cols.some((c) => c.role === "indikator");
  if (hasIndikator && !cols.some((c) => c.role === "periode")) {
    const marker = markerColumn(sc, raw, left, right);
    if (marker !== null) {
      const existing = cols.find((c) => c.col === marker);
      if (existing) existing.role = "periode";
      else {
        cols.push({ ...headerColumn(marker, "Periode"), role: "periode" });
        cols.sort((a, b) => a.col - b.col);
      }
      kind = "rencana-aksi";
    }
  }
  const columns = cols.map(toColumn);
  const idx = (role: ColumnRole): number => columns.findIndex((c) => c.role === role);
  const iIndikator = idx("indikator");
  const iPeriode = idx("periode");
  const iSatuan = idx("satuan");
  const iUnit = idx("unit");

  // A per-unit table repeats each indicator's text for every unit: each text is split once.
  const splits = new Map<string, string[] | null>();
  const enumerated = (text: string): string[] | null => {
    let items = splits.get(text);
    if (items === undefined) splits.set(text, (items = splitEnumerated(text)));
    return items;
  };
  const rows: TableRow[] = [];
  const carried: (string | null)[] = columns.map(() => null);
  let section: string | null = null;
  let lastIndikator: string | null = null;
  for (const { row, kind: rk } of raw) {
    const texts = columns.map((c) => {
      const t = view.text(row, c.col);
      return t === "" ? null : t;
    });
    if (rk === "section") {
      section = texts.find((t) => t !== null) ?? firstText(sc, row, left, right);
      carried.fill(null);
      lastIndikator = null;
      rows.push({ row, kind: "section", section, figures: columns.map(() => null), texts });
      continue;
    }
    let rowKind: TableRow["kind"] = rk;
    if (rk === "data") {
      const marker: PeriodKey | null = iPeriode >= 0 && texts[iPeriode] ? twLabel(texts[iPeriode] as string) : null;
      if (marker !== null && iIndikator >= 0 && texts[iIndikator] === null) {
        rowKind = "periode";
        texts[iIndikator] = lastIndikator;
      }
      columns.forEach((c, i) => {
        if (!CARRY.has(c.role)) return;
        if (texts[i] === null) texts[i] = carried[i];
        else carried[i] = texts[i];
      });
      if (iUnit >= 0 && rowKind === "data") carryUnit(columns, texts, carried, iUnit, iIndikator);
      if (rowKind === "data" && iIndikator >= 0) lastIndikator = texts[iIndikator];
    } else {
      carried.fill(null);
    }
    const items = iIndikator >= 0 && texts[iIndikator] !== null && rowKind === "data" ? enumerated(texts[iIndikator] as string) : null;
    if (items === null) {
      const figures = columns.map((c) => (FIGURE_ROLES.has(c.role) ? readFigure(view, row, c.col, c, notes) : null));
      rows.push({ row, kind: rowKind, section, figures, texts });
      continue;
    }
    // Several indicators in one cell: one row each, with the i-th value of every cell that
    // holds exactly as many values.
    const pieces = columns.map((c, i) => {
      const t = texts[i];
      if (i === iIndikator || t === null) return null;
      const own = view.text(row, c.col) !== "";
      return own ? splitValues(t, items.length) : null;
    });
    columns.forEach((c, i) => {
      if (!FIGURE_ROLES.has(c.role) || pieces[i] !== null || i === iIndikator) return;
      if (view.text(row, c.col) === "" || !["target", "realisasi", "capaian"].includes(c.role)) return;
      const where = view.ref(row, c.col);
      notes.add(
        "error",
        where.sheet,
        where.cell,
        `Sel ${where.cell} tidak memuat tepat ${items.length} nilai untuk ${items.length} indikator di sel yang sama; nilainya tidak dapat dipasangkan.`,
        view.text(row, c.col),
      );
    });
    items.forEach((item, k) => {
      const itemTexts = texts.map((t, i) => (i === iIndikator ? item : (pieces[i]?.[k] ?? t)));
      const figures = columns.map((c, i) => {
        if (!FIGURE_ROLES.has(c.role)) return null;
        const piece = pieces[i]?.[k];
        if (piece !== undefined) return readFigure(view, row, c.col, c, notes, piece);
        return items.length > 1 && view.text(row, c.col) !== "" ? null : readFigure(view, row, c.col, c, notes);
      });
      rows.push({ row, kind: rowKind, section, figures, texts: itemTexts });
    });
    lastIndikator = items[items.length - 1];
  }
  normalisePercents(columns, rows, iSatuan);
  return {
    table: { sheet: view.name, kind, title, headerTop: block.top, headerBottom: block.bottom, columns, rows },
    meta: cols.map((c) => ({ kumulatif: c.kumulatif, lastYear: c.lastYear, tingkat: c.tingkat, jenis: c.jenis })),
    lastRow: raw[raw.length - 1].row,
    input: null,
  };
}

function firstText(sc: Scanner, row: number, left: number, right: number): string | null {
  for (let c = left; c <= right; c++) {
    const t = sc.view.text(row, c);
    if (t !== "") return t;
  }
  return null;
}

function plain(f: Figure | null): f is Figure {
  return f !== null && f.status === "ok" && f.value !== null && !f.percent && f.unit === null;
}

/**
 * Percent columns hold percent points (84,59 meaning 84,59%) or fractions (0.8459): a header
 * "(%)" says points; a capaian/serapan column without it is points when any plain value in it
 * is above 1.5, fractions otherwise. Target and realisasi cells of rows whose satuan is "%"
 * follow the same rule. Figures in the model are always fractions.
 */
export function normalisePercents(columns: TableColumn[], rows: TableRow[], iSatuan: number): void {
  // The columns whose cells can be percentages, read row by row (each row's figures once,
  // not once per column: a table's rows are many). Each column's cells are still judged on
  // their own column: what one column finds never changes another.
  const cols = columns.flatMap((c, i) => {
    if (!FIGURE_ROLES.has(c.role)) return [];
    const inherent = PERCENT_ROLES.has(c.role);
    const bySatuan = SATUAN_ROLES.has(c.role) && iSatuan >= 0;
    return inherent || c.percentPoints || bySatuan ? [{ c, i, inherent, bySatuan, any: false, big: false }] : [];
  });
  if (cols.length === 0) return;
  // Whether each row's Satuan says "%", read when a column first asks.
  const satuan: (boolean | undefined)[] = [];
  const percentRow = (col: (typeof cols)[number], k: number): boolean =>
    col.inherent || col.c.percentPoints || (col.bySatuan && (satuan[k] ??= PERCENT_SATUAN.test(rows[k].texts[iSatuan] ?? "")));
  for (let k = 0; k < rows.length; k++) {
    const figures = rows[k].figures;
    for (const col of cols) {
      const f = figures[col.i];
      if (!plain(f) || !percentRow(col, k)) continue;
      col.any = true;
      if (Math.abs(f.value as number) > FRACTION_LIMIT) col.big = true;
    }
  }
  const changed = cols.filter((col) => col.any);
  for (const col of changed) if (col.inherent && (col.c.percentPoints || col.big)) col.c.percentPoints = true;
  if (changed.length === 0) return;
  for (let k = 0; k < rows.length; k++) {
    const figures = rows[k].figures;
    for (const col of changed) {
      const f = figures[col.i];
      if (plain(f) && percentRow(col, k)) figures[col.i] = col.c.percentPoints || col.big ? fromPoints(f) : asFraction(f);
    }
  }
}
