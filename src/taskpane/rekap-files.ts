// What "Gabungkan file UPT" needs beyond the pane's own code: ExcelJS to read the picked
// workbooks in the browser (the same reader the CLI uses) and the Kanwil recap. Loaded with a
// dynamic import only when the user picks files, so ExcelJS stays out of the initial bundle.
import { readXlsx } from "../xlsx/read";
import { UnusableInputError } from "../xlsx/errors";
import type { Grid } from "../workbook/grid";
import { buildRekap, planRekap } from "../consolidate";

export async function readUnitGrids(bytes: ArrayBuffer | Uint8Array): Promise<Grid[]> {
  return (await readXlsx(bytes)).grids;
}

export function isUnusableInput(e: unknown): boolean {
  return e instanceof UnusableInputError;
}

export interface RekapTools {
  readUnitGrids: typeof readUnitGrids;
  isUnusableInput: typeof isUnusableInput;
  buildRekap: typeof buildRekap;
  planRekap: typeof planRekap;
}

export { buildRekap, planRekap };
