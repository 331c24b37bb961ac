// Builds a Grid cell by cell without wasting memory on big sheets: rows that hold nothing
// share one frozen empty array, and the formats/formulas arrays only exist for rows that
// have a number format or a formula. Shared by both gateways so their grids look the same.
import type { CellValue } from "../core/model";
import type { Grid, MergeRange } from "../workbook/grid";

const EMPTY_ROW: never[] = Object.freeze([]) as unknown as never[];

export class GridBuilder {
  private readonly values: CellValue[][] = [];
  private formats: (string | null)[][] | null = null;
  private formulas: (string | null)[][] | null = null;

  /** Puts one non-empty cell. `format` "General"/null and `formula` null are not stored. */
  set(row: number, col: number, value: CellValue, format: string | null, formula: string | null): void {
    put(this.values, row, col, value);
    if (format !== null && format !== "General") {
      this.formats ??= [];
      put(this.formats, row, col, format);
    }
    if (formula !== null) {
      this.formulas ??= [];
      put(this.formulas, row, col, formula);
    }
  }

  build(name: string, merges: MergeRange[], hidden: boolean): Grid {
    const grid: Grid = { name, values: fillHoles(this.values), merges };
    if (this.formats) grid.formats = fillHoles(this.formats);
    if (this.formulas) grid.formulas = fillHoles(this.formulas);
    if (hidden) grid.hidden = true;
    return grid;
  }
}

function put<T>(rows: (T | null)[][], row: number, col: number, value: T): void {
  let cells = rows[row];
  if (cells === undefined) rows[row] = cells = [];
  // Keep rows packed: fill the gap before `col` with blanks instead of leaving holes.
  while (cells.length < col) cells.push(null);
  cells[col] = value;
}

/** Rows never touched become the shared empty row (a 1 000 000-row sheet allocates none). */
function fillHoles<T>(rows: T[][]): T[][] {
  for (let r = 0; r < rows.length; r++) if (rows[r] === undefined) rows[r] = EMPTY_ROW;
  return rows;
}
