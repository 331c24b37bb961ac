// Queues everything one sheet plan asks for on a worksheet proxy: cells (one Range.formulas
// per block of rows), number formats, links, styles, merges, widths, frozen panes, dropdowns,
// conditional fills, print setup and tab colour. Nothing here syncs except through Batch.
import type { CellStyle, PlanCell, SheetPlan } from "../workbook/grid";
import { a1, colName, sheetRef } from "../workbook/a1";
import { parseRange } from "./ranges";
import { Batch, jsonBytes } from "./batch";
import { planMatrix, rowBlocks } from "./plan-cells";

/** Excel's hyperlink colour (theme "Hyperlink"), as the xlsx gateway uses. */
const LINK_COLOR = "#0563C1";
/** Cells are sent in blocks of this much JSON so one block never fills a request alone. */
const BLOCK_BYTES = 1_000_000;
/** Office.js takes column widths in points; a width in characters of the default font
 * (Calibri 11, 7-pixel digits) is chars × 7 + 5 padding pixels, at 0.75 point per pixel. */
function widthInPoints(chars: number): number {
  return (chars * 7 + 5) * 0.75;
}

export async function writeSheet(batch: Batch, ws: Excel.Worksheet, plan: SheetPlan): Promise<void> {
  await writeCells(batch, ws, plan.rows);
  await writeLinks(batch, ws, plan.rows);
  for (const { range, style } of coalesceStyles(plan.styles ?? [])) {
    const edges = borderEdges(style, range);
    await batch.reserve(jsonBytes(style) + range.length, 4 + Object.keys(style).length + edges.length * 4);
    applyStyle(ws.getRange(range), style, edges);
  }
  for (const m of plan.merges ?? []) {
    await batch.reserve(m.length, 2);
    ws.getRange(m).merge(false);
  }
  for (const run of widthRuns(plan.widths ?? [])) {
    await batch.reserve(20, 3);
    ws.getRange(`${colName(run.from)}:${colName(run.to)}`).format.columnWidth = widthInPoints(run.width);
  }
  if (plan.freeze) {
    await batch.reserve(20, 2);
    freeze(ws, plan.freeze.rows, plan.freeze.cols);
  }
  for (const v of plan.validations ?? []) {
    await batch.reserve(jsonBytes(v) * 2, 4);
    const range = ws.getRange(v.range);
    const source = v.list.join(",");
    range.dataValidation.rule = { list: { inCellDropDown: true, source } };
    range.dataValidation.errorAlert = {
      showAlert: v.strict !== false,
      style: "Stop",
      title: "Nilai tidak ada dalam daftar",
      message: `Pilih salah satu: ${source}`.slice(0, 255), // Excel's limit for the message
    };
  }
  for (const c of plan.conditional ?? []) {
    await batch.reserve(jsonBytes(c), 10);
    const format = ws.getRange(c.range).conditionalFormats.add("CellValue");
    format.cellValue.format.fill.color = c.fill;
    if (c.color) format.cellValue.format.font.color = c.color;
    format.cellValue.rule = { formula1: `="${c.equals.replace(/"/g, '""')}"`, operator: "EqualTo" };
  }
  if (plan.print) {
    await batch.reserve(100, 5);
    const layout = ws.pageLayout;
    layout.paperSize = "A4";
    layout.orientation = plan.print.landscape ? "Landscape" : "Portrait";
    // Excel's own "Fit All Columns on One Page": one page wide, as many tall as needed.
    if (plan.print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (plan.print.repeatRows) layout.setPrintTitleRows(`$1:$${plan.print.repeatRows}`);
  }
  if (plan.tabColor) {
    await batch.reserve(20);
    ws.tabColor = plan.tabColor;
  }
}

async function writeCells(batch: Batch, ws: Excel.Worksheet, rows: (PlanCell | null)[][]): Promise<void> {
  const { formulas, formats, width } = planMatrix(rows);
  if (width === 0) return;
  for (const { top, count } of rowBlocks(formulas, BLOCK_BYTES)) {
    const block = formulas.slice(top, top + count);
    await batch.reserve(jsonBytes(block), 2);
    ws.getRangeByIndexes(top, 0, count, width).formulas = block;
    const blockFormats = formats?.slice(top, top + count);
    // Formats after the cells: a text format ("@") set first would turn formulas into text.
    if (blockFormats && blockFormats.some((row) => row.some((f) => f !== "General"))) {
      await batch.reserve(jsonBytes(blockFormats), 2);
      ws.getRangeByIndexes(top, 0, count, width).numberFormat = blockFormats;
    }
  }
}

async function writeLinks(batch: Batch, ws: Excel.Worksheet, rows: (PlanCell | null)[][]): Promise<void> {
  /** Link cells stacked in one column get their font in one call, not one per cell. */
  const runs: { col: number; top: number; bottom: number }[] = [];
  const open = new Map<number, { col: number; top: number; bottom: number }>();
  for (let r = 0; r < rows.length; r++) {
    for (let c = 0; c < rows[r].length; c++) {
      const link = rows[r][c]?.link;
      if (!link) continue;
      const reference = sheetRef(link.sheet, link.cell);
      await batch.reserve(reference.length * 2 + 40, 2);
      // No textToDisplay: the cell keeps the value written above (a text, number or formula).
      ws.getRangeByIndexes(r, c, 1, 1).hyperlink = { documentReference: reference, screenTip: reference };
      const run = open.get(c);
      if (run && run.bottom === r - 1) {
        run.bottom = r;
      } else {
        const started = { col: c, top: r, bottom: r };
        runs.push(started);
        open.set(c, started);
      }
    }
  }
  for (const run of runs) {
    await batch.reserve(40, 5);
    const font = ws.getRangeByIndexes(run.top, run.col, run.bottom - run.top + 1, 1).format.font;
    font.color = LINK_COLOR;
    font.underline = "Single";
  }
}

/**
 * Consecutive entries with the same style on the same columns and touching rows become one
 * range: a narrative of many paragraphs styles row after row, and each range costs several
 * calls (a bordered one about thirty). Only neighbours in plan order are joined, so a later
 * style still overrides an earlier one exactly as written.
 */
function coalesceStyles(styles: NonNullable<SheetPlan["styles"]>): NonNullable<SheetPlan["styles"]> {
  const out: { range: string; style: CellStyle; box: ReturnType<typeof parseRange>; key: string }[] = [];
  for (const { range, style } of styles) {
    const box = parseRange(range);
    const key = JSON.stringify(style);
    const last = out[out.length - 1];
    if (last && last.key === key && last.box.left === box.left && last.box.right === box.right && last.box.bottom + 1 === box.top) {
      last.box = { ...last.box, bottom: box.bottom };
      last.range = `${a1(last.box.top, last.box.left)}:${a1(last.box.bottom, last.box.right)}`;
    } else {
      out.push({ range, style, box, key });
    }
  }
  return out.map(({ range, style }) => ({ range, style }));
}

type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

/** The edges a border style draws; inside edges exist only where the range has two rows/columns. */
function borderEdges(style: CellStyle, address: string): Edge[] {
  if (!style.border) return [];
  const r = parseRange(address);
  const edges: Edge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (r.bottom > r.top) edges.push("InsideHorizontal");
  if (r.right > r.left) edges.push("InsideVertical");
  return edges;
}

function applyStyle(range: Excel.Range, style: CellStyle, edges: Edge[]): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.size !== undefined) format.font.size = style.size;
  if (style.color !== undefined) format.font.color = style.color;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.align) format.horizontalAlignment = style.align === "left" ? "Left" : style.align === "center" ? "Center" : "Right";
  if (style.valign) format.verticalAlignment = style.valign === "top" ? "Top" : style.valign === "middle" ? "Center" : "Bottom";
  for (const edge of edges) {
    const border = format.borders.getItem(edge);
    border.style = "Continuous";
    border.weight = "Thin";
    border.color = "#000000";
  }
}

function freeze(ws: Excel.Worksheet, rows: number, cols: number): void {
  if (rows > 0 && cols > 0) ws.freezePanes.freezeAt(`A1:${a1(rows - 1, cols - 1)}`);
  else if (rows > 0) ws.freezePanes.freezeRows(rows);
  else if (cols > 0) ws.freezePanes.freezeColumns(cols);
}

/** Neighbouring columns of the same width, so "A:C" is set once. */
function widthRuns(widths: number[]): { from: number; to: number; width: number }[] {
  const runs: { from: number; to: number; width: number }[] = [];
  widths.forEach((w, i) => {
    if (!(w > 0)) return;
    const last = runs[runs.length - 1];
    if (last && last.to === i - 1 && last.width === w) last.to = i;
    else runs.push({ from: i, to: i, width: w });
  });
  return runs;
}
