// ExcelJS gateway, writing: each sheet plan becomes a sheet of the workbook. Only sheets
// named "SAKIP …" are ever created or replaced (plan-targets.ts); the user's sheets are not
// touched, and new sheets go after them in plan order.
import ExcelJS from "exceljs";
import type { CellStyle, SheetPlan } from "../workbook/grid";
import { a1 } from "../workbook/a1";
import { parseRange } from "../excel/ranges";
import { planTargets, applyResult, type ApplyResult } from "../excel/plan-targets";
import { cellValue } from "./cells";
import { Styler, argb } from "./style";
import type { XlsxBook } from "./read";

export interface ApplyOptions {
  /** Replace SAKIP input sheets that already exist (the user confirmed); default false. */
  replaceInputs?: boolean;
}

/** Excel's paper size code for A4 (ECMA-376 §18.3.1.63). */
const PAPER_A4 = 9;

/** ExcelJS keeps a sheet's place in the tab order in `orderNo` (not in its typings). */
type Ordered = ExcelJS.Worksheet & { orderNo: number };

export function applyPlans(book: XlsxBook, plans: SheetPlan[], opts: ApplyOptions = {}): ApplyResult {
  const wb = book.workbook;
  const targets = planTargets(plans, wb.worksheets.map((ws) => ws.name), opts.replaceInputs ?? false);
  const styler = new Styler();
  for (const target of targets) {
    if (target.action === "skip") continue;
    let orderNo: number | null = null;
    if (target.action === "replace") {
      const old = wb.getWorksheet(target.existing) as Ordered;
      orderNo = old.orderNo;
      wb.removeWorksheet(old.id);
    }
    const ws = wb.addWorksheet(target.plan.name) as Ordered;
    if (orderNo !== null) ws.orderNo = orderNo; // a replaced sheet keeps its place
    writePlan(ws, target.plan, styler);
  }
  return applyResult(targets);
}

function writePlan(ws: ExcelJS.Worksheet, plan: SheetPlan, styler: Styler): void {
  const links = new Set<string>();
  plan.rows.forEach((row, r) =>
    row.forEach((pc, c) => {
      if (!pc) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = cellValue(pc);
      if (pc.fmt) cell.numFmt = pc.fmt;
      if (pc.link) links.add(`${r},${c}`);
    }),
  );
  applyStyles(ws, plan, links, styler);
  for (const m of plan.merges ?? []) ws.mergeCellsWithoutStyle(m);
  plan.widths?.forEach((w, i) => {
    if (w > 0) ws.getColumn(i + 1).width = w;
  });
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.cols > 0)) {
    const { rows, cols } = plan.freeze;
    ws.views = [{ state: "frozen", xSplit: cols, ySplit: rows, topLeftCell: a1(rows, cols), activeCell: "A1" }];
  }
  for (const v of plan.validations ?? []) addListValidation(ws, v.range, v.list, v.strict !== false);
  plan.conditional?.forEach((c, i) => {
    ws.addConditionalFormatting({
      ref: parsedRange(c.range),
      rules: [
        {
          type: "cellIs",
          operator: "equal",
          formulae: [`"${c.equals.replace(/"/g, '""')}"`],
          priority: i + 1,
          style: {
            // Conditional (dxf) solid fills take their colour from bgColor.
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(c.fill) } },
            ...(c.color ? { font: { color: { argb: argb(c.color) } } } : {}),
          },
        },
      ],
    });
  });
  if (plan.print) {
    Object.assign(ws.pageSetup, {
      paperSize: PAPER_A4,
      orientation: plan.print.landscape ? "landscape" : "portrait",
      ...(plan.print.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
      ...(plan.print.repeatRows ? { printTitlesRow: `1:${plan.print.repeatRows}` } : {}),
    });
  }
  if (plan.tabColor) ws.properties.tabColor = { argb: argb(plan.tabColor) };
}

/** Styles in plan order (a later range overrides an earlier one property by property). */
function applyStyles(ws: ExcelJS.Worksheet, plan: SheetPlan, links: Set<string>, styler: Styler): void {
  const merged = new Map<string, CellStyle>();
  for (const { range, style } of plan.styles ?? []) {
    const r = parseRange(range);
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        const key = `${row},${col}`;
        merged.set(key, { ...merged.get(key), ...style });
      }
    }
  }
  for (const key of links) if (!merged.has(key)) merged.set(key, {});
  for (const [key, style] of merged) {
    const [row, col] = key.split(",").map(Number);
    const cell = ws.getCell(row + 1, col + 1);
    const s = styler.style(style, links.has(key));
    cell.font = s.font;
    if (s.fill) cell.fill = s.fill;
    if (s.alignment) cell.alignment = s.alignment;
    if (s.border) cell.border = s.border;
  }
}

function addListValidation(ws: ExcelJS.Worksheet, range: string, list: string[], strict: boolean): void {
  const joined = list.join(","); // checked by planTargets: no commas or quotes, ≤ 255 characters
  const validation: ExcelJS.DataValidation = {
    type: "list",
    allowBlank: true,
    formulae: [`"${joined}"`],
    showErrorMessage: strict,
    errorStyle: "stop",
    errorTitle: "Nilai tidak ada dalam daftar",
    error: `Pilih salah satu: ${joined}`.slice(0, 255), // Excel's limit for the message
  };
  // One shared object per range: ExcelJS folds equal neighbours back into one range on save.
  const r = parseRange(range);
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) ws.getCell(row + 1, col + 1).dataValidation = validation;
  }
}

function parsedRange(range: string): string {
  const r = parseRange(range);
  return `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;
}
