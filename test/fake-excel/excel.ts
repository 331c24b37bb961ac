// createFakeExcel: a workbook of grids behind a fake request context (see index.ts).
import type { CellRef } from "../../src/core/model";
import type { Grid } from "../../src/workbook/grid";
import { FakeContext, type Engine, type FakeOptions } from "./context";
import { WorkbookState, type SheetState, type FakeCell } from "./state";
import { cellAddress, parseAddress, letters } from "./address";

/** Excel on the web's request/response limit. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** DESIGN §6: at most 3 context.sync() calls plus one per 5 MB chunk of payload (both ways). */
export function allowedSyncs(payloadBytes: number): number {
  return 3 + Math.ceil(payloadBytes / WEB_PAYLOAD_LIMIT);
}

export interface FakeExcel {
  /** A request context, as Excel.run hands one to its batch function. */
  context: Excel.RequestContext;
  /** Excel.run: a fresh context, the batch, then a final sync of what is still queued. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  syncCount(): number;
  /** Bytes of all requests sent and responses received so far (Excel on the web's payloads). */
  payload(): { request: number; response: number };
  /** The workbook now, as grids (values from A1, formats, formulas, merges, hidden). */
  workbookGrids(): Grid[];
  /** The cell range selected by the last Range.select(), with its sheet. */
  selected(): CellRef | null;
  /** The active sheet's name. */
  activeSheet(): string | null;
  /** Everything the fake keeps for one sheet (styles, widths, validations …), for assertions. */
  sheet(name: string): SheetView;
}

export interface SheetView {
  name: string;
  visibility: string;
  position: number;
  tabColor: string;
  freeze: { rows: number; cols: number } | null;
  pageLayout: SheetState["pageLayout"];
  validations: SheetState["validations"];
  conditionals: SheetState["conditionals"];
  /** Column width in points, null for the standard width. Column by letter ("B"). */
  columnWidth(column: string): number | null;
  /** The cell at an A1 address; an empty cell reads as a blank FakeCell. */
  cell(address: string): FakeCell;
  merges: string[];
}

export function createFakeExcel(grids: Grid[], opts: FakeOptions = {}): FakeExcel {
  const engine: Engine = {
    state: WorkbookState.fromGrids(grids),
    opts: {
      payloadLimit: opts.payloadLimit ?? WEB_PAYLOAD_LIMIT,
      cellLimit: opts.cellLimit ?? 5_000_000,
      mergedAreaLimit: opts.mergedAreaLimit ?? 512,
      evaluate: opts.evaluate ?? (() => null),
    },
    syncs: 0,
    requestBytes: 0,
    responseBytes: 0,
  };
  const newContext = () => new FakeContext(engine) as unknown as Excel.RequestContext;
  const context = newContext();
  return {
    context,
    async run(batch) {
      const ctx = newContext();
      const result = await batch(ctx);
      if ((ctx as unknown as FakeContext).pendingActions > 0) await ctx.sync();
      return result;
    },
    syncCount: () => engine.syncs,
    payload: () => ({ request: engine.requestBytes, response: engine.responseBytes }),
    workbookGrids: () => engine.state.sheets.map(toGrid),
    selected: () => engine.state.selection && { ...engine.state.selection },
    activeSheet: () => engine.state.active?.name ?? null,
    sheet: (name) => view(engine.state.find(name) ?? missing(name), engine.state.sheets),
  };
}

function missing(name: string): never {
  throw new Error(`fake: no sheet "${name}"`);
}

function toGrid(sheet: SheetState): Grid {
  const values: Grid["values"] = [];
  const formats: NonNullable<Grid["formats"]> = [];
  const formulas: NonNullable<Grid["formulas"]> = [];
  let anyFormat = false;
  let anyFormula = false;
  sheet.rows.forEach((cells, r) =>
    cells?.forEach((cell, c) => {
      if (!cell || (cell.value === null && cell.formula === null)) return;
      while (values.length <= r) values.push([]);
      while (values[r].length < c) values[r].push(null);
      values[r][c] = cell.value;
      if (cell.numberFormat !== "General") {
        anyFormat = true;
        (formats[r] ??= [])[c] = cell.numberFormat;
      }
      if (cell.formula !== null) {
        anyFormula = true;
        (formulas[r] ??= [])[c] = cell.formula;
      }
    }),
  );
  const fill = (rows: (string | null)[][]) => {
    for (let r = 0; r < values.length; r++) rows[r] = Array.from({ length: values[r].length }, (_, c) => rows[r]?.[c] ?? null);
    return rows;
  };
  const grid: Grid = { name: sheet.name, values, merges: sheet.merges.map((m) => ({ ...m })) };
  if (anyFormat) grid.formats = fill(formats);
  if (anyFormula) grid.formulas = fill(formulas);
  if (sheet.visibility !== "Visible") grid.hidden = true;
  return grid;
}

function view(sheet: SheetState, sheets: SheetState[]): SheetView {
  return {
    name: sheet.name,
    visibility: sheet.visibility,
    position: sheets.indexOf(sheet),
    tabColor: sheet.tabColor,
    freeze: sheet.freeze,
    pageLayout: sheet.pageLayout,
    validations: sheet.validations,
    conditionals: sheet.conditionals,
    columnWidth: (column) => {
      const rect = parseAddress(`${column}1`);
      return rect ? (sheet.columnWidths.get(rect.left) ?? null) : null;
    },
    cell: (address) => {
      const rect = parseAddress(address);
      if (!rect) throw new Error(`fake: bad address ${address}`);
      return sheet.cell(rect.top, rect.left) ?? { value: null, formula: null, numberFormat: "General", quotePrefix: false, hyperlink: null, format: { borders: {} } };
    },
    merges: sheet.merges.map((m) => `${cellAddress(m.top, m.left)}:${letters(m.right)}${m.bottom + 1}`),
  };
}
