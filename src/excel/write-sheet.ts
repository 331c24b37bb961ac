// Queues everything one sheet plan asks for on a worksheet proxy: cells (one Range.formulas
// per block of rows; links are HYPERLINK formulas among them), number formats, styles (one
// call per property value over many rectangles, see style-areas.ts), merges, widths, frozen
// panes, dropdowns, conditional fills, print setup and tab colour. Nothing here syncs except
// through Batch.
import type { MergeRange, PlanCell, SheetPlan } from "../workbook/grid";
import { a1, colName } from "../workbook/a1";
import { Batch, jsonBytes, utf8Bytes } from "./batch";
import { planMatrix, rowBlocks } from "./plan-cells";
import { styleAreas, type PropertyAreas, type StyleValue } from "./style-areas";

/**
 * Cells are sent in blocks of about this much JSON: small enough that a request is filled
 * close to its budget before it is sent, large enough that the per-block calls do not count.
 */
const BLOCK_BYTES = 120_000;
/**
 * Worksheet.getRanges takes one address of many areas; Excel refuses some past ~8 000
 * characters (office-js issue #5198, the limit is not documented), so well below that.
 */
const MAX_AREAS_CHARS = 2_000;
/** Office.js takes column widths in points; a width in characters of the default font
 * (Calibri 11, 7-pixel digits) is chars × 7 + 5 padding pixels, at 0.75 point per pixel. */
function widthInPoints(chars: number): number {
  return (chars * 7 + 5) * 0.75;
}

/** `fresh`: the sheet was just added, so its cells have Excel's default format. */
export async function writeSheet(batch: Batch, ws: Excel.Worksheet, plan: SheetPlan, fresh: boolean): Promise<void> {
  await writeCells(batch, ws, plan.rows);
  await writeStyles(batch, ws, styleAreas(plan.styles ?? [], linkRuns(plan.rows), fresh));
  for (const m of plan.merges ?? []) {
    await batch.reserve(utf8Bytes(m) + 10, 1, 1);
    ws.getRange(m).merge(false);
  }
  for (const run of widthRuns(plan.widths ?? [])) {
    await batch.reserve(30, 1, 2);
    ws.getRange(`${colName(run.from)}:${colName(run.to)}`).format.columnWidth = widthInPoints(run.width);
  }
  if (plan.freeze) {
    await batch.reserve(30, 1, 1);
    freeze(ws, plan.freeze.rows, plan.freeze.cols);
  }
  for (const v of plan.validations ?? []) {
    const source = v.list.join(",");
    const rule: Excel.DataValidationRule = { list: { inCellDropDown: true, source } };
    const errorAlert: Excel.DataValidationErrorAlert = {
      showAlert: v.strict !== false,
      style: "Stop",
      title: "Nilai tidak ada dalam daftar",
      message: `Pilih salah satu: ${source}`.slice(0, 255), // Excel's limit for the message
    };
    await batch.reserve(utf8Bytes(v.range) + jsonBytes(rule) + jsonBytes(errorAlert), 2, 2);
    const range = ws.getRange(v.range);
    range.dataValidation.rule = rule;
    range.dataValidation.errorAlert = errorAlert;
  }
  for (const c of plan.conditional ?? []) {
    await batch.reserve(jsonBytes(c) + 60, 4, 7);
    const format = ws.getRange(c.range).conditionalFormats.add("CellValue");
    format.cellValue.format.fill.color = c.fill;
    if (c.color) format.cellValue.format.font.color = c.color;
    format.cellValue.rule = { formula1: `="${c.equals.replace(/"/g, '""')}"`, operator: "EqualTo" };
  }
  if (plan.print) {
    await batch.reserve(100, 4, 1);
    const layout = ws.pageLayout;
    layout.paperSize = "A4";
    layout.orientation = plan.print.landscape ? "Landscape" : "Portrait";
    // Excel's own "Fit All Columns on One Page": one page wide, as many tall as needed.
    if (plan.print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (plan.print.repeatRows) layout.setPrintTitleRows(`$1:$${plan.print.repeatRows}`);
  }
  if (plan.tabColor) {
    await batch.reserve(20, 1, 0);
    ws.tabColor = plan.tabColor;
  }
}

async function writeCells(batch: Batch, ws: Excel.Worksheet, rows: (PlanCell | null)[][]): Promise<void> {
  const { formulas, formats, width } = planMatrix(rows);
  if (width === 0) return;
  for (const { top, count } of rowBlocks(formulas, BLOCK_BYTES)) {
    const block = formulas.slice(top, top + count);
    await batch.reserve(jsonBytes(block) + 20, 1, 1);
    ws.getRangeByIndexes(top, 0, count, width).formulas = block;
    const blockFormats = formats?.slice(top, top + count);
    // Formats after the cells: a text format ("@") set first would turn formulas into text.
    if (blockFormats && blockFormats.some((row) => row.some((f) => f !== "General"))) {
      await batch.reserve(jsonBytes(blockFormats) + 20, 1, 1);
      ws.getRangeByIndexes(top, 0, count, width).numberFormat = blockFormats;
    }
  }
}

/** Link cells stacked in one column, as rectangles: their font is set per run, not per cell. */
function linkRuns(rows: (PlanCell | null)[][]): MergeRange[] {
  const runs: MergeRange[] = [];
  const open = new Map<number, MergeRange>();
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell?.link) return;
      const run = open.get(c);
      if (run && run.bottom === r - 1) run.bottom = r;
      else {
        const started = { top: r, left: c, bottom: r, right: c };
        runs.push(started);
        open.set(c, started);
      }
    }),
  );
  return runs;
}

