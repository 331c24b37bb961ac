// Fake Excel.Range and what hangs off it: format (font, fill, borders, widths), merged areas,
// hyperlinks, data validation and conditional formats. Only what src/excel uses, strictly.
import {
  type Rect,
  WHOLE_SHEET,
  cellsIn,
  contains,
  intersects,
  parseAddress,
  rectAddress,
  sheetPrefix,
} from "./address";
import type { FakeContext } from "./context";
import { FakeOfficeError } from "./errors";
import { FakeObject, type Source } from "./object";
import type { ConditionalState, Edge, Side, SheetState } from "./state";
import { enter } from "./typing";

export interface RangeTarget {
  sheet: SheetState;
  rect: Rect;
}

const COLOR = /^#[0-9A-Fa-f]{6}$/;

export function checkColor(color: unknown): string {
  if (typeof color !== "string" || !COLOR.test(color)) throw new FakeOfficeError("InvalidArgument", `colour ${String(color)}`);
  return color.toUpperCase();
}

function oneOf<V extends string>(value: unknown, allowed: readonly V[], what: string): V {
  if (!allowed.includes(value as V)) throw new FakeOfficeError("InvalidArgument", `${what} ${String(value)}`);
  return value as V;
}

function live(sheet: SheetState): SheetState {
  if (sheet.deleted) throw new FakeOfficeError("InvalidReference", "the worksheet was deleted");
  return sheet;
}

/** A range of a sheet by address (the whole sheet when none), checked when the batch runs. */
export function rangeSource(address: string | undefined, sheetOf: () => SheetState): Source<RangeTarget> {
  return {
    bytes: JSON.stringify(address ?? null).length,
    resolve: () => {
      const sheet = live(sheetOf());
      if (address === undefined) return { sheet, rect: WHOLE_SHEET };
      const rect = parseAddress(address);
      if (!rect) throw new FakeOfficeError("InvalidArgument", `address "${address}"`);
      return { sheet, rect };
    },
  };
}

export class FakeRange extends FakeObject<RangeTarget> {
  protected readonly loadable = [
    "address",
    "rowIndex",
    "columnIndex",
    "rowCount",
    "columnCount",
    "cellCount",
    "values",
    "formulas",
    "numberFormat",
  ] as const;
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormats;
  readonly dataValidation: FakeDataValidation;

  constructor(context: FakeContext, source: Source<RangeTarget>) {
    super(context, source);
    const derive = () => this.resolved();
    this.format = new FakeRangeFormat(context, { derive: () => [this.resolved()], parent: this });
    this.conditionalFormats = new FakeConditionalFormats(context, { derive, parent: this });
    this.dataValidation = new FakeDataValidation(context, { derive, parent: this });
    Object.preventExtensions(this);
  }

  protected read(name: string, t: RangeTarget): unknown {
    const { rect, sheet } = t;
    switch (name) {
      case "address":
        return sheetPrefix(sheet.name) + rectAddress(rect);
      case "rowIndex":
        return rect.top;
      case "columnIndex":
        return rect.left;
      case "rowCount":
        return rect.bottom - rect.top + 1;
      case "columnCount":
        return rect.right - rect.left + 1;
      case "cellCount":
        return cellsIn(rect);
      default:
        return this.matrix(name, t);
    }
  }

  private matrix(name: string, { sheet, rect }: RangeTarget): unknown[][] | null {
    if (cellsIn(rect) > this.context.engine.opts.cellLimit) return null;
    const rows: unknown[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row: unknown[] = [];
      for (let c = rect.left; c <= rect.right; c++) {
        const cell = sheet.cell(r, c);
        const value = cell?.value ?? "";
        if (name === "values") row.push(value);
        else if (name === "formulas") row.push(cell?.formula ?? value);
        else row.push(cell?.numberFormat ?? "General");
      }
      rows.push(row);
    }
    return rows;
  }

  get address(): string {
    return this.prop("address");
  }
  get rowIndex(): number {
    return this.prop("rowIndex");
  }
  get columnIndex(): number {
    return this.prop("columnIndex");
  }
  get rowCount(): number {
    return this.prop("rowCount");
  }
  get columnCount(): number {
    return this.prop("columnCount");
  }
  get cellCount(): number {
    return this.prop("cellCount");
  }
  get values(): unknown[][] {
    return this.prop("values");
  }
  set values(v: unknown[][]) {
    this.assign("values", v, (t) => this.enterAll(t, v));
  }
  get formulas(): unknown[][] {
    return this.prop("formulas");
  }
  set formulas(v: unknown[][]) {
    this.assign("formulas", v, (t) => this.enterAll(t, v));
  }
  get numberFormat(): unknown[][] {
    return this.prop("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.assign("numberFormat", v, (t) =>
      this.each(t, v, (cell, input) => {
        if (input === null) return;
        if (typeof input !== "string") throw new FakeOfficeError("InvalidArgument", "numberFormat must be text");
        cell.numberFormat = input;
      }),
    );
  }

