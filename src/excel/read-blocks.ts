// Reading sheets in row blocks, for workbooks whose used ranges do not fit in one response:
// one sync per group of blocks of about `cellsPerSync` cells (plus one to learn the sizes
// when they are not known yet). When Excel refuses a group (too big for its payload limit,
// too many merged areas), the group size is halved for the rest of the read and the group
// is tried again; a refusal that persists down to single rows, or too many refusals, is
// thrown, so a permanent error surfaces instead of turning into a sync per row.
import type { Grid, MergeRange } from "../workbook/grid";
import { GridBuilder } from "./grid-builder";
import { addRangeData, parseMergedAreas } from "./range-data";

export interface ReadOptions {
  /** Cells per sync when reading in blocks; default 100 000 (about 3 MB of JSON). */
  cellsPerSync?: number;
}

export interface SheetInfo {
  ws: Excel.Worksheet;
  name: string;
  hidden: boolean;
}

export interface Dims {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

export interface BlockSheet {
  sheet: SheetInfo;
  /** The used range's position and size, when already known. */
  dims: Dims | null;
}

interface Block {
  /** Index into the sheets being read. */
  k: number;
  top: number;
  rows: number;
}

const CELLS_PER_SYNC = 100_000;
/** Refusals allowed per read: halving 16 times takes 100 000 cells down to one row of 2. */
const MAX_REFUSALS = 16;

export async function readInBlocks(context: Excel.RequestContext, items: BlockSheet[], opts: ReadOptions): Promise<Grid[]> {
  const reader = new BlockReader(context, items, await knownDims(context, items));
  let budget = Math.max(1, opts.cellsPerSync ?? CELLS_PER_SYNC);
  let refusals = 0;
  const cursor = new RowCursor(reader.dims);
  for (let group = cursor.take(budget); group.length > 0; group = cursor.take(budget)) {
    const refusal = await reader.read(group);
    if (refusal === null) {
      cursor.advance(group);
      continue;
    }
    const singleRows = group.length === 1 && group[0].rows === 1;
    if (singleRows || ++refusals > MAX_REFUSALS) throw refusal;
    budget = Math.max(1, Math.floor(groupCells(reader.dims, group) / 2));
  }
  return reader.grids();
}

function groupCells(dims: (Dims | null)[], group: Block[]): number {
  return group.reduce((sum, b) => sum + b.rows * (dims[b.k] as Dims).columnCount, 0);
}

/** Walks the used rows of every sheet in order, handing out groups of at most `budget` cells. */
class RowCursor {
  private k = 0;
  private row = 0;

  constructor(private readonly dims: (Dims | null)[]) {
    this.row = dims[0]?.rowIndex ?? 0;
    this.skipDone();
  }

  /** The next group (not yet consumed); at least one row even when a row exceeds the budget. */
  take(budget: number): Block[] {
    const group: Block[] = [];
    let cells = 0;
    let k = this.k;
    let row = this.row;
    while (k < this.dims.length) {
      const d = this.dims[k];
      const end = d ? d.rowIndex + d.rowCount : 0;
      if (!d || row >= end) {
        k++;
        row = this.dims[k]?.rowIndex ?? 0;
        continue;
      }
      const fit = Math.floor((budget - cells) / d.columnCount);
      if (fit < 1 && group.length > 0) break;
      const rows = Math.min(Math.max(fit, 1), end - row);
      group.push({ k, top: row, rows });
      cells += rows * d.columnCount;
      row += rows;
      if (cells >= budget) break;
    }
    return group;
  }

  advance(group: Block[]): void {
    const last = group[group.length - 1];
    this.k = last.k;
    this.row = last.top + last.rows;
    this.skipDone();
  }

  private skipDone(): void {
    while (this.k < this.dims.length) {
      const d = this.dims[this.k];
      if (d && this.row < d.rowIndex + d.rowCount) return;
      this.k++;
      this.row = this.dims[this.k]?.rowIndex ?? 0;
    }
  }
}

async function knownDims(context: Excel.RequestContext, items: BlockSheet[]): Promise<(Dims | null)[]> {
  const missing = items.map((it) => {
    if (it.dims) return null;
    const used = it.sheet.ws.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    return used;
  });
  if (missing.some((m) => m !== null)) await context.sync();
  return items.map((it, k) => {
    const used = missing[k];
    if (used === null) return it.dims;
    return used.isNullObject
      ? null
      : { rowIndex: used.rowIndex, columnIndex: used.columnIndex, rowCount: used.rowCount, columnCount: used.columnCount };
  });
}

class BlockReader {
  private readonly builders: GridBuilder[];
  private readonly merges: MergeRange[][];

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly items: BlockSheet[],
    readonly dims: (Dims | null)[],
  ) {
    this.builders = items.map(() => new GridBuilder());
    this.merges = items.map(() => []);
  }

  /** One sync for the group; returns Excel's refusal instead of throwing it. */
  async read(group: Block[]): Promise<unknown> {
    const queued = group.map((b) => {
      const d = this.dims[b.k] as Dims;
      const ws = this.items[b.k].sheet.ws;
      const range = ws.getRangeByIndexes(b.top, d.columnIndex, b.rows, d.columnCount);
      range.load("values,formulas,numberFormat");
      // Whole rows: a merge is reported once, by the block holding its top-left cell.
      const merged = ws.getRange(`${b.top + 1}:${b.top + b.rows}`).getMergedAreasOrNullObject();
      merged.load("address");
      return { range, merged };
    });
    try {
      await this.context.sync();
    } catch (e) {
      return e;
    }
    // Past Excel's cell limit for a get, the arrays come back null instead of an error.
    if (queued.some(({ range }) => range.values === null || range.formulas === null || range.numberFormat === null)) {
      return new Error("Rentang terlalu besar untuk dibaca sekaligus.");
    }
    group.forEach((b, i) => {
      const { range, merged } = queued[i];
      const data = { values: range.values, formulas: range.formulas, numberFormat: range.numberFormat };
      addRangeData(this.builders[b.k], { ...data, rowIndex: b.top, columnIndex: (this.dims[b.k] as Dims).columnIndex });
      if (!merged.isNullObject) this.merges[b.k].push(...parseMergedAreas(merged.address));
    });
    return null;
  }

  grids(): Grid[] {
    return this.items.map((it, k) =>
      this.builders[k].build(it.sheet.name, this.merges[k].sort((a, b) => a.top - b.top || a.left - b.left), it.sheet.hidden),
    );
  }
}
