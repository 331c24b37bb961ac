// The fast reader: a workbook file → plain grids, for the commands that only read (`sakip check`,
// `sakip consolidate`). It gives the same grids as readXlsx(…).grids (ExcelJS) without building
// ExcelJS's object model: the XML streams out of the zip (node:zlib) through a small parser
// straight into GridBuilder, so time and memory go to the grid alone. Node only; commands that
// write the workbook back, and the task pane, read with ExcelJS (read.ts).
import type { Grid } from "../workbook/grid";
import { UnusableInputError } from "./errors";
import { workbookArchive } from "./input";
import { MAX_GRID_UNPACKED_BYTES, type ReadLimits } from "./limits";
import { Parts } from "./parts";
import { readSharedStrings } from "./shared-strings";
import { readSheet } from "./sheet-xml";
import { CellStyles, readStyles } from "./styles-xml";
import { DamagedPartError, checkPart } from "./unzip";
import { WORKBOOK_PART, readWorkbookParts } from "./workbook-parts";
import { XmlError } from "./xml-scanner";
import { TextPool } from "./text-pool";

export async function readGrids(input: string | Uint8Array | ArrayBuffer, limits: ReadLimits = {}): Promise<Grid[]> {
  const archive = await workbookArchive(input, limits, MAX_GRID_UNPACKED_BYTES);
  try {
    return await gridsOf(new Parts(archive.bytes, archive.entries));
  } catch (e) {
    if (e instanceof DamagedPartError || e instanceof XmlError) {
      throw new UnusableInputError(`Berkas .xlsx rusak dan tidak dapat dibaca (${e.message.split("\n")[0].slice(0, 120)}): ${archive.label}`);
    }
    throw e;
  }
}

async function gridsOf(parts: Parts): Promise<Grid[]> {
  const workbookEntry = parts.find(WORKBOOK_PART);
  if (!workbookEntry) throw new XmlError(`${WORKBOOK_PART} tidak ada`); // input.ts has already refused this
  const workbook = await readWorkbookParts(parts, workbookEntry);
  const texts = new TextPool();
  const strings = workbook.sharedStrings ? await readSharedStrings(parts, workbook.sharedStrings, texts) : [];
  const styles = workbook.styles ? await readStyles(parts, workbook.styles) : CellStyles.NONE;
  const context = { strings, texts, styles, date1904: workbook.date1904 };
  const grids: Grid[] = [];
  for (const sheet of workbook.sheets) {
    const entry = parts.find(sheet.part);
    const grid = entry ? await readSheet(parts, entry, sheet.name, sheet.hidden, context) : null;
    if (grid) grids.push(grid);
  }
  // A damaged part the grids do not need (a theme, an image) still means a damaged file: the
  // user hears it now rather than from Excel later (ExcelJS, which unpacks everything, agrees).
  for (const entry of parts.unread()) await checkPart(parts.zip, entry);
  return grids;
}
