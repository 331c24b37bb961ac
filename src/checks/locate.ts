// Where a figure an indicator lacks should be: the cell of a column (by role and period) on a
// row the indicator was read from. Used for findings about something absent (a missing
// target or realisasi) or about the indicator as a whole (its polarity).
import type { CellRef, DetectedTable, Indikator, TableColumn } from "../core/model";
import { a1, parseA1 } from "../workbook/a1";

/** Each table's rows as a set: cellFor runs once per indicator, so scanning them would be quadratic. */
const TABLE_ROWS = new WeakMap<DetectedTable, Set<number>>();

function hasRow(t: DetectedTable, row: number): boolean {
  let rows = TABLE_ROWS.get(t);
  if (rows === undefined) {
    rows = new Set(t.rows.map((r) => r.row));
    TABLE_ROWS.set(t, rows);
  }
  return rows.has(row);
}

export function cellFor(
  tables: DetectedTable[],
  ind: Indikator,
  pick: (t: DetectedTable) => TableColumn | undefined,
): CellRef | null {
  for (const src of ind.sources) {
    const at = parseA1(src.cell);
    if (!at) continue;
    for (const t of tables) {
      if (t.sheet !== src.sheet || !hasRow(t, at.row)) continue;
      const c = pick(t);
      if (c) return { sheet: t.sheet, cell: a1(at.row, c.col) };
    }
  }
  return ind.sources[0] ?? null;
}
