// One worksheet part (xl/worksheets/sheetN.xml) → a Grid, read as the XML streams out of the
// zip so a sheet of a million rows never exists as one string. Each cell reads as ExcelJS reads
// it (src/xlsx/read.ts gives the same grid from ExcelJS's objects): shared strings, inline and
// rich text, numbers, dates as serials, booleans, error texts, formulas with their cached
// values (shared formulas moved to each cell), number formats; merged-away cells are empty and
// a hyperlinked formula cell keeps only its value, as in ExcelJS.
//
// Where ExcelJS fails or loses data, this reader follows the OOXML standard instead: elements
// with a namespace prefix (<x:c>) are read (ExcelJS sees none), a row without r follows the
// previous row and a cell without r the previous cell (ExcelJS drops or refuses them), CDATA
// text is text, an inline string's phonetic reading (<rPh>) is not part of it, and only a
// number is turned into a date by a date format (ExcelJS also turns a formula's text, boolean
// or error result in a date-formatted cell into a number), an ISO date of a t="d" cell is a date
// (ExcelJS reads "2025-03-31" as 2025), and overlapping merges (damage, which ExcelJS refuses)
// are read as the first of them in reading order.
import type { CellValue } from "../core/model";
import type { Grid, MergeRange } from "../workbook/grid";
import { parseA1 } from "../workbook/a1";
import { GridBuilder } from "../excel/grid-builder";
import { GridEditor } from "./grid-edits";
import { readRelationships, type Parts } from "./parts";
import { slideFormula } from "./shared-formula";
import type { CellStyle, CellStyles } from "./styles-xml";
import { DATE_FORMAT, excelDate, isoDateSerial, serial } from "./dates";
import { AttributeReader, XmlError, readAttributes, type XmlHandler } from "./xml-scanner";
import { decodeText, excelEscapes, exceljsDecode } from "./xml-text";
import type { ZipEntry } from "./zip-directory";
import type { TextPool } from "./text-pool";

export interface SheetContext {
  strings: (string | null)[];
  texts: TextPool;
  styles: CellStyles;
  date1904: boolean;
}

/** The sheet as a Grid; null when the part is not a worksheet (a chart sheet, a dialog sheet). */
export async function readSheet(parts: Parts, entry: ZipEntry, name: string, hidden: boolean, context: SheetContext): Promise<Grid | null> {
  const reader = new SheetReader(context);
  await parts.parse(entry, reader);
  if (!reader.worksheet) return null;
  const merges = withoutOverlaps(reader.merges);
  const grid = reader.builder.build(name, merges, hidden);
  const editor = new GridEditor(grid);
  for (const m of merges) {
    // Only the cells the grid holds: a merge may span a whole sheet.
    for (let r = m.top; r <= Math.min(m.bottom, grid.values.length - 1); r++) {
      const last = Math.min(m.right, grid.values[r].length - 1);
      for (let c = r > m.top ? m.left : m.left + 1; c <= last; c++) editor.removeCell(r, c);
    }
  }
  if (reader.hyperlinks.length > 0) {
    const rels = await readRelationships(parts, entry.name.replace(/^\/+/, ""));
    for (const link of reader.hyperlinks) {
      // ExcelJS links a cell only through a relationship with a target (an external link).
      if (rels.get(link.id)?.target) editor.removeFormula(link.row, link.col);
    }
  }
  editor.finish();
  return grid;
}

/** Excel's sheet size: a cell past it is damage, and would make the grid's arrays endless. */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

const enum Capture {
  None,
  Value,
  Formula,
  Run,
}

interface SharedMaster {
  formula: string;
  row: number;
  col: number;
}

class SheetReader implements XmlHandler {
  readonly builder = new GridBuilder();
  /** In the order the XML gives them. */
  readonly merges: MergeRange[] = [];
  readonly hyperlinks: { row: number; col: number; id: string }[] = [];
  worksheet: boolean | null = null;

  /** Inside <sheetData>: extension lists elsewhere use element names of their own (<xm:f>). */
  private inData = false;
  private row = -1;
  private col = -1;
  private inCell = false;
  private inInline = false;
  private type = "";
  private style: CellStyle | null = null;
  /** Raw text of <v> (and of a plain inline <t>); null when the cell has none. */
  private value: string | null = null;
  private formula: string | null = null;
  private shareType: string | undefined;
  private shareRef: string | undefined;
  private shareId: string | undefined;
  private runs: string[] | null = null;
  private capture = Capture.None;
  private captured = "";
  private phonetic = 0;
  private readonly masters = new Map<string | undefined, SharedMaster>();
  private readonly attributes = new AttributeReader("");