  set hyperlink(h: Excel.RangeHyperlink) {
    this.assign("hyperlink", h, ({ sheet, rect }) => {
      if (!h || (!h.address && !h.documentReference)) throw new FakeOfficeError("InvalidArgument", "hyperlink without target");
      for (const [, , cell] of sheet.every(rect)) cell.hyperlink = { ...h };
    });
  }

  private enterAll(t: RangeTarget, input: unknown[][]): void {
    const evaluate = this.context.engine.opts.evaluate;
    this.each(t, input, (cell, value, row, col) => {
      const merge = t.sheet.mergeAt(row, col);
      if (merge && (merge.top !== row || merge.left !== col) && value !== null && value !== "") {
        throw new FakeOfficeError("InvalidOperation", "cannot change part of a merged cell");
      }
      enter(cell, value, evaluate);
    });
  }

  /** Applies a 2-D input that must match the range's size exactly, as Office.js requires. */
  private each(
    { sheet, rect }: RangeTarget,
    input: unknown[][],
    apply: (cell: ReturnType<SheetState["ensure"]>, value: unknown, row: number, col: number) => void,
  ): void {
    const rows = rect.bottom - rect.top + 1;
    const cols = rect.right - rect.left + 1;
    if (!Array.isArray(input) || input.length !== rows || input.some((r) => !Array.isArray(r) || r.length !== cols)) {
      throw new FakeOfficeError("InvalidArgument", `the array does not match the range's ${rows}×${cols} size`);
    }
    input.forEach((row, r) => row.forEach((value, c) => apply(sheet.ensure(rect.top + r, rect.left + c), value, rect.top + r, rect.left + c)));
  }

  merge(across = false): void {
    this.act(10, ({ sheet, rect }) => {
      const areas = across
        ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => ({ ...rect, top: rect.top + i, bottom: rect.top + i }))
        : [rect];
      for (const area of areas) {
        if (cellsIn(area) < 2) continue;
        if (sheet.mergesIntersecting(area).length > 0) throw new FakeOfficeError("InvalidOperation", "the range overlaps a merged area");
        for (const [row, col, cell] of sheet.existing(area)) {
          if (row !== area.top || col !== area.left) {
            cell.value = null;
            cell.formula = null;
          }
        }
        sheet.merges.push({ ...area });
      }
    });
  }

  unmerge(): void {
    this.act(10, ({ sheet, rect }) => {
      sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
    });
  }

  clear(applyTo: string = "All"): void {
    const what = oneOf(applyTo, ["All", "Formats", "Contents", "Hyperlinks"] as const, "clear");
    this.act(20, ({ sheet, rect }) => {
      for (const [row, col, cell] of [...sheet.existing(rect)]) {
        if (what === "All") {
          sheet.rows[row][col] = undefined;
          continue;
        }
        if (what === "Contents") {
          cell.value = null;
          cell.formula = null;
        }
        if (what === "Formats") {
          cell.numberFormat = "General";
          cell.format = { borders: {} };
          cell.quotePrefix = false;
        }
        if (what === "Hyperlinks") cell.hyperlink = null;
      }
    });
  }

  select(): void {
    this.act(10, ({ sheet, rect }) => {
      const state = this.context.engine.state;
      if (state.active !== sheet) throw new FakeOfficeError("InvalidOperation", "select() on a sheet that is not active");
      state.selection = { sheet: sheet.name, cell: rectAddress(rect) };
    });
  }

  /** The used part of this range (ExcelApi 1.4), a null object when it holds nothing. */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, {
      resolve: () => {
        const { sheet, rect } = this.resolved();
        const used = sheet.usedRect(valuesOnly, rect);
        return used ? { sheet, rect: used } : null;
      },
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, {
      resolve: () => {
        const { sheet, rect } = this.resolved();
        // Real Excel reports only the areas whose top-left cell is inside the range.
        const areas = sheet.merges.filter((m) => contains(rect, m.top, m.left));
        if (areas.length > this.context.engine.opts.mergedAreaLimit) {
          throw new FakeOfficeError("GeneralException", `more than ${this.context.engine.opts.mergedAreaLimit} merged areas`);
        }
        return areas.length === 0 ? null : { sheet, areas: areas.sort((a, b) => a.top - b.top || a.left - b.left) };
      },
    });
  }
}

