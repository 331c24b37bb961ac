// A workbook that is valid but awkward: Excel errors in figure cells, formulas saved without a
// value, dates where numbers belong, a hidden sheet, texts longer than Excel allows. Every
// command completes and reports what it could not read; nothing it writes breaks Excel's limits.
import * as path from "node:path";
import ExcelJS from "exceljs";
import { sakip, tempDir, removeDir, ROOT } from "./cli";
import { readXlsx } from "../../src/xlsx";
import { readGrids, applyPlans } from "../../src/excel";
import { analyse, planConvert, planSummary } from "../../src/app/pipeline";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { createFakeExcel } from "../fake-excel";

/** Excel's maximum characters in one cell. */
const EXCEL_CELL_CHARS = 32_767;
const LONG = 40_000;

let dir: string;
let file: string;

interface JsonFinding {
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
  message: string;
}

async function awkwardWorkbook(target: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Capaian 2025");
  ws.addRow(["CAPAIAN KINERJA LAPAS KELAS IIA MAGELANG"]);
  ws.addRow(["TAHUN 2025"]);
  ws.addRow([]);
  ws.addRow(["No", "Sasaran Kegiatan", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)", "Keterangan"]);
  const sasaran = "Meningkatnya kualitas pembinaan";
  ws.addRow([1, sasaran, "Persentase narapidana yang mengikuti pembinaan kepribadian", "%", 0.9, 0.85, 94.44, "Sesuai jadwal"]); // row 5
  ws.addRow([2, sasaran, "Persentase narapidana yang mengikuti pembinaan kemandirian", "%", 0.6, { error: "#DIV/0!" }, null, ""]); // row 6
  ws.addRow([3, sasaran, "Persentase WBP yang memperoleh layanan kesehatan", "%", { error: "#N/A" }, 0.9, null, ""]); // row 7
  ws.addRow([4, sasaran, "Persentase WBP yang memperoleh hak integrasi", "%", 0.8, { formula: "E8*0.95" }, null, ""]); // row 8: no cached value
  ws.addRow([5, sasaran, "Jumlah kegiatan pembinaan keagamaan", "Kegiatan", new Date(Date.UTC(2025, 2, 1)), 12, null, ""]); // row 9: a date as target
  ws.addRow([6, sasaran, `Persentase klien ${"yang dibimbing ".repeat(LONG / 15)}`.slice(0, LONG), "%", 0.75, 0.8, 106.67, "x".repeat(LONG)]); // row 10
  for (const r of [5, 6, 7, 8, 10]) for (const c of [5, 6]) ws.getRow(r).getCell(c).numFmt = "0.00%";
  const hidden = wb.addWorksheet("Anggaran (arsip)", { state: "hidden" });
  hidden.addRow(["No", "Kegiatan", "Pagu", "Realisasi", "Sisa", "%"]);
  hidden.addRow([1, "Layanan Perkantoran", 1_120_000_000, 1_064_560_000, 55_440_000, 95.05]);
  hidden.addRow([2, "Layanan Pembinaan", 350_000_000, { error: "#REF!" }, 0, 0]);
  await wb.xlsx.writeFile(target);
}

beforeAll(async () => {
  dir = tempDir("odd");
  file = path.join(dir, "janggal.xlsx");
  await awkwardWorkbook(file);
});

afterAll(() => removeDir(dir));

async function findings(): Promise<JsonFinding[]> {
  const run = await sakip("check", file, "--json");
  expect([0, 1]).toContain(run.code);
  expect(run.stderr).toBe("");
  return (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
}

describe("cells a reader cannot take at face value", () => {
  it.each([
    ["an Excel error #DIV/0!", "Capaian 2025", "F6"],
    ["an Excel error #N/A", "Capaian 2025", "E7"],
    ["a formula saved without its value", "Capaian 2025", "F8"],
    ["a date where a number belongs", "Capaian 2025", "E9"],
    ["an Excel error #REF! on a hidden sheet", "Anggaran (arsip)", "D3"],
  ])("check reports %s as value-unreadable at its cell", async (_label, sheet, cell) => {
    const all = await findings();
    expect(all).toContainEqual(expect.objectContaining({ rule: "value-unreadable", sheet, cell }));
  });

  it("still checks the readable rows around them (the hidden sheet included)", async () => {
    const run = await sakip("summarize", file, "-o", path.join(dir, "ringkas.xlsx"));
    expect(run).toEqual({ code: 0, stdout: expect.stringMatching(/SAKIP Ringkasan/), stderr: "" });
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(path.join(dir, "ringkas.xlsx"));
    const texts = sheetTexts(out.getWorksheet("SAKIP Ringkasan") as ExcelJS.Worksheet);
    expect(texts.some((t) => t.includes("pembinaan kepribadian"))).toBe(true);
    expect(texts.some((t) => t.includes("Layanan Perkantoran"))).toBe(true);
  });

  it.each(["convert", "summarize"])("%s writes no cell longer than Excel allows (32 767 characters)", async (command) => {
    const out = path.join(dir, `${command}-panjang.xlsx`);
    const run = await sakip(command, file, "-o", out);
    expect(run.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    for (const ws of wb.worksheets.filter((w) => w.name.startsWith("SAKIP "))) {
      const tooLong = sheetTexts(ws).filter((t) => t.length > EXCEL_CELL_CHARS).length;
      expect({ sheet: ws.name, tooLong }).toEqual({ sheet: ws.name, tooLong: 0 });
    }
  });

  it("the task pane's gateway writes no cell longer than Excel allows either", async () => {
    const fake = createFakeExcel((await readXlsx(file)).grids);
    await fake.run(async (context) => {
      const grids = await readGrids(context);
      const analysis = analyse(grids, DEFAULT_SETTINGS);
      const plans = [...planSummary(analysis, DEFAULT_SETTINGS).plans, ...planConvert(analysis, DEFAULT_SETTINGS)];
      await applyPlans(context, plans, { replaceInputs: false, existing: grids.map((g) => g.name) });
    });
    const sakipGrids = fake.workbookGrids().filter((g) => g.name.startsWith("SAKIP "));
    expect(sakipGrids.length).toBeGreaterThanOrEqual(7);
    for (const g of sakipGrids) {
      const tooLong = g.values.flat().filter((v) => typeof v === "string" && v.length > EXCEL_CELL_CHARS).length;
      expect({ sheet: g.name, tooLong }).toEqual({ sheet: g.name, tooLong: 0 });
    }
  });

  it("reads the 40 000-character indicator whole", async () => {
    const run = await sakip("convert", file, "-o", path.join(dir, "pk.xlsx"));
    expect(run.stdout).toMatch(/6 indikator/);
  });

  it("reads the example workbook too (sanity of this suite's expectations)", async () => {
    const run = await sakip("check", path.join(ROOT, "examples", "contoh-bapas-magelang.xlsx"));
    expect([0, 1]).toContain(run.code);
  });
});

function sheetTexts(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const v = cell.value;
      if (typeof v === "string") out.push(v);
      else if (v && typeof v === "object" && "richText" in v) out.push(v.richText.map((r) => r.text).join(""));
      else if (v && typeof v === "object" && "formula" in v && typeof v.result === "string") out.push(v.result);
    }),
  );
  return out;
}