  constructor(private readonly context: SheetContext) {}

  open(name: string, attributes: string): void {
    if (this.worksheet === null) this.worksheet = name === "worksheet";
    if (!this.worksheet) return;
    if (this.phonetic > 0) {
      if (name === "rPh") this.phonetic++;
      return;
    }
    switch (name) {
      case "sheetData":
        this.inData = true;
        break;
      case "row":
        if (this.inData) this.startRow(attributes);
        break;
      case "c":
        if (this.inData) this.startCell(attributes);
        break;
      case "v":
        if (this.inCell) this.startCapture(Capture.Value);
        break;
      case "f":
        if (this.inCell) this.startFormula(attributes);
        break;
      case "is":
        this.inInline = this.inCell;
        break;
      case "r":
        if (this.inInline) (this.runs ??= []).push("");
        break;
      case "t":
        if (this.inInline) this.startCapture(this.runs ? Capture.Run : Capture.Value);
        break;
      case "rPh":
        if (this.inInline) this.phonetic = 1;
        break;
      case "mergeCell":
        this.addMerge(readAttributes(attributes).ref);
        break;
      case "hyperlink":
        this.addHyperlink(readAttributes(attributes));
        break;
    }
  }

  close(name: string): void {
    if (!this.worksheet) return;
    if (this.phonetic > 0) {
      if (name === "rPh") this.phonetic--;
      return;
    }
    switch (name) {
      case "sheetData":
        this.inData = false;
        break;
      case "v":
      case "t":
      case "f":
        this.endCapture();
        break;
      case "is":
        this.inInline = false;
        break;
      case "c":
        if (this.inCell) this.endCell();
        break;
    }
  }

  text(raw: string): void {
    if (this.capture !== Capture.None) this.captured += raw;
  }

  private startRow(raw: string): void {
    let r = Number.NaN;
    const a = this.attributes;
    a.reset(raw);
    while (a.next()) {
      if (a.name === "r") {
        r = Number.parseInt(a.value, 10);
        break; // spans, heights, styles: not needed
      }
    }
    this.row = r >= 1 ? r - 1 : this.row + 1;
    this.col = -1;
  }

  private startCell(raw: string): void {
    let col = -1;
    let style = 0;
    this.type = "";
    const a = this.attributes;
    a.reset(raw);
    while (a.next()) {
      if (a.name === "r") col = columnOf(a.value);
      else if (a.name === "s") style = Number.parseInt(a.value, 10);
      else if (a.name === "t") this.type = a.value;
    }
    this.col = col >= 0 ? col : this.col + 1;
    if (this.row < 0) this.row = 0;
    if (this.row >= MAX_ROWS || this.col >= MAX_COLUMNS) throw new XmlError(`sel di luar batas lembar Excel (baris ${this.row + 1}, kolom ${this.col + 1})`);
    this.inCell = true;
    this.style = this.context.styles.of(style);
    this.value = null;
    this.formula = null;
    this.shareType = undefined;
    this.shareRef = undefined;
    this.shareId = undefined;
    this.runs = null;
  }

  private startFormula(raw: string): void {
    const a = this.attributes;
    a.reset(raw);
    while (a.next()) {
      if (a.name === "t") this.shareType = a.value;
      else if (a.name === "ref") this.shareRef = a.value;
      else if (a.name === "si") this.shareId = a.value;
    }
    this.startCapture(Capture.Formula);
  }

  private startCapture(what: Capture): void {
    this.capture = what;
    this.captured = "";
  }

  private endCapture(): void {
    const text = this.captured;
    switch (this.capture) {
      case Capture.Value:
        if (text !== "") this.value = (this.value ?? "") + text;
        break;
      case Capture.Formula:
        this.formula = (this.formula ?? "") + text;
        break;
      case Capture.Run:
        if (this.runs) this.runs[this.runs.length - 1] = excelEscapes(decodeText(text));
        break;
    }
    this.capture = Capture.None;
    this.captured = "";
  }

