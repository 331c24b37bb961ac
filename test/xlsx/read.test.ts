// Both readers must give these grids: readXlsx (ExcelJS, for the commands that write back and
// the task pane) and readGrids (the fast reader of check and consolidate).
import ExcelJS from "exceljs";
import { readGrids, readXlsx } from "../../src/xlsx";
import type { Grid } from "../../src/workbook/grid";
import { bytesOf, capaianSheet } from "./build";

const READERS: [string, (bytes: Uint8Array) => Promise<Grid[]>][] = [
  ["readXlsx", async (bytes) => (await readXlsx(bytes)).grids],
  ["readGrids", readGrids],
];

describe.each(READERS)("%s", (_name, read) => {
  async function readOne(build: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void) {
    const wb = new ExcelJS.Workbook();
    build(wb.addWorksheet("Data"), wb);
    return (await read(await bytesOf(wb)))[0];
  }

  describe("cell kinds", () => {
    test.each([
      ["number", 4327073000, 4327073000],
      ["text", "Rp 4.327.073.000,-", "Rp 4.327.073.000,-"],
      ["text starting with =", "=bukan rumus", "=bukan rumus"],
      ["boolean", true, true],
      ["rich text", { richText: [{ text: "Capaian " }, { text: "105%", font: { bold: true } }] }, "Capaian 105%"],
      ["error", { error: "#DIV/0!" }, "#DIV/0!"],
      ["hyperlink", { text: "Lihat PK", hyperlink: "https://example.org/pk" }, "Lihat PK"],
      ["formula with result", { formula: "SUM(1,2)", result: 3 }, 3],
      ["formula with result 0", { formula: "1-1", result: 0 }, 0],
      ["formula with text result", { formula: "\"a\"&\"b\"", result: "ab" }, "ab"],
      ["formula with error result", { formula: "1/0", result: { error: "#DIV/0!" } }, "#DIV/0!"],
      ["formula with boolean result", { formula: "1>0", result: true }, true],
      ["formula without result", { formula: "SAKIP.CAPAIAN(1,2)" }, null],
    ])("%s", async (_label, value, expected) => {
      const grid = await readOne((ws) => {
        ws.getCell("B2").value = value as ExcelJS.CellValue;
      });
      expect(grid.values[1][1]).toEqual(expected);
      expect(grid.values[0]).toEqual([]);
      expect(grid.values[1][0]).toBeNull();
    });

    test("formulas are kept with '=' and only where a formula is", async () => {
      const grid = await readOne((ws) => {
        ws.getCell("A1").value = 5;
        ws.getCell("B1").value = { formula: "A1*2", result: 10 };
        ws.getCell("C3").value = { formula: "SAKIP.CAPAIAN(A1,B1)" };
      });
      expect(grid.formulas?.[0]).toEqual([null, "=A1*2"]);
      expect(grid.formulas?.[1]).toEqual([]);
      expect(grid.formulas?.[2]).toEqual([null, null, "=SAKIP.CAPAIAN(A1,B1)"]);
      expect(grid.values[2][2]).toBeNull();
    });

    test("shared formulas are read as each cell's own formula", async () => {
      const grid = await readOne((ws) => {
        ws.getCell("A1").value = 1;
        ws.getCell("A2").value = 2;
        ws.getCell("B1").value = { formula: "A1*10", result: 10, shareType: "shared", ref: "B1:B2" } as ExcelJS.CellValue;
        ws.getCell("B2").value = { sharedFormula: "B1", result: 20 } as ExcelJS.CellValue;
      });
      expect(grid.formulas?.map((r) => r[1])).toEqual(["=A1*10", "=A2*10"]);
      expect(grid.values.map((r) => r[1])).toEqual([10, 20]);
    });

    test("a sheet without formulas or formats has neither array", async () => {
      const grid = await readOne((ws) => {
        ws.getCell("A1").value = "No";
        ws.getCell("A2").value = 1;
      });
      expect(grid.formulas).toBeUndefined();
      expect(grid.formats).toBeUndefined();
    });
  });

  describe("dates", () => {
    test.each([
      [new Date(Date.UTC(2023, 11, 31)), 45291],
      [new Date(Date.UTC(2024, 2, 1, 12, 0, 0)), 45352.5],
      [new Date(Date.UTC(1900, 2, 1)), 61],
    ])("%s → serial %d, with its date format", async (date, serial) => {
      const grid = await readOne((ws) => {
        ws.getCell("A1").value = date;
        ws.getCell("A1").numFmt = "dd/mm/yyyy";
        ws.getCell("B1").value = { formula: "A1", result: date };
        ws.getCell("B1").numFmt = "d mmmm yyyy";
      });
      expect(grid.values[0]).toEqual([serial, serial]);
      expect(grid.formats?.[0]).toEqual(["dd/mm/yyyy", "d mmmm yyyy"]);
    });

    test("the 1904 date system", async () => {
      const grid = await readOne((ws, wb) => {
        wb.properties.date1904 = true;
        ws.getCell("A1").value = new Date(Date.UTC(2023, 11, 31));
        ws.getCell("A1").numFmt = "yyyy-mm-dd";
      });
      expect(grid.values[0][0]).toBe(45291 - 1462);
    });
  });

  describe("a user's report sheet", () => {
    test("values from A1, merges 0-based, percent formats, formulas, sheet order and hidden state", async () => {
      const wb = new ExcelJS.Workbook();
      capaianSheet(wb);
      const hidden = wb.addWorksheet("Lama");
      hidden.getCell("A1").value = "arsip";
      hidden.state = "hidden";
      const veryHidden = wb.addWorksheet("Sistem");
      veryHidden.state = "veryHidden";
      const grids = await read(await bytesOf(wb));
      expect(grids.map((g) => [g.name, g.hidden ?? false])).toEqual([
        ["Capaian 2023", false],
        ["Lama", true],
        ["Sistem", true],
      ]);
      const g = grids[0];
      expect(g.merges).toEqual([
        { top: 0, left: 0, bottom: 0, right: 5 },
        { top: 2, left: 1, bottom: 3, right: 1 },
      ]);
      expect(g.values[0]).toEqual(["PENGUKURAN KINERJA BAPAS KELAS I MAGELANG TAHUN 2023"]);
      expect(g.values[1]).toEqual(["No", "Sasaran", "Indikator", "Target", "Realisasi", "Capaian"]);
      expect(g.values[2]).toEqual([1, "Meningkatnya kualitas pembimbingan", "Persentase Litmas tepat waktu", 0.9, 0.95, 0.95 / 0.9]);
      // B4 is inside the B3:B4 merge: empty, as Excel shows it.
      expect(g.values[3]).toEqual([2, null, "Indeks kepuasan layanan", 3.5, 3.6, 3.6 / 3.5]);
      expect(g.formats?.[2]).toEqual([null, null, null, "0.00%", "0.00%", "0.00%"]);
      expect(g.formats?.[3]).toEqual([null, null, null, "0.0", null, "0.00%"]);
      expect(g.formulas?.[2][5]).toBe("=E3/D3");
      expect(grids[2].values).toEqual([]);
    });

    test("rows left empty share one frozen array and are not allocated per row", async () => {
      const grid = await readOne((ws) => {
        ws.getCell("A1").value = 1;
        ws.getCell("A50000").value = 2;
      });
      expect(grid.values).toHaveLength(50000);
      expect(grid.values[1]).toBe(grid.values[49998]);
      expect(Object.isFrozen(grid.values[1])).toBe(true);
      expect(grid.values[49999]).toEqual([2]);
    });
  });
});
