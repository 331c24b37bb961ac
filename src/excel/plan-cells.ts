// PlanCell → what Range.formulas takes. Excel treats what it is given like typed input: "=",
// "+", "-", "@" start a formula, "75%" or "1/2" become numbers or dates. A leading apostrophe
// is Excel's own "this is text" mark (it is kept as the cell's quote prefix, not as a
// character), so every text is written with one and stays exactly the text of the plan.
// A linked cell is a HYPERLINK formula, its text a quoted constant inside it (never a formula).
import type { PlanCell } from "../workbook/grid";
import { linkFormula } from "../workbook/link-formula";
import { fitCell } from "./cell-text";

export type FormulaInput = string | number | boolean;

function formulaInput(cell: PlanCell | null): FormulaInput {
  if (!cell) return "";
  if (cell.link) return `=${linkFormula(cell, cell.link).formula}`;
  if (cell.f !== undefined) return cell.f.startsWith("=") ? cell.f : `=${cell.f}`;
  const v = cell.v ?? null;
  if (v === null || v === "") return "";
  if (typeof v === "string") return `'${fitCell(v)}`;
  if (typeof v === "number") return Number.isFinite(v) ? v : "#NUM!";
  return v;
}

/** The plan's rows as a rectangle (rows padded to the widest), as Range.formulas wants. */
export function planMatrix(rows: (PlanCell | null)[][]): { formulas: FormulaInput[][]; formats: string[][] | null; width: number } {
  const width = rows.reduce((w, row) => Math.max(w, row.length), 0);
  let anyFormat = false;
  const formulas: FormulaInput[][] = [];
  const formats: string[][] = [];
  for (const row of rows) {
    const f: FormulaInput[] = new Array(width);
    const n: string[] = new Array(width);
    for (let c = 0; c < width; c++) {
      const cell = row[c] ?? null;
      f[c] = formulaInput(cell);
      n[c] = cell?.fmt ?? "General";
      if (cell?.fmt) anyFormat = true;
    }
    formulas.push(f);
    formats.push(n);
  }
  return { formulas, formats: anyFormat ? formats : null, width };
}

/** Splits rows into consecutive blocks of at most `maxBytes` of JSON (at least one row each). */
export function rowBlocks(rows: unknown[][], maxBytes: number): { top: number; count: number }[] {
  const blocks: { top: number; count: number }[] = [];
  let top = 0;
  let bytes = 0;
  rows.forEach((row, r) => {
    const size = JSON.stringify(row).length + 1;
    if (r > top && bytes + size > maxBytes) {
      blocks.push({ top, count: r - top });
      top = r;
      bytes = 0;
    }
    bytes += size;
  });
  if (rows.length > top) blocks.push({ top, count: rows.length - top });
  return blocks;
}