  private endCell(): void {
    this.inCell = false;
    this.inInline = false;
    const formulaText = this.formula ? decodeText(this.formula) : "";
    let value: CellValue = null;
    let formula: string | null = null;
    if (formulaText !== "" || this.shareType) {
      if (this.value) value = this.result(decodeText(this.value));
      const text = this.sharedFormula(formulaText);
      formula = text ? this.context.texts.take(`=${text}`) : null;
    } else if (this.runs) {
      value = this.runs.join("") || null;
    } else if (this.value !== null) {
      value = this.literal(decodeText(this.value));
    }
    // Shared strings are pooled already; every other text is still a slice of the XML.
    if (typeof value === "string" && this.type !== "s") value = this.context.texts.take(value);
    if (value !== null || formula !== null) this.builder.set(this.row, this.col, value, this.format(value), formula);
  }

  /** The cell's number format; a t="d" date without one reads as a date, as in read.ts. */
  private format(value: CellValue): string | null {
    const format = this.style?.format ?? null;
    return this.type === "d" && typeof value === "number" && (format === null || format === "General") ? DATE_FORMAT : format;
  }

  /** A cell's own value by its type (t): a shared or inline string, else as a formula's value. */
  private literal(text: string): CellValue {
    if (this.type === "s") return this.context.strings[Number.parseInt(text, 10)] ?? null;
    if (this.type === "inlineStr") return text;
    return this.result(text);
  }

  /** A formula's cached value (or a plain cell's) by its type: text, boolean, error or number. */
  private result(text: string): CellValue {
    switch (this.type) {
      case "str":
        return exceljsDecode(text);
      case "b":
        return Number.parseInt(text, 10) !== 0;
      case "e":
        return text;
      case "d":
        // ExcelJS reads "2025-03-31" as the number 2025; the date's serial is what Excel shows.
        return isoDateSerial(text, this.context.date1904) ?? text;
      default:
        return this.number(text);
    }
  }

  /** A number; in a date format its serial as ExcelJS decodes it (NaN past the Date range, as there). */
  private number(text: string): CellValue {
    const n = Number.parseFloat(text);
    if (this.style?.date) return serial(excelDate(n, this.context.date1904), this.context.date1904);
    return Number.isFinite(n) ? n : null;
  }

  /** The formula text of a shared formula's cell: its own, or the master's moved here. */
  private sharedFormula(own: string): string {
    if (this.shareType !== "shared") return own;
    if (this.shareRef) {
      this.masters.set(this.shareId, { formula: this.context.texts.take(own), row: this.row, col: this.col });
      return own;
    }
    if (own) return own;
    const master = this.masters.get(this.shareId);
    return master && master.formula ? slideFormula(master.formula, master.row, master.col, this.row, this.col) : "";
  }

  private addMerge(ref: string | undefined): void {
    const [from, to = from] = (ref ?? "").split(":");
    const a = parseA1(from);
    const b = parseA1(to);
    if (!a || !b) return;
    const range = { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
    this.merges.push(range);
  }

  private addHyperlink(a: Record<string, string>): void {
    const cell = a.ref === undefined ? null : parseA1(a.ref);
    if (cell && a.id) this.hyperlinks.push({ ...cell, id: a.id });
  }
}

/**
 * The merges sorted by top-left cell, each dropped that overlaps one kept before it. Overlapping
 * merges are damage (Excel repairs the file, ExcelJS refuses it: "Cannot merge already merged
 * cells"); a cell then belongs to one merge only. The sweep keeps only the merges still open at
 * the current row, so the thousands of merges of a report sheet cost no pairwise comparison.
 */
function withoutOverlaps(merges: MergeRange[]): MergeRange[] {
  const sorted = [...merges].sort((a, b) => a.top - b.top || a.left - b.left);
  const kept: MergeRange[] = [];
  let open: MergeRange[] = [];
  let row = -1;
  for (const m of sorted) {
    if (m.top !== row) {
      open = open.filter((k) => k.bottom >= m.top);
      row = m.top;
    }
    if (open.some((k) => k.left <= m.right && m.left <= k.right)) continue;
    open.push(m);
    kept.push(m);
  }
  return kept;
}

/** 0-based column of a cell reference ("AB12" → 27); -1 when it has no letters. */
function columnOf(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  return i === 0 ? -1 : col - 1;
}
