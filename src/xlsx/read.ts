// ExcelJS gateway, reading: a workbook file → plain grids (DESIGN §2), keeping the loaded
// ExcelJS workbook so the same book can be written back with SAKIP sheets added.
import ExcelJS from "exceljs";
import type { CellValue } from "../core/model";
import type { Grid, MergeRange } from "../workbook/grid";
import { GridBuilder } from "../excel/grid-builder";
import { UnusableInputError } from "./errors";
import { workbookBytes } from "./input";
import type { ReadLimits } from "./limits";
import { DATE_FORMAT, serial } from "./dates";

export interface XlsxBook {
  grids: Grid[];
  workbook: ExcelJS.Workbook;
}

export async function readXlsx(input: string | Uint8Array | ArrayBuffer, limits?: ReadLimits): Promise<XlsxBook> {
  const bytes = await workbookBytes(input, limits);
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings want a Node Buffer; a Uint8Array is what it actually unzips.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    const label = typeof input === "string" ? input : "berkas masukan";
    throw new UnusableInputError(`Berkas .xlsx rusak dan tidak dapat dibaca (${firstLine(e)}): ${label}`);
  }
  const date1904 = workbook.properties?.date1904 === true;
  return { grids: workbook.worksheets.map((ws) => sheetGrid(ws, date1904)), workbook };
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split("\n")[0].slice(0, 120);
}

export function sheetGrid(ws: ExcelJS.Worksheet, date1904: boolean): Grid {
  const builder = new GridBuilder();
  ws.eachRow((row, rowNumber) => {
    row.eachCell((cell, colNumber) => {
      const content = cellContent(cell, date1904);
      if (content) builder.set(rowNumber - 1, colNumber - 1, content.value, content.format, content.formula);
    });
  });
  return builder.build(ws.name, sheetMerges(ws), ws.state === "hidden" || ws.state === "veryHidden");
}

interface CellContent {
  value: CellValue;
  format: string | null;
  formula: string | null;
}

function cellContent(cell: ExcelJS.Cell, date1904: boolean): CellContent | null {
  const format = cell.numFmt ?? null;
  const value = cell.value;
  switch (cell.type) {
    case ExcelJS.ValueType.Merge:
      return null; // the value lives in the merge's top-left cell
    case ExcelJS.ValueType.Formula: {
      const result = plainValue(cell.result, date1904);
      // A shared formula whose master cell is missing (a damaged file) has no text: keep the value.
      const formula = cell.formula ? `=${cell.formula}` : null;
      return result === null && formula === null ? null : { value: result, format: dateFormat(cell.result, format), formula };
    }
    default: {
      const plain = plainValue(value, date1904);
      return plain === null ? null : { value: plain, format: dateFormat(value, format), formula: null };
    }
  }
}

/** Any ExcelJS value (or formula result) as a grid value: text, number, boolean, error text. */
function plainValue(value: unknown, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "boolean") return value;
  if (value instanceof Date) return serial(value, date1904);
  if (typeof value === "object") {
    const v = value as { richText?: { text: string }[]; error?: string; text?: unknown; result?: unknown };
    if (Array.isArray(v.richText)) return plainValue(v.richText.map((r) => r.text).join(""), date1904);
    if (typeof v.error === "string") return v.error;
    if ("text" in v) return plainValue(v.text, date1904); // hyperlink: its displayed text
    if ("result" in v) return plainValue(v.result, date1904);
  }
  return null;
}

function dateFormat(value: unknown, format: string | null): string | null {
  return value instanceof Date && (format === null || format === "General") ? DATE_FORMAT : format;
}

interface ExcelJsRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * ExcelJS keeps merges in `_merges` (Range objects keyed by top-left address).
 * `worksheet.model.merges` gives the same but first builds a model of every row, which
 * doubles the memory of a big sheet; the merge tests catch it should the field ever change.
 */
function sheetMerges(ws: ExcelJS.Worksheet): MergeRange[] {
  const merges = (ws as unknown as { _merges: Record<string, ExcelJsRange> })._merges;
  return Object.values(merges)
    .map((r) => ({ top: r.top - 1, left: r.left - 1, bottom: r.bottom - 1, right: r.right - 1 }))
    .sort((a, b) => a.top - b.top || a.left - b.left);
}
