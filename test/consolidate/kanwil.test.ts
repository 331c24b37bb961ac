// A Kanwil workbook with per-unit tables (helper C's fixture kanwil-per-upt.xlsx), consolidated
// alone: one budget row and one RB row per UPT, with the UPT's own figures.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { col, RekapSheet, runCli, tempDir, type Section } from "./helpers";

const FIXTURE = join(__dirname, "../fixtures/xlsx/kanwil-per-upt.xlsx");

interface ExpectedLine {
  unit: string;
  pagu: number;
  realisasi: number;
}
const expected = JSON.parse(readFileSync(join(__dirname, "../fixtures/expected/kanwil-per-upt.json"), "utf8")) as {
  anggaran: ExpectedLine[];
};

let dir: string;
let sheet: RekapSheet;
let stderr: string;

beforeAll(async () => {
  dir = tempDir("kanwil");
  const out = join(dir, "rekap.xlsx");
  const run = await runCli(["consolidate", FIXTURE, "-o", out]);
  expect(run.code).toBe(0);
  stderr = run.err;
  sheet = await RekapSheet.open(out);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const get = (title: string): Section => {
  const s = sheet.section(title);
  if (!s) throw new Error(`section ${title} missing`);
  return s;
};

test("one budget row per UPT, with its pagu, realisasi, sisa and serapan", () => {
  expect(stderr).toBe("");
  const s = get("B. ");
  expect(s.rows.map((r) => r[col(s, "Satuan Kerja")].value)).toEqual(expected.anggaran.map((a) => a.unit));
  s.rows.forEach((r, i) => {
    const e = expected.anggaran[i];
    expect(r[col(s, "Total Pagu")].value).toBe(e.pagu);
    expect(r[col(s, "Total Realisasi")].value).toBe(e.realisasi);
    expect(r[col(s, "Sisa")].value).toBe(e.pagu - e.realisasi);
    expect(r[col(s, "Serapan")].value).toBeCloseTo(e.realisasi / e.pagu, 12);
  });
  // The fixture's own TOTAL row states 177.845.824.000 and 171.751.663.629: the recap's sums agree.
  expect(s.total![col(s, "Total Pagu")].value).toBe(177845824000);
  expect(s.total![col(s, "Total Realisasi")].value).toBe(171751663629);
  expect(s.total![col(s, "Serapan")].value).toBeCloseTo(171751663629 / 177845824000, 12);
});

test("one RB row per UPT with B03 and B06 as the fixture states them", async () => {
  // Expected figures straight from the fixture's cells (ExcelJS, not our reader).
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(FIXTURE);
  const ws = wb.getWorksheet("RB per UPT")!;
  const rows = Array.from({ length: 14 }, (_, i) => ws.getRow(6 + i));
  const s = get("C. ");
  expect(s.rows.map((r) => r[col(s, "Satuan Kerja")].value)).toEqual(rows.map((r) => r.getCell(2).value));
  s.rows.forEach((r, i) => {
    const src = rows[i];
    expect(r[col(s, "Target B03")].value).toBe(src.getCell(3).value);
    expect(r[col(s, "Realisasi B03")].value).toBe(src.getCell(4).value);
    expect(r[col(s, "Target B06")].value).toBe(src.getCell(6).value);
    expect(r[col(s, "Realisasi B06")].value).toBe(src.getCell(7).value);
  });
  const sum = (c: number) => rows.reduce((x, r) => x + (r.getCell(c).value as number), 0);
  expect(s.total![col(s, "Target B06")].value).toBe(sum(6));
  expect(s.total![col(s, "Capaian B06")].value).toBeCloseTo(sum(7) / sum(6), 12);
});

test("a finding on a UPT's row is listed under that UPT", () => {
  const s = get("E. ");
  const low = s.rows.filter((r) => r[col(s, "Aturan")].value === "serapan-low");
  expect(low).toHaveLength(1);
  expect(low[0][col(s, "Satuan Kerja")].value).toBe("Bapas Kelas II Magelang");
});
