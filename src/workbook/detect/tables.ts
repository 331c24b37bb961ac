// Table detection over a whole workbook: every sheet (hidden ones too) except the product's
// output sheets, every table on a sheet wherever it starts, several per sheet.
import type { DetectedTable, Finding } from "../../core/model";
import type { Grid } from "../grid";
import { OUTPUT_SHEETS } from "../sheets/layout";
import { resolveColumns } from "./column-roles";
import { ReadNotes } from "./figures";
import { headerBlock, headerColumns, segments } from "./header-block";
import { Scanner } from "./row-scan";
import { isInputSheet, readInputSheet } from "./sakip-input";
import { SheetView } from "./sheet-view";
import { readTable, type ScannedTable } from "./table-read";

/** Rows above a header searched for its title block. */
const TITLE_ROWS = 8;

export interface WorkbookScan {
  tables: ScannedTable[];
  notes: Finding[];
}

const OUTPUT = new Set(OUTPUT_SHEETS.map((n) => n.toLowerCase()));

export function scanWorkbook(grids: Grid[]): WorkbookScan {
  const notes = new ReadNotes();
  const tables: ScannedTable[] = [];
  for (const grid of grids) {
    if (OUTPUT.has(grid.name.trim().toLowerCase())) continue;
    const view = new SheetView(grid);
    if (isInputSheet(grid.name)) {
      const t = readInputSheet(view, notes);
      if (t) tables.push(t);
      continue;
    }
    tables.push(...scanSheet(view, notes));
  }
  return { tables, notes: notes.findings };
}

export function detectTables(grids: Grid[]): DetectedTable[] {
  return scanWorkbook(grids).tables.map((t) => t.table);
}

function titleLines(view: SheetView, from: number, to: number): string[] {
  const lines: string[] = [];
  for (let r = Math.max(from, to - TITLE_ROWS); r < to; r++) {
    const parts: string[] = [];
    for (let c = 0; c < view.width(r); c++) {
      const t = view.text(r, c);
      if (t !== "") parts.push(t);
    }
    if (parts.length > 0) lines.push(parts.join(" "));
  }
  return lines;
}

function scanSheet(view: SheetView, notes: ReadNotes): ScannedTable[] {
  const sc = new Scanner(view);
  const out: ScannedTable[] = [];
  let floor = 0;
  let r = 0;
  while (r < view.rowCount) {
    if (!sc.isHeaderRow(r)) {
      r++;
      continue;
    }
    const block = headerBlock(sc, r, floor);
    let end = -1;
    for (const [left, right] of segments(sc, block)) {
      const { columns, kind } = resolveColumns(headerColumns(sc, block, left, right));
      if (kind === null) continue;
      const title = titleLines(view, floor, block.top);
      const t = readTable(sc, block, left, right, columns, kind, title, notes);
      if (t === null) continue;
      out.push(t);
      end = Math.max(end, t.lastRow);
    }
    if (end >= 0) {
      floor = end + 1;
      r = end + 1;
    } else {
      r++;
    }
  }
  return out;
}
