// `sakip check` and `sakip summarize` timed in-process through the CLI's entry point main()
// (of the built bundle, see cli-bundle.ts), on Kanwil workbooks of 1 to 1000 units written to
// a temporary folder; and ExcelJS alone reading the same file, the yardstick of DESIGN §6.
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Output } from "../src/cli/commands";
import type { Main } from "./cli-bundle";
import { kanwilWorkbook } from "./workbooks";
import { medianMs, progress } from "./measure";

export const SIZES = [1, 13, 100, 1000] as const;

/** Runs per size: fewer for the big ones, whose single run already takes many seconds. */
export function runsFor(units: number, quick: boolean): number {
  if (quick) return units >= 1000 ? 1 : 3;
  return units >= 1000 ? 3 : units >= 100 ? 5 : 7;
}

/** summarize of 1000 units writes a narrative for 30 000 indicators: minutes per run, so one. */
export function summarizeRunsFor(units: number, quick: boolean): number {
  return units >= 1000 ? 1 : runsFor(units, quick);
}

export async function writeKanwil(dir: string, units: number): Promise<string> {
  const file = path.join(dir, `kanwil-${units}.xlsx`);
  await kanwilWorkbook(units).xlsx.writeFile(file);
  progress(`kanwilWorkbook(${units}) → ${(fs.statSync(file).size / 1e6).toFixed(2)} MB`);
  return file;
}

/** A CLI run whose output is dropped; a usage or input failure (exit 2) stops the benchmark. */
export async function runCli(main: Main, argv: string[]): Promise<number> {
  const errors: string[] = [];
  const io: Output = { out: () => undefined, err: (t) => void errors.push(t) };
  const code = await main(argv, io);
  if (code === 2) throw new Error(`sakip ${argv.join(" ")} → exit 2: ${errors.join("").trim()}`);
  return code;
}

export interface CommandTimes {
  check: number;
  summarize: number;
}

export async function timeCommands(main: Main, file: string, dir: string, units: number, quick: boolean): Promise<CommandTimes> {
  const out = path.join(dir, `ringkas-${units}.xlsx`);
  const check = await medianMs(`check ${units}`, runsFor(units, quick), () => runCli(main, ["check", file, "--json"]));
  const summarize = await medianMs(`summarize ${units}`, summarizeRunsFor(units, quick), () => runCli(main, ["summarize", file, "-o", out]));
  return { check, summarize };
}

export async function timeExcelJsRead(file: string, runs: number): Promise<number> {
  return medianMs("ExcelJS readFile", runs, () => new ExcelJS.Workbook().xlsx.readFile(file));
}
