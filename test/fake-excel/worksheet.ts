// Fake Excel.Workbook, WorksheetCollection, Worksheet, freeze panes and page layout.
import { parseAddress, rectAddress } from "./address";
import type { FakeContext } from "./context";
import { FakeOfficeError, notLoaded } from "./errors";
import { FakeObject, type Source, loadNames } from "./object";
import { FakeRange, FakeRangeAreas, areasSource, checkColor, rangeSource } from "./range";
import { SheetState, type WorkbookState } from "./state";

const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;

function checkName(state: WorkbookState, name: unknown, self: SheetState | null): string {
  if (typeof name !== "string" || name === "" || name.length > 31 || SHEET_NAME_FORBIDDEN.test(name) || /^'|'$/.test(name)) {
    throw new FakeOfficeError("InvalidArgument", `sheet name "${String(name)}"`);
  }
  const other = state.find(name);
  if (other && other !== self) throw new FakeOfficeError("ItemAlreadyExists", `sheet "${name}"`);
  return name;
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheets;
  constructor(context: FakeContext) {
    this.worksheets = new FakeWorksheets(context, { bound: context.engine.state });
    Object.preventExtensions(this);
  }
}

const SHEET_PROPS = ["name", "visibility", "position", "tabColor"] as const;

export class FakeWorksheets extends FakeObject<WorkbookState> {
  protected readonly loadable: readonly string[] = ["items"];
  private itemList: FakeWorksheet[] | null = null;

  constructor(context: FakeContext, source: Source<WorkbookState>) {
    super(context, source);
    Object.preventExtensions(this);
  }

  protected read(): unknown {
    return undefined;
  }

  get items(): FakeWorksheet[] {
    if (!this.itemList) throw notLoaded("items");
    return this.itemList;
  }

