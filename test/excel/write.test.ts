import { readGrids, applyPlans, selectCell } from "../../src/excel";
import type { Grid, SheetPlan } from "../../src/workbook/grid";
import { createFakeExcel } from "../fake-excel";
import { anggaranGrid, capaianGrid, content } from "./workbooks";

const validasi: SheetPlan = {
  name: "SAKIP Validasi",
  kind: "output",
  rows: [
    [{ v: "Aturan" }, { v: "Lembar" }, { v: "Sel" }, { v: "Pesan" }],
    [{ v: "capaian-mismatch" }, { v: "Capaian 2023" }, { v: "F3", link: { sheet: "Capaian 2023", cell: "F3" } }, { v: "=E3/D3 tertulis 125%, hasil hitung 120%" }],
    [null, { v: 0.5, fmt: "0.00%" }, { f: "=SAKIP.CAPAIAN(E3,D3)", v: 1.2 }, { f: "B3*2", v: 1, fmt: "0%" }],
    [{ v: "+62 812" }, { v: "-" }, { v: "@sakip" }, { v: "'kutip" }],
    [{ v: "75%" }, { v: "1/2/2024" }, { v: "TRUE" }, { v: true }],
  ],
  widths: [20, 16, 16, 60],
  styles: [
    { range: "A1:D1", style: { bold: true, fill: "#1F4E78", color: "#FFFFFF", align: "center", valign: "middle", border: true } },
    { range: "D2:D4", style: { wrap: true, valign: "top", italic: true, size: 10 } },
  ],
  merges: ["A6:D6"],
  freeze: { rows: 1, cols: 1 },
  validations: [{ range: "A2:A4", list: ["error", "warning", "info"] }],
  conditional: [{ range: "B2:B5", equals: "Belum Tercapai", fill: "#F8CBAD", color: "#9C0006" }],
  print: { landscape: true, fitToWidth: true, repeatRows: 1 },
  tabColor: "#C00000",
};

const pk: SheetPlan = {
  name: "SAKIP PK",
  kind: "input",
  rows: [[{ v: "No" }, { v: "Indikator" }, { v: "Polaritas" }], [{ v: 1 }, { v: "Persentase Litmas tepat waktu" }, { v: "Positif" }]],
  freeze: { rows: 1, cols: 0 },
  validations: [{ range: "C2:C6", list: ["Positif", "Negatif", "Negatif-rasio"], strict: false }],
};

const user = (): Grid[] => [capaianGrid(), anggaranGrid()];

async function run(grids: Grid[], plans: SheetPlan[], replaceInputs = false) {
  const fake = createFakeExcel(grids);
  const read = await readGrids(fake.context);
  const result = await applyPlans(fake.context, plans, { replaceInputs, existing: read.map((g) => g.name) });
  return { fake, result };
}

