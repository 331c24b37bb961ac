// PlanCell → ExcelJS cell value. Texts are always literals (ExcelJS stores a string as a
// string even when it starts with "="); formulas carry PlanCell.v as their cached result so
// the file reads right where the SAKIP functions are not installed (DESIGN §4).
import type ExcelJS from "exceljs";
import type { CellValue } from "../core/model";
import type { PlanCell } from "../workbook/grid";
import { linkFormula } from "../workbook/link-formula";
import { fitCell } from "../excel/cell-text";

type ErrorText = ExcelJS.CellErrorValue["error"];
const ERRORS: readonly string[] = ["#N/A", "#REF!", "#NAME?", "#DIV/0!", "#NULL!", "#VALUE!", "#NUM!"];

export function cellValue(cell: PlanCell): ExcelJS.CellValue {
  if (cell.link) {
    const { formula, result } = linkFormula(cell, cell.link);
    // A formula's cached value may be an error text; a shown text or number is itself.
    return { formula, result: cell.f !== undefined ? cachedResult(result) : (result as ExcelJS.CellFormulaValue["result"]) };
  }
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