export interface AreasTarget {
  sheet: SheetState;
  areas: Rect[];
}

/** Excel refuses a getRanges address much past 8 000 characters (office-js issue #5198). */
const MAX_AREAS_ADDRESS = 8_000;

/** Worksheet.getRanges("A1:B2, D4:D9"): areas of one sheet, checked when the batch runs. */
export function areasSource(address: string, sheetOf: () => SheetState): Source<AreasTarget> {
  return {
    bytes: JSON.stringify(address).length,
    resolve: () => {
      const sheet = live(sheetOf());
      const parts = typeof address === "string" && address.length <= MAX_AREAS_ADDRESS ? address.split(",").map((a) => a.trim()) : [];
      const areas = parts.map((a) => (a.includes("!") ? null : parseAddress(a)));
      if (areas.length === 0 || areas.some((a) => a === null)) throw new FakeOfficeError("InvalidArgument", `getRanges("${String(address).slice(0, 40)}…")`);
      return { sheet, areas: areas as Rect[] };
    },
  };
}

export class FakeRangeAreas extends FakeObject<AreasTarget> {
  protected readonly loadable = ["address", "areaCount"] as const;
  /** Formats every area as if each were its own range (borders: an outline per area). */
  readonly format: FakeRangeFormat;

  constructor(context: FakeContext, source: Source<AreasTarget>) {
    super(context, source);
    this.format = new FakeRangeFormat(context, {
      derive: () => {
        const { sheet, areas } = this.resolved();
        return areas.map((rect) => ({ sheet, rect }));
      },
      parent: this,
    });
    Object.preventExtensions(this);
  }

  protected read(name: string, t: { sheet: SheetState; areas: Rect[] }): unknown {
    return name === "areaCount" ? t.areas.length : t.areas.map((a) => sheetPrefix(t.sheet.name) + rectAddress(a)).join(", ");
  }

  get address(): string {
    return this.prop("address");
  }
  get areaCount(): number {
    return this.prop("areaCount");
  }
}

/** Objects that only carry settable properties load nothing. */
abstract class WriteOnly<T> extends FakeObject<T> {
  protected readonly loadable: readonly string[] = [];
  protected read(): unknown {
    return undefined;
  }
}

const H_ALIGN = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"] as const;
const V_ALIGN = ["Top", "Center", "Bottom", "Justify", "Distributed"] as const;

/** Every cell of every target (the one range, or each area of a RangeAreas). */
function* everyCell(targets: RangeTarget[]): Generator<[number, number, ReturnType<SheetState["ensure"]>]> {
  for (const { sheet, rect } of targets) yield* sheet.every(rect);
}

export class FakeRangeFormat extends WriteOnly<RangeTarget[]> {
  readonly font: FakeRangeFont;
  readonly fill: FakeRangeFill;
  readonly borders: FakeRangeBorders;

  constructor(context: FakeContext, source: Source<RangeTarget[]>) {
    super(context, source);
    const derive = () => this.resolved();
    this.font = new FakeRangeFont(context, { derive, parent: this });
    this.fill = new FakeRangeFill(context, { derive, parent: this });
    this.borders = new FakeRangeBorders(context, { derive, parent: this });
    Object.preventExtensions(this);
  }

  set wrapText(v: boolean) {
    this.assign("wrapText", v, (targets) => {
      for (const [, , cell] of everyCell(targets)) cell.format.wrapText = v === true;
    });
  }
  set horizontalAlignment(v: string) {
    const a = oneOf(v, H_ALIGN, "horizontalAlignment");
    this.assign("horizontalAlignment", v, (targets) => {
      for (const [, , cell] of everyCell(targets)) cell.format.horizontalAlignment = a;
    });
  }
  set verticalAlignment(v: string) {
    const a = oneOf(v, V_ALIGN, "verticalAlignment");
    this.assign("verticalAlignment", v, (targets) => {
      for (const [, , cell] of everyCell(targets)) cell.format.verticalAlignment = a;
    });
  }
  /** Points, for every column of the range. */
  set columnWidth(points: number) {
    if (typeof points !== "number" || !(points >= 0) || points > 255 * 7.5) throw new FakeOfficeError("InvalidArgument", `columnWidth ${points}`);
    this.assign("columnWidth", points, (targets) => {
      for (const { sheet, rect } of targets) for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, points);
    });
  }
  set useStandardWidth(v: boolean) {
    this.assign("useStandardWidth", v, (targets) => {
      if (v !== true) return; // Office.js: setting false has no effect
      for (const { sheet, rect } of targets) {
        for (const c of [...sheet.columnWidths.keys()]) if (c >= rect.left && c <= rect.right) sheet.columnWidths.delete(c);
      }
    });
  }
  set useStandardHeight(v: boolean) {
    this.assign("useStandardHeight", v, () => undefined); // row heights are not modelled
  }
}

