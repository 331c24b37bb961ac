// Reading sheets in row blocks, for workbooks whose used ranges do not fit in one response:
// one sync per group of blocks of about `responseBudget` bytes of response. Sizes need no
// sync of their own: the first group reads each sheet's first rows (the used part of them)
// together with the used range's size. Later groups are sized by the bytes per cell the
// earlier ones took, sheet by sheet. When Excel refuses a group (too big for its payload
// limit, too many merged areas), the group is halved and tried again, and later groups aim
// lower; a refusal that persists down to single rows, or too many refusals, is thrown, so a
// permanent error surfaces instead of turning into a sync per row.
import type { Grid, MergeRange } from "../workbook/grid";
import { GridBuilder } from "./grid-builder";
import { addRangeData, parseMergedAreas } from "./range-data";

export interface ReadOptions {
  /** Bytes of response to aim at per sync when reading in blocks; default 4 600 000 (Excel on the web: 5 MB). */
  responseBudget?: number;
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

const RESPONSE_BUDGET = 4_600_000;
/** Until a sheet has been read from: JSON bytes per cell of values, formulas and formats. */
const GUESSED_CELL_BYTES = 40;
/** …and, before its size is known, its width in columns. */
const GUESSED_WIDTH = 16;
/** Refusals allowed per read: halving 16 times takes 100 000 cells down to one row of 2. */
const MAX_REFUSALS = 16;

export async function readInBlocks(context: Excel.RequestContext, items: BlockSheet[], opts: ReadOptions): Promise<Grid[]> {
  const reader = new BlockReader(context, items);
  let target = Math.max(1, opts.responseBudget ?? RESPONSE_BUDGET);
  let refusals = 0;
  const refused = (e: unknown, single: boolean) => {
    if (single || ++refusals > MAX_REFUSALS) throw e;
  };

  const unknown = items.filter((it) => it.dims === null).length;
  // Rows of each sheet of unknown size read along with the sizes, by a guess at its width.
  let firstRows = Math.max(1, Math.floor(target / (Math.max(1, unknown) * GUESSED_WIDTH * GUESSED_CELL_BYTES)));
  while (unknown > 0) {
    const refusal = await reader.readFirst(firstRows);
    if (refusal === null) break;
    refused(refusal, firstRows === 1);
    firstRows = Math.max(1, Math.floor(firstRows / 2));
  }

  const cursor = new RowCursor(reader.dims, reader.done);
  for (let group = cursor.take(target, reader.cellBytes()); group.length > 0; group = cursor.take(target, reader.cellBytes())) {
    const refusal = await reader.read(group);
    if (refusal === null) {
      cursor.advance(group);
      continue;
    }
    refused(refusal, group.length === 1 && group[0].rows === 1);
    // Aim below what was refused, whatever the per-cell estimate said.
    target = Math.min(target, reader.estimate(group) / 2);
  }
  return reader.grids();
}

/** Walks the used rows of every sheet in order, handing out groups of at most `budget` bytes. */
class RowCursor {
  private k = 0;
  private row = 0;

  /** `from[k]`: the first row of sheet k not read yet. */
  constructor(
    private readonly dims: (Dims | null)[],
    private readonly from: number[],
  ) {
    this.row = this.start(0);
    this.skipDone();
  }

  private start(k: number): number {
    return Math.max(this.dims[k]?.rowIndex ?? 0, this.from[k] ?? 0);
  }

