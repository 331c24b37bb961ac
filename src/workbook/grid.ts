// The seam of DESIGN §2: gateways turn a workbook into plain grids and apply sheet plans.
// Everything between (detection, checks, report) works on these plain shapes only.
import type { CellValue, CellRef } from "../core/model";

/** 0-based inclusive rectangle. */
export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One sheet as plain data. values[0][0] is cell A1; rows may be ragged. */
export interface Grid {
  name: string;
  values: CellValue[][];
  /** Number formats, same shape as values; missing or null = "General". */
  formats?: (string | null)[][];
  /** Formula text (with "=") where the cell holds one; used to spot formulas without a value. */
  formulas?: (string | null)[][];
  merges: MergeRange[];
  hidden?: boolean;
}

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** "#RRGGBB" */
  fill?: string;
  color?: string;
  wrap?: boolean;
  align?: "left" | "center" | "right";
  valign?: "top" | "middle" | "bottom";
  border?: boolean;
  size?: number;
}

/** A cell to write. A formula wins over a value; the value is then its cached result. */
export interface PlanCell {
  v?: CellValue;
  /** Formula with a leading "=", in Excel's invariant (en-US, comma-separated) syntax. */
  f?: string;
  /** Number format, e.g. "0.00%", '"Rp" #,##0'. */
  fmt?: string;
  /** Makes the cell a hyperlink to another cell of the workbook. */
  link?: CellRef;
}

/** Everything to write into one SAKIP sheet; rows start at A1. */
export interface SheetPlan {
  /** Always starts with "SAKIP ". */
  name: string;
  /** Output sheets are replaced on every run; input sheets only after the user confirms. */
  kind: "input" | "output";
  rows: (PlanCell | null)[][];
  /** Column widths in characters, from column A. */
  widths?: number[];
  styles?: { range: string; style: CellStyle }[];
  merges?: string[];
  freeze?: { rows: number; cols: number };
  /**
   * Dropdown lists. `strict: false` lets the user type a value outside the list (Excel's
   * showErrorMessage off), e.g. a unit word not in SATUAN_CHOICES; omitted = strict.
   */
  validations?: { range: string; list: string[]; strict?: boolean }[];
  /** Fill the cells of `range` whose text equals `equals`. */
  conditional?: { range: string; equals: string; fill: string; color?: string }[];
  print?: { landscape?: boolean; fitToWidth?: boolean; repeatRows?: number };
  tabColor?: string;
}

export const SAKIP_PREFIX = "SAKIP ";
