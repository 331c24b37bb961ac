// The workbook the fake Excel holds: sheets of cells with values, formulas, number formats,
// formats, hyperlinks, merges and the sheet-level settings the gateway writes.
import type { CellRef, CellValue } from "../../src/core/model";
import type { Grid } from "../../src/workbook/grid";
import { type Rect, WHOLE_SHEET, cellsIn, contains, intersects } from "./address";
import { FakeOfficeError } from "./errors";

export type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";
export type Side = "top" | "bottom" | "left" | "right";

export interface BorderState {
  style: string;
  weight: string;
  color: string;
}

export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  underline?: string;
  fill?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  borders: Partial<Record<Side, BorderState>>;
}

export interface FakeCell {
  value: CellValue;
  /** Formula text with "=", or null for a constant. */
  formula: string | null;
  numberFormat: string;
  /** Set when a text was entered with a leading apostrophe (Excel's "this is text"). */
  quotePrefix: boolean;
  hyperlink: Excel.RangeHyperlink | null;
  format: CellFormat;
}

export interface ValidationState {
  range: Rect;
  rule: Excel.DataValidationRule;
  errorAlert: Excel.DataValidationErrorAlert | null;
}

export interface ConditionalState {
  range: Rect;
  type: string;
  rule: Excel.ConditionalCellValueRule | null;
  fill: string | null;
  fontColor: string | null;
}

export interface PageLayoutState {
  paperSize: string;
  orientation: string;
  zoom: Excel.PageLayoutZoomOptions;
  printTitleRows: string | null;
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

/** Guard against a cell-by-cell operation over a whole sheet, which real code should not do. */
const MAX_CELL_OPERATION = 2_000_000;

export function emptyCell(): FakeCell {
  return { value: null, formula: null, numberFormat: "General", quotePrefix: false, hyperlink: null, format: { borders: {} } };
}

export class SheetState {
  rows: (FakeCell | undefined)[][] = [];
  merges: Rect[] = [];
  columnWidths = new Map<number, number>();
  freeze: { rows: number; cols: number } | null = null;
  pageLayout: PageLayoutState = { paperSize: "Letter", orientation: "Portrait", zoom: { scale: 100 }, printTitleRows: null };
  validations: ValidationState[] = [];
  conditionals: ConditionalState[] = [];
  tabColor = "";
  deleted = false;

  constructor(
    public name: string,
    public visibility: Visibility,
  ) {}

  cell(row: number, col: number): FakeCell | undefined {
    return this.rows[row]?.[col];
  }

  /** The cell, created when absent. */
  ensure(row: number, col: number): FakeCell {
    const cells = (this.rows[row] ??= []);
    return (cells[col] ??= emptyCell());
  }

  /** Existing cells inside `r` (cheap even when `r` is the whole sheet). */
  *existing(r: Rect): Generator<[number, number, FakeCell]> {
    const last = Math.min(r.bottom, this.rows.length - 1);
    for (let row = r.top; row <= last; row++) {
      const cells = this.rows[row];
      if (!cells) continue;
      const end = Math.min(r.right, cells.length - 1);
      for (let col = r.left; col <= end; col++) {
        const cell = cells[col];
        if (cell) yield [row, col, cell];
      }
    }
  }

  /** Every cell of `r`, created when absent: for writes, which Excel applies to each cell. */
  *every(r: Rect): Generator<[number, number, FakeCell]> {
    if (cellsIn(r) > MAX_CELL_OPERATION) throw new FakeOfficeError("GeneralException", "fake: cell-by-cell write to a huge range");
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) yield [row, col, this.ensure(row, col)];
    }
  }

  /** Bounding box of cells with content (valuesOnly) or with anything at all, within `r`. */
  usedRect(valuesOnly: boolean, r: Rect = WHOLE_SHEET): Rect | null {
    let box: Rect | null = null;
    for (const [row, col, cell] of this.existing(r)) {
      if (!(hasContent(cell) || (!valuesOnly && hasFormatting(cell)))) continue;
      if (!box) box = { top: row, left: col, bottom: row, right: col };
      else {
        box.top = Math.min(box.top, row);
        box.bottom = Math.max(box.bottom, row);
        box.left = Math.min(box.left, col);
        box.right = Math.max(box.right, col);
      }
    }
    return box;
  }

  mergeAt(row: number, col: number): Rect | undefined {
    return this.merges.find((m) => contains(m, row, col));
  }

  mergesIntersecting(r: Rect): Rect[] {
    return this.merges.filter((m) => intersects(m, r));
  }
}

function hasContent(cell: FakeCell): boolean {
  return cell.value !== null || cell.formula !== null;
}

function hasFormatting(cell: FakeCell): boolean {
  const f = cell.format;
  return (
    cell.numberFormat !== "General" ||
    cell.hyperlink !== null ||
    Object.keys(f.borders).length > 0 ||
    Object.keys(f).some((k) => k !== "borders" && f[k as keyof CellFormat] !== undefined)
  );
}

export class WorkbookState {
  sheets: SheetState[] = [];
  active: SheetState | null = null;
  selection: CellRef | null = null;

  find(name: string): SheetState | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  static fromGrids(grids: Grid[]): WorkbookState {
    const wb = new WorkbookState();
    for (const g of grids) {
      const sheet = new SheetState(g.name, g.hidden ? "Hidden" : "Visible");
      const rowCount = Math.max(g.values.length, g.formulas?.length ?? 0);
      for (let r = 0; r < rowCount; r++) {
        const width = Math.max(g.values[r]?.length ?? 0, g.formulas?.[r]?.length ?? 0);
        for (let c = 0; c < width; c++) {
          const value = g.values[r]?.[c] ?? null;
          const formula = g.formulas?.[r]?.[c] ?? null;
          if (value === null && formula === null) continue;
          const cell = sheet.ensure(r, c);
          cell.value = value;
          cell.formula = formula;
          cell.numberFormat = g.formats?.[r]?.[c] ?? "General";
        }
      }
      sheet.merges = g.merges.map((m) => ({ ...m }));
      wb.sheets.push(sheet);
    }
    wb.active = wb.sheets.find((s) => s.visibility === "Visible") ?? null;
    return wb;
  }
}