  /** The next group (not yet consumed); at least one row even when a row exceeds the budget. */
  take(budget: number, cellBytes: number[]): Block[] {
    const group: Block[] = [];
    let bytes = 0;
    let k = this.k;
    let row = this.row;
    while (k < this.dims.length) {
      const d = this.dims[k];
      const end = d ? d.rowIndex + d.rowCount : 0;
      if (!d || row >= end) {
        k++;
        row = this.start(k);
        continue;
      }
      const rowBytes = d.columnCount * cellBytes[k];
      const fit = Math.floor((budget - bytes) / rowBytes);
      if (fit < 1 && group.length > 0) break;
      const rows = Math.min(Math.max(fit, 1), end - row);
      group.push({ k, top: row, rows });
      bytes += rows * rowBytes;
      row += rows;
      if (bytes >= budget) break;
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
      this.row = this.start(this.k);
    }
  }
}

interface Loaded {
  range: Excel.Range;
  merged: Excel.RangeAreas;
}

class BlockReader {
  private readonly builders: GridBuilder[];
  private readonly merges: MergeRange[][];
  readonly dims: (Dims | null)[];
  /** Rows before which each sheet has been read (the first group's rows). */
  readonly done: number[];
  /** Response bytes and cells read so far, per sheet, for sizing the next groups. */
  private readonly bytes: number[];
  private readonly cells: number[];

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly items: BlockSheet[],
  ) {
    this.builders = items.map(() => new GridBuilder());
    this.merges = items.map(() => []);
    this.dims = items.map((it) => it.dims);
    this.done = items.map(() => 0);
    this.bytes = items.map(() => 0);
    this.cells = items.map(() => 0);
  }

  /** Bytes per cell of each sheet: measured, else the average so far, else a guess. */
  cellBytes(): number[] {
    const cells = this.cells.reduce((a, b) => a + b, 0);
    const average = cells > 0 ? this.bytes.reduce((a, b) => a + b, 0) / cells : GUESSED_CELL_BYTES;
    return this.items.map((_, k) => (this.cells[k] > 0 ? this.bytes[k] / this.cells[k] : average));
  }

  estimate(group: Block[]): number {
    const per = this.cellBytes();
    return group.reduce((sum, b) => sum + b.rows * (this.dims[b.k] as Dims).columnCount * per[b.k], 0);
  }

  /**
   * One sync: the used range's size of every sheet whose size is not known, and the used
   * part of its first `rows` rows. Returns Excel's refusal instead of throwing it.
   */
  async readFirst(rows: number): Promise<unknown> {
    const queued = this.items.map((it) => {
      if (it.dims !== null) return null;
      const used = it.sheet.ws.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      const first = it.sheet.ws.getRange(`1:${rows}`);
      const range = first.getUsedRangeOrNullObject(true);
      range.load("rowIndex,columnIndex,values,formulas,numberFormat");
      const merged = first.getMergedAreasOrNullObject();
      merged.load("address");
      return { used, range, merged };
    });
    try {
      await this.context.sync();
    } catch (e) {
      return e;
    }
    if (queued.some((q) => q !== null && !q.range.isNullObject && q.range.values === null)) {
      return new Error("Rentang terlalu besar untuk dibaca sekaligus.");
    }
    queued.forEach((q, k) => {
      if (q === null) return;
      const { used, range, merged } = q;
      this.dims[k] = used.isNullObject
        ? null
        : { rowIndex: used.rowIndex, columnIndex: used.columnIndex, rowCount: used.rowCount, columnCount: used.columnCount };
      this.done[k] = rows;
      if (!range.isNullObject) this.add(k, { range, merged }, range.rowIndex, range.columnIndex);
      else if (!merged.isNullObject) this.merges[k].push(...parseMergedAreas(merged.address));
    });
    return null;
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
    group.forEach((b, i) => this.add(b.k, queued[i], b.top, (this.dims[b.k] as Dims).columnIndex));
    return null;
  }

  private add(k: number, { range, merged }: Loaded, rowIndex: number, columnIndex: number): void {
    const data = { values: range.values, formulas: range.formulas, numberFormat: range.numberFormat };
    addRangeData(this.builders[k], { ...data, rowIndex, columnIndex });
    this.cells[k] += data.values.length * (data.values[0]?.length ?? 0);
    this.bytes[k] += JSON.stringify(data).length;
    if (!merged.isNullObject) this.merges[k].push(...parseMergedAreas(merged.address));
  }

  grids(): Grid[] {
    return this.items.map((it, k) =>
      this.builders[k].build(it.sheet.name, this.merges[k].sort((a, b) => a.top - b.top || a.left - b.left), it.sheet.hidden),
    );
  }
}
