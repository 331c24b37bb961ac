// What every SAKIP input sheet shares: the header row of the layout contract, frozen and
// styled; readable widths; wrapped long texts; printing on landscape pages.
import type { CellStyle, PlanCell, SheetPlan } from "../grid";
import { colName, range } from "../a1";

const HEADER_STYLE: CellStyle = {
  bold: true,
  fill: "#1F4E78",
  color: "#FFFFFF",
  wrap: true,
  align: "center",
  valign: "middle",
  border: true,
};
export const TOTAL_STYLE: CellStyle = { bold: true, fill: "#DDEBF7", border: true };
/** Filled rows ready for typing when a sheet has no data yet. */
export const BLANK_ROWS = 5;

export interface SheetSpec {
  name: string;
  headers: readonly string[];
  /** Width in characters per header; columns not named get DEFAULT_WIDTH. */
  widths: Record<string, number>;
  /** Columns whose texts wrap (long uraian). */
  wrap: readonly string[];
}

const DEFAULT_WIDTH = 12;

/**
 * The plan of an input sheet: header row, then `body`. At least BLANK_ROWS rows follow the
 * header so an empty sheet still has bordered, formatted room to type in.
 */
export function framePlan(spec: SheetSpec, body: (PlanCell | null)[][]): SheetPlan {
  const lastCol = spec.headers.length - 1;
  const lastRow = Math.max(body.length, BLANK_ROWS);
  const rows: (PlanCell | null)[][] = [spec.headers.map((h) => ({ v: h })), ...body];
  const styles = [
    { range: range(0, 0, 0, lastCol), style: HEADER_STYLE },
    { range: range(1, 0, lastRow, lastCol), style: { border: true, valign: "top" } as CellStyle },
    ...spec.wrap.map((h) => {
      const c = spec.headers.indexOf(h);
      return { range: `${colName(c)}2:${colName(c)}${lastRow + 1}`, style: { wrap: true } as CellStyle };
    }),
  ];
  return {
    name: spec.name,
    kind: "input",
    rows,
    widths: spec.headers.map((h) => spec.widths[h] ?? DEFAULT_WIDTH),
    styles,
    freeze: { rows: 1, cols: 0 },
    print: { landscape: true, fitToWidth: true, repeatRows: 1 },
  };
}

/** The data rows of a sheet as an A1 range of one column: "C2:C9" (at least the blank rows). */
export function columnRange(col: number, bodyRows: number): string {
  return range(1, col, Math.max(bodyRows, BLANK_ROWS), col);
}