describe("applyPlans (Office.js)", () => {
  test("read 20 sheets + write three output sheets: 3 syncs in all; user sheets unchanged", async () => {
    const grids = Array.from({ length: 20 }, (_, i) => (i % 2 ? anggaranGrid(`Anggaran ${i}`) : capaianGrid(`Capaian ${i}`)));
    const plans = ["SAKIP Validasi", "SAKIP Ringkasan", "SAKIP Narasi"].map((name) => ({ ...validasi, name }));
    const { fake, result } = await run(grids, plans);
    expect(fake.syncCount()).toBe(3);
    expect(result).toEqual({ written: ["SAKIP Validasi", "SAKIP Ringkasan", "SAKIP Narasi"], skipped: [] });
    const after = fake.workbookGrids();
    expect(after.map((g) => g.name)).toEqual([...grids.map((g) => g.name), "SAKIP Validasi", "SAKIP Ringkasan", "SAKIP Narasi"]);
    expect(after.slice(0, 20).map(content)).toEqual(grids.map(content));
  });

  test("texts stay texts (whatever Excel would make of them typed), numbers, booleans, formulas, formats", async () => {
    const { fake } = await run(user(), [validasi]);
    const g = fake.workbookGrids()[2];
    expect(g.values[1][3]).toBe("=E3/D3 tertulis 125%, hasil hitung 120%");
    expect(g.values[3]).toEqual(["+62 812", "-", "@sakip", "'kutip"]);
    expect(g.values[4]).toEqual(["75%", "1/2/2024", "TRUE", true]);
    expect(g.formulas?.[2]).toEqual([null, null, "=SAKIP.CAPAIAN(E3,D3)", "=B3*2"]);
    expect(g.formulas?.slice(3).flat().filter((f) => f !== null)).toEqual([]);
    expect(g.formats?.[2]).toEqual([null, "0.00%", null, "0%"]);
    expect((g.formats?.[4] ?? []).filter((f) => f !== null)).toEqual([]);
    expect(fake.sheet("SAKIP Validasi").cell("D4").quotePrefix).toBe(true);
  });

  test("styles, borders, merges, widths, freeze, dropdowns, conditional fill, link, print, tab colour", async () => {
    const { fake } = await run(user(), [validasi]);
    const s = fake.sheet("SAKIP Validasi");
    expect(s.cell("B1").format).toMatchObject({ bold: true, fill: "#1F4E78", color: "#FFFFFF", horizontalAlignment: "Center", verticalAlignment: "Center" });
    const thin = { style: "Continuous", weight: "Thin", color: "#000000" };
    expect(s.cell("A1").format.borders).toEqual({ top: thin, bottom: thin, left: thin, right: thin });
    expect(s.cell("A2").format.borders).toEqual({});
    expect(s.cell("D3").format).toMatchObject({ wrapText: true, verticalAlignment: "Top", italic: true, size: 10 });
    expect(s.merges).toEqual(["A6:D6"]);
    expect(["A", "B", "C", "D"].map((c) => s.columnWidth(c))).toEqual([108.75, 87.75, 87.75, 318.75]);
    expect(s.freeze).toEqual({ rows: 1, cols: 1 });
    expect(s.validations).toEqual([
      {
        range: { top: 1, left: 0, bottom: 3, right: 0 },
        rule: { list: { inCellDropDown: true, source: "error,warning,info" } },
        errorAlert: expect.objectContaining({ showAlert: true, style: "Stop" }),
      },
    ]);
    expect(s.conditionals).toEqual([
      {
        range: { top: 1, left: 1, bottom: 4, right: 1 },
        type: "CellValue",
        rule: { formula1: '="Belum Tercapai"', operator: "EqualTo" },
        fill: "#F8CBAD",
        fontColor: "#9C0006",
      },
    ]);
    // A link is a HYPERLINK formula inside the cells already sent, not a call per cell.
    expect(s.cell("C2")).toMatchObject({ formula: `=HYPERLINK("#'Capaian 2023'!F3","F3")`, value: "F3", hyperlink: null });
    expect(s.cell("C2").format).toMatchObject({ underline: "Single", color: "#0563C1" });
    expect(s.cell("B2").format.underline).toBeUndefined();
    expect(s.pageLayout).toEqual({ paperSize: "A4", orientation: "Landscape", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: "$1:$1" });
    expect(s.tabColor).toBe("#C00000");
  });

  test("an output sheet is emptied and rewritten in place, keeping its tab position", async () => {
    const old: Grid = { name: "SAKIP Validasi", values: [["lama"], [null, "sisa"], [1, 2, 3, 4, 5, 6]], merges: [{ top: 0, left: 0, bottom: 0, right: 2 }] };
    const grids = [capaianGrid(), old, anggaranGrid()];
    const { fake, result } = await run(grids, [{ ...validasi, merges: [], rows: [[{ v: "baru" }]], validations: [], conditional: [], freeze: undefined }]);
    expect(result.written).toEqual(["SAKIP Validasi"]);
    const after = fake.workbookGrids();
    expect(after.map((g) => g.name)).toEqual(["Capaian 2023", "SAKIP Validasi", "Anggaran"]);
    expect(after[1].values).toEqual([["baru"]]);
    expect(after[1].merges).toEqual([]);
    expect(fake.sheet("SAKIP Validasi").freeze).toBeNull();
    expect(fake.syncCount()).toBe(3);
  });

  test("a second run replaces its own leftovers: merges, dropdowns, conditional formats, widths", async () => {
    const fake = createFakeExcel(user());
    let names = (await readGrids(fake.context)).map((g) => g.name);
    await applyPlans(fake.context, [validasi], { replaceInputs: false, existing: names });
    names = (await readGrids(fake.context)).map((g) => g.name);
    await applyPlans(fake.context, [validasi], { replaceInputs: false, existing: names });
    const s = fake.sheet("SAKIP Validasi");
    expect(s.merges).toEqual(["A6:D6"]);
    expect(s.validations).toHaveLength(1);
    expect(s.conditionals).toHaveLength(1);
    expect(fake.workbookGrids()[2].values[3]).toEqual(["+62 812", "-", "@sakip", "'kutip"]);
  });

  test("input sheets are skipped unless replaceInputs; the user's edits stay", async () => {
    const edited: Grid = { name: "SAKIP PK", values: [["No", "Indikator"], [1, "diisi pengguna"]], merges: [] };
    const skipped = await run([capaianGrid(), edited], [validasi, pk]);
    expect(skipped.result).toEqual({ written: ["SAKIP Validasi"], skipped: ["SAKIP PK"] });
    expect(skipped.fake.workbookGrids()[1].values[1][1]).toBe("diisi pengguna");

    const replaced = await run([capaianGrid(), edited], [validasi, pk], true);
    expect(replaced.result).toEqual({ written: ["SAKIP Validasi", "SAKIP PK"], skipped: [] });
    expect(replaced.fake.workbookGrids()[1].values[1]).toEqual([1, "Persentase Litmas tepat waktu", "Positif"]);
    expect(replaced.fake.sheet("SAKIP PK").validations[0].errorAlert?.showAlert).toBe(false);
  });

  test.each([
    ["a user sheet's name", { ...pk, name: "Capaian 2023" }],
    ["a user sheet differing only in case", { ...pk, name: "SAKIP Arsip" }],
    ["a bad colour", { ...validasi, tabColor: "merah" }],
    ["a dropdown item with a comma", { ...pk, validations: [{ range: "C2:C3", list: ["a,b"] }] }],
  ])("refuses %s before anything is sent", async (_label, plan) => {
    const fake = createFakeExcel([capaianGrid(), { name: "sakip arsip", values: [["x"]], merges: [] }]);
    await expect(applyPlans(fake.context, [plan as SheetPlan], { replaceInputs: true, existing: ["Capaian 2023", "sakip arsip"] })).rejects.toThrow();
    expect(fake.syncCount()).toBe(0);
  });

  test("a plan bigger than a request is sent in chunks of about the budget, each under Excel's 5 MB", async () => {
    const rows = Array.from({ length: 60_000 }, (_, r) => [{ v: r + 1 }, { v: `Temuan nomor ${r + 1} pada lembar Capaian 2023` }, { v: 0.5, fmt: "0.00%" }, { f: `=A${r + 1}*2`, v: (r + 1) * 2 }]);
    const plan: SheetPlan = { name: "SAKIP Validasi", kind: "output", rows };
    const fake = createFakeExcel([capaianGrid()]);
    // What is sent: the cells (texts with their apostrophe) and the number formats.
    const json =
      JSON.stringify(rows.map((r) => r.map((c) => ("f" in c ? c.f : typeof c.v === "string" ? `'${c.v}` : c.v)))).length +
      JSON.stringify(rows.map((r) => r.map((c) => c.fmt ?? "General"))).length;
    await applyPlans(fake.context, [plan], { replaceInputs: false, existing: ["Capaian 2023"] });
    const syncs = fake.syncCount();
    expect(json).toBeGreaterThan(5_000_000);
    expect(syncs).toBe(Math.ceil(json / 4_000_000));
    const g = fake.workbookGrids()[1];
    expect(g.values).toHaveLength(60_000);
    expect(g.values[59_999].slice(0, 3)).toEqual([60_000, "Temuan nomor 60000 pada lembar Capaian 2023", 0.5]);
    expect(g.formulas?.[59_999][3]).toBe("=A60000*2");

    const small = createFakeExcel([capaianGrid()]);
    await applyPlans(small.context, [plan], { replaceInputs: false, existing: ["Capaian 2023"], requestBudget: 500_000 });
    expect(small.syncCount()).toBeGreaterThan(syncs);
    expect(small.workbookGrids()).toEqual(fake.workbookGrids());
  });

  test("a text past Excel's cell limit is cut with '…' instead of failing the write", async () => {
    const long = "x".repeat(40_000);
    const { fake } = await run(user(), [{ name: "SAKIP Narasi", kind: "output", rows: [[{ v: long }]] }]);
    const text = fake.sheet("SAKIP Narasi").cell("A1").value as string;
    expect(text).toHaveLength(32_767);
    expect(text.endsWith("x…")).toBe(true);
  });

  test("nothing to write, nothing sent", async () => {
    const fake = createFakeExcel([{ name: "SAKIP PK", values: [["No"]], merges: [] }]);
    const result = await applyPlans(fake.context, [pk], { replaceInputs: false, existing: ["SAKIP PK"] });
    expect(result).toEqual({ written: [], skipped: ["SAKIP PK"] });
    expect(fake.syncCount()).toBe(0);
  });
});

describe("selectCell", () => {
  test("activates the sheet and selects the cell in one sync", async () => {
    const fake = createFakeExcel(user());
    await selectCell(fake.context, { sheet: "Anggaran", cell: "E4" });
    expect(fake.syncCount()).toBe(1);
    expect(fake.activeSheet()).toBe("Anggaran");
    expect(fake.selected()).toEqual({ sheet: "Anggaran", cell: "E4" });
  });
});