type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";
type Setting = { prop: PropertyAreas["prop"]; value: StyleValue };

/**
 * One getRanges per chunk of areas, every property value those areas share set on it. Border
 * areas are grouped by shape, since inside edges exist only in ranges of two rows/columns.
 */
async function writeStyles(batch: Batch, ws: Excel.Worksheet, props: PropertyAreas[]): Promise<void> {
  const groups = new Map<string, { areas: MergeRange[]; settings: Setting[] }>();
  const add = (areas: MergeRange[], setting: Setting) => {
    if (areas.length === 0) return;
    const key = areas.map(address).join(",");
    const group = groups.get(key);
    if (group) group.settings.push(setting);
    else groups.set(key, { areas, settings: [setting] });
  };
  for (const p of props) {
    if (p.prop !== "border") add(p.areas, p);
    else for (const shape of [true, false]) for (const wide of [true, false]) add(p.areas.filter((a) => a.bottom > a.top === shape && a.right > a.left === wide), p);
  }
  for (const { areas, settings } of groups.values()) {
    const edges = settings.some((s) => s.prop === "border") ? borderEdges(areas[0]) : [];
    const font = settings.some((s) => s.prop === "bold" || s.prop === "italic" || s.prop === "size" || s.prop === "color" || s.prop === "underline");
    const fill = settings.some((s) => s.prop === "fill");
    const actions = settings.length - (edges.length > 0 ? 1 : 0) + edges.length * 3;
    const paths = 2 + (font ? 1 : 0) + (fill ? 1 : 0) + (edges.length > 0 ? 1 + edges.length : 0);
    for (const chunk of chunks(areas)) {
      await batch.reserve(utf8Bytes(chunk) + 20 + settings.length * 20, actions, paths);
      const format = ws.getRanges(chunk).format;
      for (const s of settings) apply(format, s, edges);
    }
  }
}

function address(a: MergeRange): string {
  return a.top === a.bottom && a.left === a.right ? a1(a.top, a.left) : `${a1(a.top, a.left)}:${a1(a.bottom, a.right)}`;
}

/** Addresses joined as getRanges takes them, each at most MAX_AREAS_CHARS long. */
function chunks(areas: MergeRange[]): string[] {
  const out: string[] = [];
  let current = "";
  for (const a of areas) {
    const text = address(a);
    if (current !== "" && current.length + 2 + text.length > MAX_AREAS_CHARS) {
      out.push(current);
      current = "";
    }
    current = current === "" ? text : `${current}, ${text}`;
  }
  if (current !== "") out.push(current);
  return out;
}

/** The edges a bordered area draws so that each of its cells has all four sides. */
function borderEdges(shape: MergeRange): Edge[] {
  const edges: Edge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (shape.bottom > shape.top) edges.push("InsideHorizontal");
  if (shape.right > shape.left) edges.push("InsideVertical");
  return edges;
}

function apply(format: Excel.RangeFormat, { prop, value }: Setting, edges: Edge[]): void {
  switch (prop) {
    case "bold":
      format.font.bold = value as boolean;
      break;
    case "italic":
      format.font.italic = value as boolean;
      break;
    case "size":
      format.font.size = value as number;
      break;
    case "color":
      format.font.color = value as string;
      break;
    case "underline":
      format.font.underline = value as Excel.RangeUnderlineStyle;
      break;
    case "fill":
      format.fill.color = value as string;
      break;
    case "wrap":
      format.wrapText = value as boolean;
      break;
    case "align":
      format.horizontalAlignment = value === "left" ? "Left" : value === "center" ? "Center" : "Right";
      break;
    case "valign":
      format.verticalAlignment = value === "top" ? "Top" : value === "middle" ? "Center" : "Bottom";
      break;
    case "border":
      for (const edge of edges) {
        const border = format.borders.getItem(edge);
        border.style = "Continuous";
        border.weight = "Thin";
        border.color = "#000000";
      }
      break;
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
