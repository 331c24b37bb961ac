// Comparing and placing figures while one indicator is assembled from several tables.
import type { CellRef, Figure } from "../../core/model";
import { unitsMatch } from "../../core/number";
import { columnLetters } from "../detect/sheet-view";

export function isOk(f: Figure | null | undefined): f is Figure & { value: number } {
  return f !== null && f !== undefined && f.status === "ok" && f.value !== null;
}

/** Two figures state the same value (2,5% and 0.025 do; 2,5% and 5% do not). */
export function sameFigure(a: Figure, b: Figure): boolean {
  if (!isOk(a) || !isOk(b)) return a.status === b.status && a.raw === b.raw;
  if (a.percent !== b.percent && (a.unit !== null || b.unit !== null)) return false;
  if (!unitsMatch(a.percent ? "%" : a.unit, b.percent ? "%" : b.unit)) return false;
  return Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value));
}

export function cellRef(sheet: string, row: number, col: number): CellRef {
  return { sheet, cell: columnLetters(col) + (row + 1) };
}
