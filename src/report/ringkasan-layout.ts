// Where each report table sits on the "SAKIP Ringkasan" sheet. The sheet plan writes the tables
// there, and the Narasi sheet cites the same addresses, so both come from this one layout.
import type { ReportTable } from "./types";

export const TITLE_ROWS = 2;

export interface TablePlacement {
  table: ReportTable;
  /** 0-based sheet rows. */
  titleRow: number;
  headerTop: number;
  headerRows: 1 | 2;
  bodyTop: number;
  noteRow: number | null;
  /** 0-based sheet column where each table column starts. */
  colStart: number[];
  /** Sheet columns the table spans. */
  width: number;
}

export function hasGroups(table: ReportTable): boolean {
  return table.columns.some((c) => c.group !== undefined);
}

export function layoutRingkasan(tables: ReportTable[]): TablePlacement[] {
  let row = TITLE_ROWS + 1;
  return tables.map((table) => {
    const colStart: number[] = [];
    let col = 0;
    for (const c of table.columns) {
      colStart.push(col);
      col += c.span ?? 1;
    }
    const headerRows = hasGroups(table) ? 2 : 1;
    const titleRow = row;
    const headerTop = row + 1;
    const bodyTop = headerTop + headerRows;
    const noteRow = table.note ? bodyTop + table.rows.length : null;
    row = bodyTop + table.rows.length + (table.note ? 1 : 0) + 1;
    return { table, titleRow, headerTop, headerRows, bodyTop, noteRow, colStart, width: col };
  });
}

/** "A", "B", … "AA" for a 0-based column. */
export function colName(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A1 address of a 0-based cell. */
export function a1(row: number, col: number): string {
  return `${colName(col)}${row + 1}`;
}

export function range(top: number, left: number, bottom: number, right: number): string {
  return top === bottom && left === right ? a1(top, left) : `${a1(top, left)}:${a1(bottom, right)}`;
}