export class FakeRangeFont extends WriteOnly<RangeTarget[]> {
  constructor(context: FakeContext, source: Source<RangeTarget[]>) {
    super(context, source);
    Object.preventExtensions(this);
  }
  private setAll<K extends "bold" | "italic" | "size" | "color" | "underline">(key: K, value: unknown): void {
    this.assign(key, value, (targets) => {
      for (const [, , cell] of everyCell(targets)) (cell.format as unknown as Record<string, unknown>)[key] = value;
    });
  }
  set bold(v: boolean) {
    this.setAll("bold", v === true);
  }
  set italic(v: boolean) {
    this.setAll("italic", v === true);
  }
  set size(v: number) {
    if (typeof v !== "number" || v < 1 || v > 409) throw new FakeOfficeError("InvalidArgument", `font size ${v}`);
    this.setAll("size", v);
  }
  set color(v: string) {
    this.setAll("color", checkColor(v));
  }
  set underline(v: string) {
    this.setAll("underline", oneOf(v, ["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"] as const, "underline"));
  }
}

export class FakeRangeFill extends WriteOnly<RangeTarget[]> {
  constructor(context: FakeContext, source: Source<RangeTarget[]>) {
    super(context, source);
    Object.preventExtensions(this);
  }
  set color(v: string) {
    const color = checkColor(v);
    this.assign("color", v, (targets) => {
      for (const [, , cell] of everyCell(targets)) cell.format.fill = color;
    });
  }
}

const EDGES: readonly Edge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"];

export class FakeRangeBorders extends WriteOnly<RangeTarget[]> {
  constructor(context: FakeContext, source: Source<RangeTarget[]>) {
    super(context, source);
    Object.preventExtensions(this);
  }
  getItem(index: string): FakeRangeBorder {
    const edge = oneOf(index, EDGES, "border index");
    return new FakeRangeBorder(this.context, { derive: () => ({ targets: this.resolved(), edge }), parent: this });
  }
}

/** The sides of a cell an edge of its range draws: inside edges are shared by neighbours. */
function sides(edge: Edge, rect: Rect, row: number, col: number): Side[] {
  switch (edge) {
    case "EdgeTop":
      return row === rect.top ? ["top"] : [];
    case "EdgeBottom":
      return row === rect.bottom ? ["bottom"] : [];
    case "EdgeLeft":
      return col === rect.left ? ["left"] : [];
    case "EdgeRight":
      return col === rect.right ? ["right"] : [];
    case "InsideHorizontal":
      return [...(row > rect.top ? (["top"] as Side[]) : []), ...(row < rect.bottom ? (["bottom"] as Side[]) : [])];
    case "InsideVertical":
      return [...(col > rect.left ? (["left"] as Side[]) : []), ...(col < rect.right ? (["right"] as Side[]) : [])];
  }
}