  /** load("items/name,items/visibility") or load("name,visibility"): the items' properties. */
  override load(spec?: string | string[] | { select?: string }): this {
    const names = loadNames(spec, ["items"])
      .map((n) => n.replace(/^items\//, ""))
      .filter((n) => n !== "items");
    for (const n of names) {
      if (!(SHEET_PROPS as readonly string[]).includes(n)) throw new FakeOfficeError("InvalidArgument", `fake: items/${n} cannot be loaded`);
    }
    this.context.enqueue({
      bytes: 20,
      run: () => {
        const state = this.resolved();
        const snapshot = state.sheets.map((sheet) => ({ sheet, values: new Map(names.map((n) => [n, sheetProp(state, sheet, n)] as const)) }));
        return {
          bytes: JSON.stringify(snapshot.map((s) => Object.fromEntries(s.values))).length,
          publish: () => {
            this.itemList = snapshot.map(({ sheet, values }) => FakeWorksheet.loaded(this.context, sheet, values));
          },
        };
      },
    });
    return this;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, {
      resolve: () => {
        const sheet = this.resolved().find(name);
        if (!sheet) throw new FakeOfficeError("ItemNotFound", `sheet "${name}"`);
        return sheet;
      },
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, { resolve: () => this.resolved().find(name) ?? null });
  }

  add(name?: string): FakeWorksheet {
    return new FakeWorksheet(this.context, {
      resolve: () => {
        const state = this.resolved();
        const sheet = new SheetState(checkName(state, name ?? `Sheet${state.sheets.length + 1}`, null), "Visible");
        state.sheets.push(sheet);
        return sheet;
      },
    });
  }
}

function sheetProp(state: WorkbookState, sheet: SheetState, name: string): unknown {
  switch (name) {
    case "name":
      return sheet.name;
    case "visibility":
      return sheet.visibility;
    case "position":
      return state.sheets.indexOf(sheet);
    default:
      return sheet.tabColor;
  }
}

export class FakeWorksheet extends FakeObject<SheetState> {
  protected readonly loadable: readonly string[] = SHEET_PROPS;
  readonly freezePanes: FakeFreezePanes;
  readonly pageLayout: FakePageLayout;

  constructor(context: FakeContext, source: Source<SheetState>) {
    super(context, source);
    const derive = () => this.live();
    this.freezePanes = new FakeFreezePanes(context, { derive, parent: this });
    this.pageLayout = new FakePageLayout(context, { derive, parent: this });
    Object.preventExtensions(this);
  }

  static loaded(context: FakeContext, sheet: SheetState, values: Map<string, unknown>): FakeWorksheet {
    const ws = new FakeWorksheet(context, { bound: sheet });
    ws.publishLoaded(values);
    return ws;
  }

  private live(): SheetState {
    const sheet = this.resolved();
    if (sheet.deleted) throw new FakeOfficeError("InvalidReference", "the worksheet was deleted");
    return sheet;
  }

  protected read(name: string, sheet: SheetState): unknown {
    return sheetProp(this.context.engine.state, sheet, name);
  }

  get name(): string {
    return this.prop("name");
  }
  set name(v: string) {
    this.assign("name", v, () => {
      const sheet = this.live();
      sheet.name = checkName(this.context.engine.state, v, sheet);
    });
  }
  get visibility(): string {
    return this.prop("visibility");
  }
  get position(): number {
    return this.prop("position");
  }
  get tabColor(): string {
    return this.prop("tabColor");
  }
  set tabColor(v: string) {
    const color = v === "" ? "" : checkColor(v);
    this.assign("tabColor", v, () => void (this.live().tabColor = color));
  }

  activate(): void {
    this.act(10, () => {
      const sheet = this.live();
      if (sheet.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", "a hidden sheet cannot be activated");
      this.context.engine.state.active = sheet;
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, rangeSource(address, () => this.live()));
  }

  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(this.context, areasSource(address, () => this.live()));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    const ok = [startRow, startColumn].every((n) => Number.isInteger(n) && n >= 0) && [rowCount, columnCount].every((n) => Number.isInteger(n) && n > 0);
    if (!ok) throw new FakeOfficeError("InvalidArgument", `getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount})`);
    const address = rectAddress({ top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 });
    return new FakeRange(this.context, rangeSource(address, () => this.live()));
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, {
      resolve: () => {
        const sheet = this.live();
        const rect = sheet.usedRect(valuesOnly);
        return rect ? { sheet, rect } : null;
      },
    });
  }
}

export class FakeFreezePanes extends FakeObject<SheetState> {
  protected readonly loadable: readonly string[] = [];
  constructor(context: FakeContext, source: Source<SheetState>) {
    super(context, source);
    Object.preventExtensions(this);
  }
  protected read(): unknown {
    return undefined;
  }
  freezeAt(frozenRange: string): void {
    const rect = typeof frozenRange === "string" ? parseAddress(frozenRange) : null;
    if (!rect || rect.top !== 0 || rect.left !== 0) throw new FakeOfficeError("InvalidArgument", `freezeAt(${String(frozenRange)})`);
    this.act(20, (sheet) => void (sheet.freeze = { rows: rect.bottom + 1, cols: rect.right + 1 }));
  }
  freezeRows(count = 1): void {
    if (!Number.isInteger(count) || count < 1) throw new FakeOfficeError("InvalidArgument", `freezeRows(${count})`);
    this.act(10, (sheet) => void (sheet.freeze = { rows: count, cols: 0 }));
  }
  freezeColumns(count = 1): void {
    if (!Number.isInteger(count) || count < 1) throw new FakeOfficeError("InvalidArgument", `freezeColumns(${count})`);
    this.act(10, (sheet) => void (sheet.freeze = { rows: 0, cols: count }));
  }
  unfreeze(): void {
    this.act(10, (sheet) => void (sheet.freeze = null));
  }
}

const PAPER = ["Letter", "Legal", "A3", "A4", "A5", "B4", "B5", "Folio"] as const;

export class FakePageLayout extends FakeObject<SheetState> {
  protected readonly loadable: readonly string[] = [];
  constructor(context: FakeContext, source: Source<SheetState>) {
    super(context, source);
    Object.preventExtensions(this);
  }
  protected read(): unknown {
    return undefined;
  }
  set paperSize(v: string) {
    if (!(PAPER as readonly string[]).includes(v)) throw new FakeOfficeError("InvalidArgument", `paperSize ${v}`);
    this.assign("paperSize", v, (sheet) => void (sheet.pageLayout.paperSize = v));
  }
  set orientation(v: string) {
    if (v !== "Portrait" && v !== "Landscape") throw new FakeOfficeError("InvalidArgument", `orientation ${v}`);
    this.assign("orientation", v, (sheet) => void (sheet.pageLayout.orientation = v));
  }
  set zoom(v: Excel.PageLayoutZoomOptions) {
    const fit = v.horizontalFitToPages !== undefined || v.verticalFitToPages !== undefined;
    if (fit && v.scale !== undefined) throw new FakeOfficeError("InvalidArgument", "zoom: scale together with fit to pages");
    if (v.scale !== undefined && (v.scale < 10 || v.scale > 400)) throw new FakeOfficeError("InvalidArgument", `zoom scale ${v.scale}`);
    this.assign("zoom", v, (sheet) => void (sheet.pageLayout.zoom = { ...v }));
  }
  setPrintTitleRows(rows: string): void {
    if (typeof rows !== "string" || !/^\$?\d+:\$?\d+$/.test(rows)) throw new FakeOfficeError("InvalidArgument", `printTitleRows ${rows}`);
    this.act(20, (sheet) => void (sheet.pageLayout.printTitleRows = rows));
  }
}
