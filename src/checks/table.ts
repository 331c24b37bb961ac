// Reading a user's table as the rules need it: the columns of a role, the column that goes
// with another (same year and period, same block of the header), a row's figure and the
// address of its cell.
import type { CellRef, ColumnRole, DetectedTable, Figure, TableColumn, TableRow } from "../core/model";
import { a1 } from "../workbook/a1";

export function columnsOf(t: DetectedTable, ...roles: ColumnRole[]): TableColumn[] {
  return t.columns.filter((c) => roles.includes(c.role));
}

export function figureAt(t: DetectedTable, row: TableRow, c: TableColumn): Figure | null {
  return row.figures[t.columns.indexOf(c)] ?? null;
}

export function textAt(t: DetectedTable, row: TableRow, c: TableColumn): string | null {
  const text = row.texts[t.columns.indexOf(c)];
  return text === null || text === undefined || text.trim() === "" ? null : text.trim();
}

/** The first non-empty text of a role in the row ("indikator", "polaritas" …). */
export function textOf(t: DetectedTable, row: TableRow, role: ColumnRole): string | null {
  for (const c of columnsOf(t, role)) {
    const text = textAt(t, row, c);
    if (text !== null) return text;
  }
  return null;
}

/** The cell of a row under a column: the figure's own address when it has one. */
export function refAt(t: DetectedTable, row: TableRow, c: TableColumn): CellRef {
  return figureAt(t, row, c)?.ref ?? { sheet: t.sheet, cell: a1(row.row, c.col) };
}

/**
 * The header's groups: left to right, a column whose role the current group already has
 * starts a new one. "Anggaran 2024 | Realisasi 2024 | % | Anggaran 2025 | Realisasi 2025 | %"
 * is two groups; "Target | Realisasi | Capaian" twice under "Tahun 2022 | Tahun 2023" too.
 */
function groupOf(t: DetectedTable, c: TableColumn): TableColumn[] {
  let group: TableColumn[] = [];
  for (const x of [...t.columns].sort((a, b) => a.col - b.col)) {
    if (group.some((g) => g.role === x.role)) {
      if (group.includes(c)) return group;
      group = [];
    }
    group.push(x);
  }
  return group.includes(c) ? group : [];
}

/**
 * The columns of a role that belong with column `c`, best first: the same year (else one
 * without a year), the same period (else, for a column of a period, the whole-year one),
 * in c's own group of the header, and otherwise the nearest, left before right.
 */
export function partners(t: DetectedTable, c: TableColumn, role: ColumnRole | ColumnRole[]): TableColumn[] {
  const roles = Array.isArray(role) ? role : [role];
  // Asked for every row of a table: the answer depends on the header only, so it is kept.
  let known = memo.get(t);
  if (!known) memo.set(t, (known = new Map()));
  const key = `${c.col}|${roles.join(",")}`;
  let found = known.get(key);
  if (!found) known.set(key, (found = findPartners(t, c, roles)));
  return found;
}

const memo = new WeakMap<DetectedTable, Map<string, TableColumn[]>>();

function findPartners(t: DetectedTable, c: TableColumn, roles: ColumnRole[]): TableColumn[] {
  let cands = t.columns.filter((x) => roles.includes(x.role) && x !== c);
  if (c.tahun !== null) {
    const same = cands.filter((x) => x.tahun === c.tahun);
    cands = same.length > 0 ? same : cands.filter((x) => x.tahun === null);
  }
  const samePeriode = cands.filter((x) => x.periode === c.periode);
  cands = samePeriode.length > 0 || c.periode === null ? samePeriode : cands.filter((x) => x.periode === null);
  const group = groupOf(t, c);
  const inGroup = cands.filter((x) => group.includes(x));
  const pool = inGroup.length > 0 ? inGroup : cands;
  const distance = (x: TableColumn): number => (x.col < c.col ? c.col - x.col : 1000 + x.col - c.col);
  return [...pool].sort((a, b) => distance(a) - distance(b));
}

export function partner(t: DetectedTable, c: TableColumn, role: ColumnRole | ColumnRole[]): TableColumn | null {
  return partners(t, c, role)[0] ?? null;
}

/** Pagu columns, and row totals of pagu ("Total Pagu" after Pegawai | Barang | Modal). */
export const PAGU: ColumnRole[] = ["pagu", "total"];

const CUMULATIVE = /s\s*[./]\s*d\b|sampai dengan|kumulatif/i;

/** A header that says its figures are to date ("Realisasi s.d. TW II", "Kumulatif"). */
export function isCumulative(c: TableColumn): boolean {
  return CUMULATIVE.test(c.label);
}