/** An edge of each target: a RangeAreas draws it around / inside each of its areas. */
export class FakeRangeBorder extends WriteOnly<{ targets: RangeTarget[]; edge: Edge }> {
  constructor(context: FakeContext, source: Source<{ targets: RangeTarget[]; edge: Edge }>) {
    super(context, source);
    Object.preventExtensions(this);
  }
  private setSide(key: "style" | "weight" | "color", value: string): void {
    this.assign(key, value, ({ targets, edge }) => {
      for (const { sheet, rect } of targets) {
        if (edge.startsWith("Inside") && cellsIn(rect) === 1) throw new FakeOfficeError("InvalidArgument", `${edge} of a single cell`);
        for (const [row, col, cell] of sheet.every(rect)) {
          for (const side of sides(edge, rect, row, col)) {
            const border = (cell.format.borders[side] ??= { style: "None", weight: "Thin", color: "#000000" });
            border[key] = value;
          }
        }
      }
    });
  }
  set style(v: string) {
    this.setSide("style", oneOf(v, ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"] as const, "border style"));
  }
  set weight(v: string) {
    this.setSide("weight", oneOf(v, ["Hairline", "Thin", "Medium", "Thick"] as const, "border weight"));
  }
  set color(v: string) {
    this.setSide("color", checkColor(v));
  }
}

export class FakeDataValidation extends WriteOnly<RangeTarget> {
  constructor(context: FakeContext, source: Source<RangeTarget>) {
    super(context, source);
    Object.preventExtensions(this);
  }
  set rule(rule: Excel.DataValidationRule) {
    this.assign("rule", rule, ({ sheet, rect }) => {
      const list = rule?.list;
      if (!list || typeof list.source !== "string" || list.source === "") throw new FakeOfficeError("InvalidArgument", "only list rules are modelled");
      sheet.validations = sheet.validations.filter((v) => !intersects(v.range, rect));
      sheet.validations.push({ range: { ...rect }, rule: JSON.parse(JSON.stringify(rule)), errorAlert: null });
    });
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.assign("errorAlert", alert, ({ sheet, rect }) => {
      const v = sheet.validations.find((x) => rectAddress(x.range) === rectAddress(rect));
      if (!v) throw new FakeOfficeError("InvalidOperation", "errorAlert before a rule on this range");
      oneOf(alert.style, ["Stop", "Warning", "Information"] as const, "alert style");
      v.errorAlert = { ...alert };
    });
  }
  clear(): void {
    this.act(10, ({ sheet, rect }) => {
      sheet.validations = sheet.validations.filter((v) => !intersects(v.range, rect));
    });
  }
}

export class FakeConditionalFormats extends WriteOnly<RangeTarget> {
  constructor(context: FakeContext, source: Source<RangeTarget>) {
    super(context, source);
    Object.preventExtensions(this);
  }
  add(type: string): FakeConditionalFormat {
    const kind = oneOf(type, ["Custom", "DataBar", "ColorScale", "IconSet", "TopBottom", "PresetCriteria", "ContainsText", "CellValue"] as const, "type");
    return new FakeConditionalFormat(this.context, {
      resolve: () => {
        const { sheet, rect } = this.resolved();
        const state: ConditionalState = { range: { ...rect }, type: kind, rule: null, fill: null, fontColor: null };
        sheet.conditionals.unshift(state); // added at the top priority
        return state;
      },
    });
  }
  clearAll(): void {
    this.act(10, ({ sheet, rect }) => {
      sheet.conditionals = sheet.conditionals.filter((c) => !intersects(c.range, rect));
    });
  }
}

export class FakeConditionalFormat extends WriteOnly<ConditionalState> {
  readonly cellValue: FakeCellValueFormat;
  constructor(context: FakeContext, source: Source<ConditionalState>) {
    super(context, source);
    this.cellValue = new FakeCellValueFormat(context, {
      derive: () => {
        const state = this.resolved();
        if (state.type !== "CellValue") throw new FakeOfficeError("InvalidArgument", "cellValue of a format that is not CellValue");
        return state;
      },
      parent: this,
    });
    Object.preventExtensions(this);
  }
}

export class FakeCellValueFormat extends WriteOnly<ConditionalState> {
  readonly format: { fill: { color: string }; font: { color: string } };
  constructor(context: FakeContext, source: Source<ConditionalState>) {
    super(context, source);
    const state = () => this.resolved();
    const colour = (key: "fill" | "fontColor") =>
      Object.preventExtensions({
        set color(v: string) {
          const color = checkColor(v);
          context.enqueue({ bytes: JSON.stringify(color).length, run: () => void (state()[key] = color) });
        },
      });
    this.format = { fill: colour("fill"), font: colour("fontColor") };
    Object.preventExtensions(this);
  }
  set rule(rule: Excel.ConditionalCellValueRule) {
    this.assign("rule", rule, (state) => {
      oneOf(rule.operator, ["Between", "NotBetween", "EqualTo", "NotEqualTo", "GreaterThan", "LessThan", "GreaterThanOrEqual", "LessThanOrEqual"] as const, "operator");
      if (typeof rule.formula1 !== "string" || rule.formula1 === "") throw new FakeOfficeError("InvalidArgument", "formula1");
      state.rule = { ...rule };
    });
  }
}
