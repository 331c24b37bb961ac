// The fast reader (readGrids) gives the grids ExcelJS gives (readXlsx(…).grids), deep-equal, on
// every workbook the project has: the fixtures and examples, the benchmark's generated unit and
// Kanwil workbooks, and the same fixtures as LibreOffice Calc saves them (another writer: its own
// styles, shared strings and XML layout). Needs `soffice` on PATH (LibreOffice; installed in CI).
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import type ExcelJS from "exceljs";
import { readGrids, readXlsx } from "../../src/xlsx";
import { kanwilWorkbook, unitWorkbook } from "../../bench/workbooks";
import { bytesOf } from "./build";

const ROOT = path.resolve(__dirname, "..", "..");

function xlsxFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return xlsxFiles(p);
    return d.name.endsWith(".xlsx") ? [p] : [];
  });
}

const FILES = [...xlsxFiles(path.join(ROOT, "test", "fixtures")), ...xlsxFiles(path.join(ROOT, "examples"))];

async function expectSameGrids(input: string | Uint8Array): Promise<void> {
  const exceljs = (await readXlsx(input)).grids;
  expect(exceljs.length).toBeGreaterThan(0);
  expect(await readGrids(input)).toEqual(exceljs);
}

describe("readGrids gives ExcelJS's grids", () => {
  test("the project has workbooks to compare", () => {
    expect(FILES.length).toBeGreaterThanOrEqual(13);
  });

  test.each(FILES.map((f) => [path.relative(ROOT, f), f]))("%s", async (_name, file) => {
    await expectSameGrids(file);
  });

  const generated: [string, () => ExcelJS.Workbook][] = [
    ["unitWorkbook(0)", () => unitWorkbook(0)],
    ["unitWorkbook(1)", () => unitWorkbook(1)],
    ["unitWorkbook(2)", () => unitWorkbook(2)],
    ["kanwilWorkbook(13)", () => kanwilWorkbook(13)],
  ];
  test.each(generated)("bench %s", async (_name, make) => {
    await expectSameGrids(await bytesOf(make()));
  });
});

describe("readGrids gives ExcelJS's grids on workbooks saved by LibreOffice Calc", () => {
  let dir: string;
  let converted: string[];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-lo-"));
    // A profile of its own: a second soffice (another test run, a user's) cannot get in the way.
    const profile = `-env:UserInstallation=file://${path.join(dir, "profile")}`;
    await promisify(execFile)("soffice", [profile, "--headless", "--convert-to", "xlsx", "--outdir", path.join(dir, "out"), ...FILES], {
      timeout: 150_000,
    });
    converted = xlsxFiles(path.join(dir, "out"));
  }, 180_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("every file was converted", () => {
    expect(converted.map((f) => path.basename(f)).sort()).toEqual([...new Set(FILES.map((f) => path.basename(f)))].sort());
  });

  test("each converted file", async () => {
    for (const file of converted) await expectSameGrids(file);
  });
});
