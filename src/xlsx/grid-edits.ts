// Takes cells out of a grid GridBuilder built, leaving the grid exactly as if they had never
// been set: rows end at their last cell, the grid ends at its last row, and no formats or
// formulas array is left without an entry. The fast reader needs it because a sheet's merges
// and hyperlinks come after its cells in the XML, yet decide what those cells read as.
import type { Grid } from "../workbook/grid";

export class GridEditor {
  private readonly touched = new Set<number>();

  constructor(private readonly grid: Grid) {}

  /** Removes the cell's value, number format and formula. */
  removeCell(row: number, col: number): void {
    const values = this.grid.values[row];
    if (values === undefined || col >= values.length) return; // never set
    if (values[col] === null && this.formula(row, col) === null) return;
    values[col] = null;
    clearAt(this.grid.formats, row, col);
    clearAt(this.grid.formulas, row, col);
    this.touched.add(row);
  }

  /** Removes the cell's formula; a cell left without a value is removed. */
  removeFormula(row: number, col: number): void {
    if (this.formula(row, col) === null) return;
    if (this.grid.values[row][col] === null) {
      this.removeCell(row, col);
      return;
    }
    clearAt(this.grid.formulas, row, col);
    this.touched.add(row);
  }

  /** Trims what the removals left at the ends of rows and of the grid. */
  finish(): void {
    if (this.touched.size === 0) return;
    const { grid } = this;
    for (const r of this.touched) {
      const values = grid.values[r];
      while (values.length > 0 && values[values.length - 1] === null && this.formula(r, values.length - 1) === null) values.pop();
      trimRow(grid.formats, r);
      trimRow(grid.formulas, r);
    }
    trimRows(grid.values);
    if (grid.formats && trimRows(grid.formats) === 0) delete grid.formats;
    if (grid.formulas && trimRows(grid.formulas) === 0) delete grid.formulas;
  }

  private formula(row: number, col: number): string | null {
    return this.grid.formulas?.[row]?.[col] ?? null;
  }
}

function clearAt(rows: (string | null)[][] | undefined, row: number, col: number): void {
  const cells = rows?.[row];
  if (cells !== undefined && col < cells.length) cells[col] = null;
}

function trimRow(rows: (string | null)[][] | undefined, row: number): void {
  const cells = rows?.[row];
  if (cells === undefined) return;
  while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
}

/** Drops trailing empty rows; the number of rows left. */
function trimRows(rows: unknown[][]): number {
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return rows.length;
}
