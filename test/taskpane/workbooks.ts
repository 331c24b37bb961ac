// Workbooks for the task pane tests: the fixture workbooks (helper C) and the example of a
// Bapas, read by the same xlsx gateway as the CLI, and bigger workbooks made of their sheets.
import * as fs from "node:fs";
import * as path from "node:path";
import { readXlsx } from "../../src/xlsx";
import type { Grid } from "../../src/workbook/grid";
import { SAKIP_PREFIX } from "../../src/workbook/grid";
import { content } from "../excel/workbooks";
import * as engine from "../../src/taskpane/engine";
import * as rekapTools from "../../src/taskpane/rekap-files";
import { createController, type Controller, type ExcelRun } from "../../src/taskpane/run";

export const ROOT = path.resolve(__dirname, "..", "..");
export const FIXTURES = path.join(ROOT, "test", "fixtures", "xlsx");
export const EXAMPLE = path.join(ROOT, "examples", "contoh-bapas-magelang.xlsx");

export function fixturePath(name: string): string {
  return path.join(FIXTURES, `${name}.xlsx`);
}

export async function gridsOf(file: string): Promise<Grid[]> {
  return (await readXlsx(file)).grids;
}

/** Every sheet of every fixture workbook and of the example, in a fixed order. */
export async function allFixtureSheets(): Promise<Grid[]> {
  const files = [
    EXAMPLE,
    ...fs
      .readdirSync(FIXTURES)
      .filter((n) => n.endsWith(".xlsx"))
      .sort()
      .map((n) => path.join(FIXTURES, n)),
  ];
  const sheets: Grid[] = [];
  for (const f of files) sheets.push(...(await gridsOf(f)));
  return sheets;
}

/** A workbook of `n` user sheets taken in turn from `pool`, renamed so names stay unique. */
export function workbookOf(n: number, pool: readonly Grid[]): Grid[] {
  return Array.from({ length: n }, (_, i) => {
    const g = pool[i % pool.length];
    const name = `${String(i + 1).padStart(2, "0")} ${g.name}`.slice(0, 31);
    return { ...g, name };
  });
}

export const isUserSheet = (name: string) => !name.startsWith(SAKIP_PREFIX);

/** The user's sheets of a workbook, cell by cell, for before/after comparisons. */
export function userContent(grids: readonly Grid[]): ReturnType<typeof content>[] {
  return grids.filter((g) => isUserSheet(g.name)).map(content);
}

/** The pane's controller over the given Excel.run, with the modules loaded directly. */
export function controllerFor(run: ExcelRun): Controller {
  return createController({
    excelRun: run,
    loadEngine: async () => engine,
    loadRekapTools: async () => rekapTools,
  });
}
