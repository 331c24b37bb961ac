// PlanCell → ExcelJS cell value. Texts are always literals (ExcelJS stores a string as a
// string even when it starts with "="); formulas carry PlanCell.v as their cached result so
// the file reads right where the SAKIP functions are not installed (DESIGN §4).
import type ExcelJS from "exceljs";
import type { CellRef, CellValue } from "../core/model";
import type { PlanCell } from "../workbook/grid";
import { quoteSheet } from "../workbook/a1";
import { fitCell } from "../excel/cell-text";

type ErrorText = ExcelJS.CellErrorValue["error"];
const ERRORS: readonly string[] = ["#N/A", "#REF!", "#NAME?", "#DIV/0!", "#NULL!", "#VALUE!", "#NUM!"];
/** Excel's limit for a text constant inside a formula. */
const MAX_FORMULA_TEXT = 255;
/** A formula is at most 8 192 characters: a link's shown text is cut well before that. */
const MAX_LINK_TEXT = 7_500;

export function cellValue(cell: PlanCell): ExcelJS.CellValue {
  if (cell.link) return linkFormula(cell, cell.link);
  if (cell.f !== undefined) return { formula: withoutEquals(cell.f), result: cachedResult(cell.v) };
  return literal(cell.v ?? null);
}

function withoutEquals(f: string): string {
  return f.startsWith("=") ? f.slice(1) : f;
}

function literal(v: CellValue): ExcelJS.CellValue {
  if (typeof v === "number" && !Number.isFinite(v)) return { error: "#NUM!" };
  return typeof v === "string" ? fitCell(v) : v;
}

/** A formula's stored value; an error text ("#N/A" from SAKIP.CAPAIAN) is stored as an error. */
function cachedResult(v: CellValue | undefined): ExcelJS.CellFormulaValue["result"] {
  if (v === null || v === undefined) return undefined;
  if (typeof v === "string" && ERRORS.includes(v)) return { error: v as ErrorText };
  if (typeof v === "number" && !Number.isFinite(v)) return { error: "#NUM!" };
  return typeof v === "string" ? fitCell(v) : v;
}

/**
 * A link to a cell of this workbook as =HYPERLINK("#'Sheet'!A1", shown). ExcelJS 4.4 writes
 * in-document hyperlinks as an external relationship plus a `location`, which Excel resolves
 * to a broken "#…#…" address (exceljs issue #3027); the HYPERLINK function is Excel's own
 * documented way and needs no relationship at all.
 */
function linkFormula(cell: PlanCell, link: CellRef): ExcelJS.CellFormulaValue {
  const target = textConstant(`#${quoteSheet(link.sheet)}!${link.cell}`);
  if (cell.f !== undefined) return { formula: `HYPERLINK(${target},${withoutEquals(cell.f)})`, result: cachedResult(cell.v) };
  const v = cell.v ?? null;
  if (typeof v === "number" && Number.isFinite(v)) return { formula: `HYPERLINK(${target},${v})`, result: v };
  if (typeof v === "boolean") return { formula: `HYPERLINK(${target},${v ? "TRUE" : "FALSE"})`, result: v };
  const text = typeof v === "string" ? v : link.cell;
  const shown = text.length <= MAX_LINK_TEXT ? text : `${text.slice(0, MAX_LINK_TEXT - 1)}…`;
  return { formula: `HYPERLINK(${target},${textConstant(shown)})`, result: shown };
}

/** A formula text constant; longer texts are joined from 255-character pieces with "&". */
function textConstant(text: string): string {
  const pieces: string[] = [];
  for (let i = 0; i < text.length || pieces.length === 0; i += MAX_FORMULA_TEXT) {
    pieces.push(`"${text.slice(i, i + MAX_FORMULA_TEXT).replace(/"/g, '""')}"`);
  }
  return pieces.join("&");
}
