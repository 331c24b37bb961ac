// Reading a user's table as the rules need it: the columns of a role, the column that goes
// with another (same year and period, same block of the header), a row's figure and the
// address of its cell.
import type { CellRef, ColumnRole, DetectedTable, Figure, TableColumn, TableRow } from "../core/model";
import { a1 } from "../workbook/a1";

/**
 * The columns of the roles, left as the header has them. Asked for every row of a table, the
 * answer is kept per table (by its list of columns) and must not be changed by the caller.
 */
export function columnsOf(t: DetectedTable, ...roles: ColumnRole[]): readonly TableColumn[] {
  let known = byRoles.get(t.columns);
  if (!known) byRoles.set(t.columns, (known = new Map()));
  const key = roles.length === 1 ? roles[0] : roles.join(",");
  let found = known.get(key);
  if (!found) known.set(key, (found = t.columns.filter((c) => roles.includes(c.role))));
  return found;
}

const byRoles = new WeakMap<TableColumn[], Map<string, TableColumn[]>>();

export function figureAt(t: DetectedTable, row: TableRow, c: TableColumn): Figure | null {
  return row.figures[t.columns.indexOf(c)] ?? null;
}

export function textAt(t: DetectedTable, row: TableRow, c: TableColumn): string | null {
  const text = row.texts[t.columns.indexOf(c)];
  if (text === null || text === undefined) return null;
  const trimmed = text.trim();
  return trimmed === "" ? null : trimmed;
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
export function partners(t: DetectedTable, c: TableColumn, role: ColumnRole | readonly ColumnRole[]): readonly TableColumn[] {
  // Asked for every row of a table: the answer depends on the header only, so it is kept
  // per table and column, by the role (a list of roles by its text).
  let byColumn = memo.get(t);
  if (!byColumn) memo.set(t, (byColumn = new Map()));
  let known = byColumn.get(c.col);
  if (!known) byColumn.set(c.col, (known = new Map()));
  const key = typeof role === "string" ? role : role.join(",");
  let found = known.get(key);
  if (!found) known.set(key, (found = findPartners(t, c, typeof role === "string" ? [role] : role)));
  return found;
}

const memo = new WeakMap<DetectedTable, Map<number, Map<string, TableColumn[]>>>();

function findPartners(t: DetectedTable, c: TableColumn, roles: readonly ColumnRole[]): TableColumn[] {
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

export function partner(t: DetectedTable, c: TableColumn, role: ColumnRole | readonly ColumnRole[]): TableColumn | null {
  return partners(t, c, role)[0] ?? null;
}

/** Pagu columns, and row totals of pagu ("Total Pagu" after Pegawai | Barang | Modal). */
export const PAGU: ColumnRole[] = ["pagu", "total"];

const CUMULATIVE = /s\s*[./]\s*d\b|sampai dengan|kumulatif/i;

/** A header that says its figures are to date ("Realisasi s.d. TW II", "Kumulatif"). */
export function isCumulative(c: TableColumn): boolean {
  return CUMULATIVE.test(c.label);
}
