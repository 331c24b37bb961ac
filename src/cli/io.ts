// File system edges of the CLI: read a workbook, write outputs without ever replacing the
// input and without leaving a half-written file behind.
import * as fs from "node:fs";
import * as path from "node:path";
import { readGrids, readXlsx, writeXlsx, UnusableInputError, type XlsxBook } from "../xlsx";
import type { Grid } from "../workbook/grid";
import { UsageError } from "./args";

/** A workbook to write back into (convert, summarize): ExcelJS's full model. */
export async function openBook(file: string): Promise<XlsxBook> {
  return readXlsx(file);
}

/** A workbook only read (check, consolidate): its grids, by the fast reader. */
export async function openGrids(file: string): Promise<Grid[]> {
  return readGrids(file);
}

/** Refuses to write over the input: staff's own workbook is never replaced. */
export function checkOutputPath(output: string | null, inputs: string[], what = "-o"): string {
  if (!output) throw new UsageError(`Opsi ${what} (berkas keluaran) wajib diisi.`);
  const target = path.resolve(output);
  if (inputs.some((f) => path.resolve(f) === target)) {
    throw new UsageError("Berkas keluaran tidak boleh sama dengan berkas masukan; buku kerja asli tidak pernah ditimpa.");
  }
  if (fs.existsSync(target) && fs.statSync(target).isDirectory()) {
    throw new UsageError(`Berkas keluaran adalah folder: ${output}`);
  }
  const dir = path.dirname(target);
  if (!fs.existsSync(dir)) throw new UsageError(`Folder keluaran tidak ada: ${dir}`);
  return target;
}

/** Writes to a temporary name beside the target, then renames: all or nothing. */
export async function writeAtomically(target: string, write: (tmp: string) => Promise<void>): Promise<void> {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    await write(tmp);
    fs.renameSync(tmp, target);
  } finally {
    if (fs.existsSync(tmp)) fs.rmSync(tmp, { force: true });
  }
}

export async function saveBook(book: XlsxBook, target: string): Promise<void> {
  await writeAtomically(target, (tmp) => writeXlsx(book, tmp));
}

export { UnusableInputError };
