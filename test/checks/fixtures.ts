// The fixture workbooks (test/fixtures/xlsx) with their expected facts (test/fixtures/expected):
// read with the ExcelJS gateway and the workbook reader, as the CLI does.
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Finding, SakipModel } from "../../src/core/model";
import type { Grid } from "../../src/workbook/grid";
import { buildModel } from "../../src/workbook/read-model";
import { readXlsx } from "../../src/xlsx";

export const ROOT = resolve(__dirname, "../..");
const EXPECTED = resolve(ROOT, "test/fixtures/expected");

/** A slip the fixture's author put in on purpose (or allows), with the cells it may be reported at. */
export interface ExpectedSlip {
  rule: Finding["rule"];
  severity: Finding["severity"];
  sheet: string;
  cell: string;
  alt?: string[];
  optional?: boolean;
}

export interface Fixture {
  name: string;
  file: string;
  slips: ExpectedSlip[];
  /** Rules that may be reported anywhere in this workbook (e.g. serapan-low infos). */
  allow: string[];
}

export function fixtures(): Fixture[] {
  return readdirSync(EXPECTED)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const json = JSON.parse(readFileSync(resolve(EXPECTED, f), "utf8")) as { file: string; slips?: ExpectedSlip[]; allow?: string[] };
      return { name: f.replace(/\.json$/, ""), file: resolve(ROOT, json.file), slips: json.slips ?? [], allow: json.allow ?? [] };
    });
}

/** A workbook without any slip of severity error. */
export const isClean = (f: Fixture): boolean => !f.slips.some((s) => s.severity === "error");

export async function readGrids(file: string): Promise<Grid[]> {
  return (await readXlsx(file)).grids;
}

export function model(grids: Grid[]): SakipModel {
  return buildModel(grids, {});
}

/** Whether a finding is the expected slip (at its cell or an alternative one). */
export function matches(f: Finding, s: ExpectedSlip): boolean {
  return f.rule === s.rule && f.severity === s.severity && f.sheet === s.sheet && [s.cell, ...(s.alt ?? [])].includes(f.cell);
}
