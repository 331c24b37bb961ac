// A sheet of 200 000 rows (written with ExcelJS's streaming writer): `check` completes and
// reports the unreadable cells buried in it. A million rows takes longer than a unit test should
// (about 30 s and 2.8 GB of memory on a 2-core machine, mostly building the model and checking
// it); the benchmark measures that size instead (bench/run.ts, check_1000000_rows).
import * as path from "node:path";
import { writeBigSheet, slipRows } from "../../bench/big-sheet";
import { sakip, tempDir, removeDir } from "./cli";

const ROWS = 200_000;
const SLIP_EVERY = 50_000;

let dir: string;
let file: string;

beforeAll(async () => {
  dir = tempDir("besar");
  file = path.join(dir, "besar.xlsx");
  await writeBigSheet(file, ROWS, SLIP_EVERY);
}, 60_000);

afterAll(() => removeDir(dir));

it(`checks a sheet of ${ROWS.toLocaleString("en-US")} rows and reports its unreadable cells`, async () => {
  const run = await sakip("check", file, "--json");
  expect(run.stderr).toBe("");
  expect(run.code).toBe(1);
  const { findings } = JSON.parse(run.stdout) as { findings: { rule: string; sheet: string; cell: string }[] };
  const unreadable = findings.filter((f) => f.rule === "value-unreadable").map((f) => `${f.sheet}!${f.cell}`);
  expect(unreadable).toEqual(slipRows(ROWS, SLIP_EVERY).map((r) => `Data Besar!E${r}`));
}, 180_000);
