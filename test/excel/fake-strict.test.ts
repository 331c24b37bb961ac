// The fake must fail where Excel fails, or tests through it prove nothing.
import { createFakeExcel, FakeOfficeError } from "../fake-excel";
import type { Grid } from "../../src/workbook/grid";

const grids: Grid[] = [
  { name: "Capaian 2023", values: [["Indikator", "Target"], ["Litmas tepat waktu", 0.9]], formats: [[], [null, "0%"]], merges: [] },
  { name: "Arsip", values: [["lama"]], merges: [], hidden: true },
];

async function rejection(p: Promise<unknown>): Promise<FakeOfficeError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(FakeOfficeError);
    return e as FakeOfficeError;
  }
  throw new Error("expected the sync to fail");
}

describe("fake Excel is strict like Office.js", () => {
  test("reading range.values without load throws PropertyNotLoaded, even after a sync", async () => {
    const { context } = createFakeExcel(grids);
    const range = context.workbook.worksheets.getItem("Capaian 2023").getRange("A1:B2");
    expect(() => range.values).toThrow(/PropertyNotLoaded: The property 'values' is not available/);
    await context.sync();
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
  });

  test("load() without a sync is not enough; after the sync only the loaded properties read", async () => {
    const { context } = createFakeExcel(grids);
    const range = context.workbook.worksheets.getItem("Capaian 2023").getRange("A1:B2");
    range.load("values");
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    await context.sync();
    expect(range.values).toEqual([["Indikator", "Target"], ["Litmas tepat waktu", 0.9]]);
    expect(() => range.numberFormat).toThrow(/'numberFormat'/);
    expect(() => range.address).toThrow(/'address'/);
  });

  test("collection items, names and isNullObject need a load/sync", async () => {
    const { context } = createFakeExcel(grids);
    const sheets = context.workbook.worksheets;
    expect(() => sheets.items).toThrow(/'items'/);
    const missing = sheets.getItemOrNullObject("Tidak Ada");
    expect(() => missing.isNullObject).toThrow(/'isNullObject'/);
    sheets.load("items/name");
    await context.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(["Capaian 2023", "Arsip"]);
    expect(() => sheets.items[0].visibility).toThrow(/'visibility'/);
    expect(missing.isNullObject).toBe(true);
  });

  test("writes are queued: the workbook changes only at sync", async () => {
    const fake = createFakeExcel(grids);
    const range = fake.context.workbook.worksheets.getItem("Capaian 2023").getRange("C1");
    range.formulas = [["'Catatan"]];
    expect(fake.sheet("Capaian 2023").cell("C1").value).toBeNull();
    await fake.context.sync();
    expect(fake.sheet("Capaian 2023").cell("C1").value).toBe("Catatan");
    expect(fake.syncCount()).toBe(1);
  });

  test("a failing action fails the sync with Excel's error code, keeping what ran before it", async () => {
    const fake = createFakeExcel(grids);
    const sheets = fake.context.workbook.worksheets;
    sheets.add("SAKIP Validasi");
    sheets.getItem("Tidak Ada").getRange("A1").formulas = [[1]];
    const e = await rejection(fake.context.sync());
    expect(e.code).toBe("ItemNotFound");
    expect(fake.workbookGrids().map((g) => g.name)).toContain("SAKIP Validasi");
  });

  test.each([
    ["=SUM(1,2)", { formula: "=SUM(1,2)" }],
    ["+A1", { formula: "=+A1" }],
    ["-B2", { formula: "=-B2" }],
    ["@sakip", { formula: "=@sakip" }],
    ["75%", { value: 0.75, numberFormat: "0%" }],
    ["1,234", { value: 1234 }],
    ["-5", { value: -5 }],
    ["TRUE", { value: true }],
    ["#N/A", { value: "#N/A" }],
    ["1/2/2024", { value: 45293, numberFormat: "m/d/yyyy" }],
    ["'=SUM(1,2)", { value: "=SUM(1,2)", quotePrefix: true, formula: null }],
    ["'75%", { value: "75%", quotePrefix: true }],
    ["Rp 4.327.073.000", { value: "Rp 4.327.073.000", formula: null }],
  ])("entering %j is parsed like typing", async (input, expected) => {
    const fake = createFakeExcel(grids);
    fake.context.workbook.worksheets.getItem("Capaian 2023").getRange("D4").formulas = [[input]];
    await fake.context.sync();
    expect(fake.sheet("Capaian 2023").cell("D4")).toMatchObject(expected);
  });

  test("a 2-D array must match the range; unknown properties cannot be set", async () => {
    const { context } = createFakeExcel(grids);
    const range = context.workbook.worksheets.getItem("Capaian 2023").getRange("A1:B1");
    range.formulas = [[1]];
    expect((await rejection(context.sync())).code).toBe("InvalidArgument");
    expect(() => {
      (range as unknown as Record<string, unknown>).valuez = [[1, 2]];
    }).toThrow(TypeError);
    expect(() => range.load("valuez")).toThrow(/cannot be loaded/);
  });

  test("payload limits and the 5 000 000-cell get limit", async () => {
    const fake = createFakeExcel(grids, { payloadLimit: 2000, cellLimit: 3 });
    const ws = fake.context.workbook.worksheets.getItem("Capaian 2023");
    ws.getRange("A1:Z30").formulas = Array.from({ length: 30 }, () => Array.from({ length: 26 }, () => "'teks"));
    expect((await rejection(fake.context.sync())).code).toBe("RequestPayloadSizeLimitExceeded");
    const big = ws.getRange("A1:B2").load("values");
    await fake.context.sync();
    expect(big.values).toBeNull();
  });

  test("a hidden sheet cannot be activated; select() needs the active sheet", async () => {
    const { context } = createFakeExcel(grids);
    context.workbook.worksheets.getItem("Arsip").activate();
    expect((await rejection(context.sync())).code).toBe("InvalidOperation");
    context.workbook.worksheets.add("SAKIP Ringkasan").getRange("A1").select();
    expect((await rejection(context.sync())).code).toBe("InvalidOperation");
  });

  test("Excel.run syncs what the batch left queued", async () => {
    const fake = createFakeExcel(grids);
    await fake.run(async (context) => {
      context.workbook.worksheets.add("SAKIP Narasi");
    });
    expect(fake.syncCount()).toBe(1);
    expect(fake.workbookGrids().map((g) => g.name)).toEqual(["Capaian 2023", "Arsip", "SAKIP Narasi"]);
  });
});
