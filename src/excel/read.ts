// Office.js gateway, reading: every worksheet → a Grid, in two context.sync() calls whatever
// the number of sheets (names first, then every sheet's used range and merged areas at once).
// A workbook too big for one response falls back to reading in row blocks (read-blocks.ts).
import type { Grid } from "../workbook/grid";
import { GridBuilder } from "./grid-builder";
import { addRangeData, parseMergedAreas } from "./range-data";
import { readInBlocks, type BlockSheet, type ReadOptions, type SheetInfo } from "./read-blocks";

export type { ReadOptions };

interface Queued {
  used: Excel.Range;
  merged: Excel.RangeAreas;
}

export async function readGrids(context: Excel.RequestContext, opts: ReadOptions = {}): Promise<Grid[]> {
  const collection = context.workbook.worksheets;
  collection.load("items/name,items/visibility");
  await context.sync();
  const sheets: SheetInfo[] = collection.items.map((ws) => ({ ws, name: ws.name, hidden: ws.visibility !== "Visible" }));

  const queued = sheets.map(queueSheet);
  try {
    await context.sync();
  } catch {
    // The response was too big (5 MB in Excel on the web) or a sheet has more merged areas
    // than one call returns (512): read every sheet in smaller pieces instead.
    return readInBlocks(context, sheets.map((sheet) => ({ sheet, dims: null })), opts);
  }

  const grids: Grid[] = [];
  const big: { index: number; block: BlockSheet }[] = [];
  sheets.forEach((sheet, i) => {
    const { used, merged } = queued[i];
    const merges = merged.isNullObject ? [] : parseMergedAreas(merged.address);
    const builder = new GridBuilder();
    if (!used.isNullObject) {
      if (used.values === null || used.formulas === null || used.numberFormat === null) {
        // Past Excel's 5 000 000-cell limit a get returns null instead of the values.
        big.push({ index: i, block: { sheet, dims: dimsOf(used) } });
      } else {
        addRangeData(builder, used);
      }
    }
    grids[i] = builder.build(sheet.name, merges, sheet.hidden);
  });
  if (big.length > 0) {
    const read = await readInBlocks(context, big.map((b) => b.block), opts);
    big.forEach((b, k) => (grids[b.index] = read[k]));
  }
  return grids;
}

function queueSheet(sheet: SheetInfo): Queued {
  // valuesOnly: cells that only carry formatting do not widen the range read.
  const used = sheet.ws.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount,values,formulas,numberFormat");
  // Merged areas of the whole sheet: Excel returns only areas whose top-left cell lies in the
  // range asked about, and a merged title's top-left may be outside the used range.
  const merged = sheet.ws.getRange().getMergedAreasOrNullObject();
  merged.load("address");
  return { used, merged };
}

function dimsOf(used: Excel.Range): BlockSheet["dims"] {
  return { rowIndex: used.rowIndex, columnIndex: used.columnIndex, rowCount: used.rowCount, columnCount: used.columnCount };
}
