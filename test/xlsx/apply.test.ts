import ExcelJS from "exceljs";
import { readXlsx, applyPlans, toBuffer, type XlsxBook } from "../../src/xlsx";
import type { SheetPlan } from "../../src/workbook/grid";
import { bytesOf, capaianSheet, roundTrip } from "./build";

async function userBook(): Promise<XlsxBook> {
  const wb = new ExcelJS.Workbook();
  capaianSheet(wb);
  const anggaran = wb.addWorksheet("Anggaran");
  anggaran.getRow(1).values = ["Kegiatan", "Pagu", "Realisasi", "Serapan"];
  anggaran.getRow(2).values = ["Layanan Pembimbingan Klien", 4327073000, 4215829464];
  anggaran.getCell("D2").value = { formula: "C2/B2", result: 4215829464 / 4327073000 };
  anggaran.getCell("B2").numFmt = '"Rp" #,##0';
  anggaran.getCell("D2").numFmt = "0.00%";
  anggaran.getRow(3).values = ["Dukungan Manajemen", 1500000000, 1480000000];
  anggaran.getCell("D3").value = { sharedFormula: "D2", result: 1480000000 / 1500000000 } as ExcelJS.CellValue;
  anggaran.getCell("D2").value = { formula: "C2/B2", result: 4215829464 / 4327073000, shareType: "shared", ref: "D2:D3" } as ExcelJS.CellValue;
  anggaran.getCell("E1").value = { richText: [{ text: "Tanggal " }, { text: "laporan", font: { italic: true } }] };
  anggaran.getCell("E2").value = new Date(Date.UTC(2024, 0, 15));
  anggaran.getCell("E2").numFmt = "dd/mm/yyyy";
  const arsip = wb.addWorksheet("Arsip 2022", { state: "hidden" });
  arsip.getCell("A1").value = "Capaian 2022";
  arsip.mergeCells("A1:C2");
  return readXlsx(await bytesOf(wb));
}

const validasi: SheetPlan = {
  name: "SAKIP Validasi",
  kind: "output",
  rows: [
    [{ v: "Aturan" }, { v: "Lembar" }, { v: "Sel" }, { v: "Pesan" }],
    [
      { v: "capaian-mismatch" },
      { v: "Capaian 2023" },
      { v: "F3", link: { sheet: "Capaian 2023", cell: "F3" } },
      { v: "=E3/D3 tertulis 125%, hasil hitung 120%" },
    ],
    [null, { v: 0.5, fmt: "0.00%" }, { f: "=SAKIP.CAPAIAN(1,2)", v: "#N/A" }, { f: "=B3*2", v: 1, fmt: "0%" }],
    [{ v: "+62 812" }, { v: "-" }, { v: "@sakip" }, { v: "'kutip" }],
  ],
  widths: [20, 16, 8, 60],
  styles: [
    { range: "A1:D1", style: { bold: true, fill: "#1F4E78", color: "#FFFFFF", align: "center", border: true } },
    { range: "D2:D4", style: { wrap: true, valign: "top", italic: true, size: 10 } },
    { range: "A1:A1", style: { fill: "#DDEBF7" } },
  ],
  merges: ["A5:D5"],
  freeze: { rows: 1, cols: 1 },
  validations: [{ range: "A2:A4", list: ["error", "warning", "info"] }],
  conditional: [{ range: "B2:B4", equals: "Belum Tercapai", fill: "#F8CBAD", color: "#9C0006" }],
  print: { landscape: true, fitToWidth: true, repeatRows: 1 },
  tabColor: "#C00000",
};

const pk: SheetPlan = {
  name: "SAKIP PK",
  kind: "input",
  rows: [[{ v: "No" }, { v: "Indikator" }, { v: "Polaritas" }], [{ v: 1 }, { v: "Persentase Litmas tepat waktu" }, { v: "Positif" }]],
  validations: [{ range: "C2:C6", list: ["Positif", "Negatif", "Negatif-rasio"], strict: false }],
};

