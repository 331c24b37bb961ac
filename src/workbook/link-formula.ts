// A plan cell with a link → =HYPERLINK("#'Sheet'!A1", shown), written the same way by both
// gateways. ExcelJS 4.4 writes in-document hyperlinks as an external relationship plus a
// `location`, which Excel resolves to a broken "#…#…" address (exceljs issue #3027), and
// Office.js would need one Range.hyperlink call per cell; the HYPERLINK function is Excel's
// own documented way, needs no relationship, and travels inside the cells' formulas.
import type { CellRef, CellValue } from "../core/model";
import type { PlanCell } from "./grid";
import { quoteSheet } from "./a1";

/** Excel's limit for a text constant inside a formula. */
const MAX_FORMULA_TEXT = 255;
/** Excel's limit for a formula's length, "=" included. */
export const MAX_FORMULA_CHARS = 8_192;

export interface LinkFormula {
  /** The formula without its leading "=". */
  formula: string;
  /** What the cell shows: the plan's value, or the (possibly cut) text. */
  result: CellValue | undefined;
}

/**
 * The HYPERLINK formula of a linked cell. A formula cell keeps its formula as the shown part;
 * a text is always a quoted constant (never read as a formula, whatever it starts with), cut
 * with "…" when the whole formula would pass Excel's 8 192 characters; a cell without a
 * value shows the target cell's address.
 */
export function linkFormula(cell: PlanCell, link: CellRef): LinkFormula {
  const target = textConstant(`#${quoteSheet(link.sheet)}!${link.cell}`);
  const wrap = (shown: string) => `HYPERLINK(${target},${shown})`;
  if (cell.f !== undefined) return { formula: wrap(cell.f.startsWith("=") ? cell.f.slice(1) : cell.f), result: cell.v };
  const v = cell.v ?? null;
  if (typeof v === "number" && Number.isFinite(v)) return { formula: wrap(String(v)), result: v };
  if (typeof v === "boolean") return { formula: wrap(v ? "TRUE" : "FALSE"), result: v };
  const room = MAX_FORMULA_CHARS - 1 - wrap("").length;
  const shown = fitConstant(typeof v === "string" ? v : link.cell, room);
  return { formula: wrap(textConstant(shown)), result: shown };
}

/** A formula text constant; longer texts are joined from 255-character pieces with "&". */
export function textConstant(text: string): string {
  const pieces: string[] = [];
  let i = 0;
  do {
    let end = Math.min(i + MAX_FORMULA_TEXT, text.length);
    // Never split a surrogate pair: half a character is not valid text in a file.
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--;
    pieces.push(`"${text.slice(i, end).replace(/"/g, '""')}"`);
    i = end;
  } while (i < text.length);
  return pieces.join("&");
}

/** The text, or its longest start + "…" whose constant takes at most `room` characters. */
function fitConstant(text: string, room: number): string {
  if (textConstant(text).length <= room) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textConstant(cut(text, mid)).length <= room) lo = mid;
    else hi = mid - 1;
  }
  return cut(text, lo);
}

function cut(text: string, n: number): string {
  const end = n > 0 && isHighSurrogate(text.charCodeAt(n - 1)) ? n - 1 : n;
  return `${text.slice(0, end)}…`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
