// What a workbook holds, cell by cell, as ExcelJS reads it back from disk: the user's sheets
// (every sheet whose name does not start with "SAKIP ") with each cell's value, formula and
// number format, and the merges; the SAKIP sheets' values. Compared before and after a run.
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import ExcelJS from "exceljs";
import { SAKIP_PREFIX } from "../../src/workbook/grid";

export interface CellSnapshot {
  type: number;
  value: unknown;
  formula: string | null;
  numFmt: string | null;
  note: unknown;
}

export interface SheetSnapshot {
  name: string;
  state: string;
  merges: string[];
  cells: Record<string, CellSnapshot>;
  /** Frozen panes, column widths, dropdowns and conditional formats: the sheet's own settings. */
  views: unknown;
  widths: (number | null)[];
  validations: unknown;
  conditional: unknown;
}

export const isUserSheet = (name: string): boolean => !name.startsWith(SAKIP_PREFIX);

export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function merges(ws: ExcelJS.Worksheet): string[] {
  return [...(ws.model.merges ?? [])].sort();
}

export function sheetSnapshot(ws: ExcelJS.Worksheet): SheetSnapshot {
  const cells: Record<string, CellSnapshot> = {};
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      cells[cell.address] = {
        type: cell.type,
        // JSON: dates become ISO texts, rich text and hyperlinks plain objects.
        value: JSON.parse(JSON.stringify(cell.value ?? null)),
        formula: cell.formula ?? null,
        numFmt: cell.numFmt ?? null,
        note: JSON.parse(JSON.stringify(cell.note ?? null)),
      };
    }),
  );
  const model = ws.model as ExcelJS.WorksheetModel & { conditionalFormattings?: unknown; dataValidations?: unknown };
  return {
    name: ws.name,
    state: ws.state,
    merges: merges(ws),
    cells,
    views: JSON.parse(JSON.stringify(ws.views ?? [])),
    widths: (ws.columns ?? []).map((c) => c.width ?? null),
    validations: JSON.parse(JSON.stringify(model.dataValidations ?? null)),
    conditional: JSON.parse(JSON.stringify(model.conditionalFormattings ?? [])),
  };
}

export function userSheets(wb: ExcelJS.Workbook): SheetSnapshot[] {
  return wb.worksheets.filter((ws) => isUserSheet(ws.name)).map(sheetSnapshot);
}

/** Every SAKIP sheet's cell values (formulas with their cached results), by sheet name. */
export function sakipSheets(wb: ExcelJS.Workbook): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const ws of wb.worksheets.filter((w) => !isUserSheet(w.name))) {
    const values: Record<string, unknown> = {};
    for (const [address, c] of Object.entries(sheetSnapshot(ws).cells)) values[address] = c.value;
    out[ws.name] = values;
  }
  return out;
}

export function sha256(file: string): string {
  return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}