describe("applyPlans (xlsx)", () => {
  test("the user's sheets are unchanged after apply + save + read: values, formulas, formats, merges", async () => {
    const before = await userBook();
    const book = await userBook();
    applyPlans(book, [validasi, pk]);
    const after = await roundTrip(book);
    expect(after.grids.slice(0, 3)).toEqual(before.grids);
    // And not just equal to itself: the grids really carry formulas, formats, dates, merges.
    expect(before.grids[1].formulas?.map((r) => r[3] ?? null)).toEqual([null, "=C2/B2", "=C3/B3"]);
    expect(before.grids[1].formats?.[1][1]).toBe('"Rp" #,##0');
    expect(before.grids[1].values[1][4]).toBe(45306);
    expect(before.grids[2]).toMatchObject({ hidden: true, merges: [{ top: 0, left: 0, bottom: 1, right: 2 }] });
  });

  test("new sheets go after the user's sheets in plan order; result lists them", async () => {
    const book = await userBook();
    const result = applyPlans(book, [validasi, pk]);
    expect(result).toEqual({ written: ["SAKIP Validasi", "SAKIP PK"], skipped: [] });
    expect(book.workbook.worksheets.map((w) => w.name)).toEqual(["Capaian 2023", "Anggaran", "Arsip 2022", "SAKIP Validasi", "SAKIP PK"]);
  });

  test("values, literal texts, formulas with cached results, number formats", async () => {
    const book = await userBook();
    applyPlans(book, [validasi]);
    const g = (await roundTrip(book)).grids.find((x) => x.name === "SAKIP Validasi")!;
    expect(g.values[1][3]).toBe("=E3/D3 tertulis 125%, hasil hitung 120%");
    expect(g.formulas?.[1][3] ?? null).toBeNull();
    expect(g.values[3]).toEqual(["+62 812", "-", "@sakip", "'kutip"]);
    expect(g.formulas?.[3] ?? []).toEqual([]);
    expect(g.values[2]).toEqual([null, 0.5, "#N/A", 1]);
    expect(g.formulas?.[2]).toEqual([null, null, "=SAKIP.CAPAIAN(1,2)", "=B3*2"]);
    expect(g.formats?.[2]).toEqual([null, "0.00%", null, "0%"]);
  });

  test("a link to a cell is a HYPERLINK formula showing the text", async () => {
    const book = await userBook();
    applyPlans(book, [validasi]);
    const saved = await roundTrip(book);
    const g = saved.grids.find((x) => x.name === "SAKIP Validasi")!;
    expect(g.values[1][2]).toBe("F3");
    expect(g.formulas?.[1][2]).toBe(`=HYPERLINK("#'Capaian 2023'!F3","F3")`);
    const cell = saved.workbook.getWorksheet("SAKIP Validasi")!.getCell("C2");
    expect(cell.font.underline).toBe(true);
    expect(cell.font.color?.argb).toBe("FF0563C1");
  });

  test("styles, merges, widths, freeze, validation, conditional format, print setup, tab colour survive saving", async () => {
    const book = await userBook();
    applyPlans(book, [validasi, pk]);
    const ws = (await roundTrip(book)).workbook.getWorksheet("SAKIP Validasi")!;
    const a1 = ws.getCell("A1");
    expect(a1.font).toMatchObject({ bold: true, color: { argb: "FFFFFFFF" } });
    expect(a1.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } });
    expect(ws.getCell("B1").fill).toMatchObject({ fgColor: { argb: "FF1F4E78" } });
    expect(a1.alignment).toMatchObject({ horizontal: "center" });
    expect(a1.border).toMatchObject({ top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } });
    expect(ws.getCell("D3").font).toMatchObject({ italic: true, size: 10 });
    expect(ws.getCell("D3").alignment).toMatchObject({ wrapText: true, vertical: "top" });
    expect(ws.getCell("D5").isMerged).toBe(true);
    expect(ws.getCell("D5").master.address).toBe("A5");
    expect([1, 2, 3, 4].map((c) => ws.getColumn(c).width)).toEqual([20, 16, 8, 60]);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1 });
    expect(ws.getCell("A3").dataValidation).toMatchObject({ type: "list", formulae: ['"error,warning,info"'], showErrorMessage: true });
    const formattings = (ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings;
    expect(formattings[0]).toMatchObject({
      ref: "B2:B4",
      rules: [{ type: "cellIs", operator: "equal", formulae: ['"Belum Tercapai"'] }],
    });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:1" });
    expect(ws.properties.tabColor).toEqual({ argb: "FFC00000" });
    const pkSheet = (await roundTrip(book)).workbook.getWorksheet("SAKIP PK")!;
    const loose = pkSheet.getCell("C6").dataValidation;
    expect(loose.type).toBe("list");
    expect(loose.showErrorMessage ?? false).toBe(false); // absent in the file = typing other values allowed
  });

  test("output sheets are replaced in place; input sheets are kept unless replaceInputs", async () => {
    const book = await userBook();
    applyPlans(book, [validasi, pk]);
    const edited = book.workbook.getWorksheet("SAKIP PK")!;
    edited.getCell("B2").value = "diisi pengguna";
    book.workbook.getWorksheet("SAKIP Validasi")!.getCell("A9").value = "sisa lama";

    const second = applyPlans(book, [{ ...validasi, rows: [[{ v: "baru" }]] }, pk]);
    expect(second).toEqual({ written: ["SAKIP Validasi"], skipped: ["SAKIP PK"] });
    let saved = await roundTrip(book);
    expect(saved.grids.map((g) => g.name)).toEqual(["Capaian 2023", "Anggaran", "Arsip 2022", "SAKIP Validasi", "SAKIP PK"]);
    expect(saved.grids[3].values).toEqual([["baru"]]);
    expect(saved.grids[4].values[1][1]).toBe("diisi pengguna");

    const third = applyPlans(book, [pk], { replaceInputs: true });
    expect(third).toEqual({ written: ["SAKIP PK"], skipped: [] });
    saved = await roundTrip(book);
    expect(saved.grids[4].values[1][1]).toBe("Persentase Litmas tepat waktu");
  });

  test.each([
    ["a name without the SAKIP prefix", [{ ...pk, name: "Capaian 2023" }], /tidak berawalan "SAKIP "/],
    ["a user sheet that differs only in case", [{ ...pk, name: "SAKIP Lama" }], /Lembar pengguna "sakip lama"/],
    ["the same sheet twice", [pk, { ...pk }], /dua kali/],
    ["a name Excel refuses", [{ ...pk, name: "SAKIP Rekap: 2023" }], /tidak sah/],
  ])("refuses %s and leaves the workbook untouched", async (_label, plans, message) => {
    const book = await userBook();
    book.workbook.addWorksheet("sakip lama").getCell("A1").value = "milik pengguna";
    const before = await toBuffer(book).then((b) => readXlsx(b));
    expect(() => applyPlans(book, plans as SheetPlan[])).toThrow(message);
    expect((await roundTrip(book)).grids).toEqual(before.grids);
  });

  test("texts past Excel's cell limit are cut with '…'; a long link text keeps its formula under 8 192", async () => {
    const book = await userBook();
    const long = "Keterangan panjang ".repeat(2500);
    applyPlans(book, [{ name: "SAKIP Narasi", kind: "output", rows: [[{ v: long }, { v: long, link: { sheet: "Anggaran", cell: "B2" } }]] }]);
    const g = (await roundTrip(book)).grids.find((x) => x.name === "SAKIP Narasi")!;
    const [cut, shown] = g.values[0] as string[];
    expect(cut).toHaveLength(32_767);
    expect(cut.endsWith("…") && long.startsWith(cut.slice(0, -1))).toBe(true);
    // The shown text is cut just short of Excel's 8 192-character formula limit ("=" included).
    expect(shown.endsWith("…") && long.startsWith(shown.slice(0, -1))).toBe(true);
    const formula = g.formulas?.[0][1] ?? "";
    expect(formula.length).toBeLessThanOrEqual(8_192);
    expect(formula.length).toBeGreaterThan(8_192 - 10);
  });

  test("a template into an empty workbook", async () => {
    const book: XlsxBook = { grids: [], workbook: new ExcelJS.Workbook() };
    applyPlans(book, [pk], { replaceInputs: true });
    const saved = await roundTrip(book);
    expect(saved.grids.map((g) => g.name)).toEqual(["SAKIP PK"]);
  });
});
