// `sakip consolidate` of a region: `count` unit workbooks (unitWorkbook(i), all three layouts)
// written to a temporary folder, then one recap through the CLI's entry point.
import * as fs from "node:fs";
import * as path from "node:path";
import { unitWorkbook } from "./workbooks";
import { timeOnce, progress, round } from "./measure";
import { runCli } from "./commands";
import type { Main } from "./cli-bundle";

export async function writeUnits(dir: string, count: number): Promise<string> {
  const folder = path.join(dir, `upt-${count}`);
  fs.mkdirSync(folder, { recursive: true });
  for (let i = 0; i < count; i++) {
    await unitWorkbook(i).xlsx.writeFile(path.join(folder, `upt-${String(i + 1).padStart(4, "0")}.xlsx`));
    if ((i + 1) % 100 === 0) progress(`unitWorkbook: ${i + 1}/${count} written`);
  }
  return folder;
}

/** Milliseconds of one `sakip consolidate FOLDER -o OUT` (one run: it already lasts long). */
export async function timeConsolidate(main: Main, folder: string, dir: string): Promise<number> {
  const out = path.join(dir, "rekap.xlsx");
  const ms = await timeOnce(() => runCli(main, ["consolidate", folder, "-o", out]));
  progress(`consolidate ${folder}: ${Math.round(ms)} ms`);
  return round(ms);
}
