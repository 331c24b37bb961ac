// Where the time of one `sakip check` goes, phase by phase (timing spans, not a profiler): the
// fast reader turning the file into grids, buildModel, runChecks, the JSON. The benchmark prints
// it for the largest workbook so a shortfall points at its module.
import { promises as fs } from "node:fs";
import { performance } from "node:perf_hooks";
import { readGrids } from "../src/xlsx";
import { buildModel } from "../src/workbook/read-model";
import { runChecks } from "../src/checks";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { findingsJson } from "../src/cli/findings-text";
import { collectGarbage, round } from "./measure";

export interface CheckPhases {
  /** readGrids of the file's bytes (src/xlsx/read-grids.ts): unzip, XML, grids. */
  read_ms: number;
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
  const grids = await readGrids(bytes);
  const read_ms = lap();
  const model = buildModel(grids, DEFAULT_SETTINGS);
  const build_model_ms = lap();
  const findings = runChecks(model, DEFAULT_SETTINGS);
  const run_checks_ms = lap();
  findingsJson(file, findings);
  const json_ms = lap();
  return { read_ms, build_model_ms, run_checks_ms, json_ms, findings: findings.length };
}
