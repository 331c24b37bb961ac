// What Office.js returns for a range (values, formulas, numberFormat, each a 2-D array) →
// cells of a GridBuilder, placed at the range's position on the sheet so grids start at A1.
import type { CellValue } from "../core/model";
import type { MergeRange } from "../workbook/grid";
import type { GridBuilder } from "./grid-builder";
import { parseRange, splitAreas, withoutSheet } from "./ranges";

export interface RangeData {
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
}

export function addRangeData(builder: GridBuilder, data: RangeData): void {
  const { values, formulas, numberFormat } = data;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    for (let c = 0; c < row.length; c++) {
      const raw = row[c];
      const f = formulas[r][c];
      // A text constant that starts with "=" reads back the same in `formulas` and `values`
      // (Excel drops the apostrophe it was typed with); a real formula reads as its result.
      const formula = typeof f === "string" && f.startsWith("=") && f !== raw ? f : null;
      const value = cellValue(raw, formula !== null);
      if (value === null && formula === null) continue;
      const format = numberFormat[r][c];
      builder.set(data.rowIndex + r, data.columnIndex + c, value, typeof format === "string" ? format : null, formula);
    }
  }
}

/** Office.js gives "" for an empty cell; a formula whose result is "" keeps it (it has a value). */
function cellValue(raw: unknown, isFormula: boolean): CellValue {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : null;
  if (typeof raw === "boolean") return raw;
  if (typeof raw === "string") return raw === "" && !isFormula ? null : raw;
  return null;
}

/** Merged areas from RangeAreas.address ("Sheet1!A1:F1, Sheet1!B3:B4"), 0-based, sorted. */
export function parseMergedAreas(address: string): MergeRange[] {
  return splitAreas(address)
    .map((area) => parseRange(withoutSheet(area)))
    .sort((a, b) => a.top - b.top || a.left - b.left);
}
