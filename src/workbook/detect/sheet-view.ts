// Read access to one Grid that knows about merged cells. A merged range holds its value in its
// top-left cell only: whatever a gateway put in the other cells of the range is ignored, so
// a merged target is read once and a merged sasaran is carried down explicitly (rows.ts).
import type { CellRef, CellValue } from "../../core/model";
import type { Grid, MergeRange } from "../grid";
import { colName } from "../a1";
import { cellText } from "./text";

const LETTERS: string[] = [];

/** Column letters ("A", "AB"), computed once per column. */
export function columnLetters(c: number): string {
  return (LETTERS[c] ??= colName(c));
}

/** Excel's column limit; keys of merged cells are row * COLS + col. */
const COLS = 16384;

export class SheetView {
  readonly name: string;
  readonly rowCount: number;
  private readonly grid: Grid;
  /** Non-master cells of merges → the merge they belong to. */
  private readonly covered = new Map<number, MergeRange>();
  /** Master (top-left) cells of merges → their merge. */
  private readonly masters = new Map<number, MergeRange>();

  constructor(grid: Grid) {
    this.grid = grid;
    this.name = grid.name;
    this.rowCount = grid.values.length;
    for (const m of grid.merges) {
      this.masters.set(m.top * COLS + m.left, m);
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) {
          if (r !== m.top || c !== m.left) this.covered.set(r * COLS + c, m);
        }
      }
    }
  }

  width(r: number): number {
    return this.grid.values[r]?.length ?? 0;
  }

  /** The value of a cell; null for empty cells and the non-master cells of merges. */
  value(r: number, c: number): CellValue {
    const v = this.grid.values[r]?.[c];
    if (v === undefined || v === null) return null;
    if (this.covered.size > 0 && this.covered.has(r * COLS + c)) return null;
    return v;
  }

  text(r: number, c: number): string {
    return cellText(this.value(r, c));
  }

  format(r: number, c: number): string | null {
    return this.grid.formats?.[r]?.[c] ?? null;
  }

  formula(r: number, c: number): string | null {
    return this.grid.formulas?.[r]?.[c] ?? null;
  }

  /** The merge a cell lies in but does not start, if any. */
  coveredBy(r: number, c: number): MergeRange | null {
    return this.covered.size > 0 ? (this.covered.get(r * COLS + c) ?? null) : null;
  }

  /** The merge a cell starts, if any. */
  mergeAt(r: number, c: number): MergeRange | null {
    return this.masters.size > 0 ? (this.masters.get(r * COLS + c) ?? null) : null;
  }

  ref(r: number, c: number): CellRef {
    return { sheet: this.name, cell: columnLetters(c) + (r + 1) };
  }
}
