// Where the time of one `sakip check` goes, phase by phase (timing spans, not a profiler):
// ExcelJS parsing the file, turning sheets into grids, buildModel, runChecks, the JSON. The
// benchmark prints it for the largest workbook so a shortfall points at its module.
import { promises as fs } from "node:fs";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { sheetGrid } from "../src/xlsx/read";
import { buildModel } from "../src/workbook/read-model";
import { runChecks } from "../src/checks";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { findingsJson } from "../src/cli/findings-text";
import { collectGarbage, round } from "./measure";

export interface CheckPhases {
  /** new ExcelJS.Workbook().xlsx.load of the file's bytes (src/xlsx/read.ts readXlsx). */
  exceljs_load_ms: number;
  /** sheetGrid of every worksheet (src/xlsx/read.ts). */
  grids_ms: number;
  /** buildModel (src/workbook/read-model.ts): table detection and the model. */
  build_model_ms: number;
  /** runChecks (src/checks/run.ts). */
  run_checks_ms: number;
  /** findingsJson (src/cli/findings-text.ts). */
  json_ms: number;
  findings: number;
}

export async function checkPhases(file: string): Promise<CheckPhases> {
  collectGarbage();
  const bytes = await fs.readFile(file);
  let t = performance.now();
  const lap = () => {
    const now = performance.now();
    const ms = now - t;
    t = now;
    return round(ms);
  };
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const exceljs_load_ms = lap();
  const grids = wb.worksheets.map((ws) => sheetGrid(ws, false));
  const grids_ms = lap();
  const model = buildModel(grids, DEFAULT_SETTINGS);
  const build_model_ms = lap();
  const findings = runChecks(model, DEFAULT_SETTINGS);
  const run_checks_ms = lap();
  findingsJson(file, findings);
  const json_ms = lap();
  return { exceljs_load_ms, grids_ms, build_model_ms, run_checks_ms, json_ms, findings: findings.length };
}
