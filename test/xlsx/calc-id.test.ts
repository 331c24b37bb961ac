import ExcelJS from "exceljs";
import JSZip from "jszip";
import { toBuffer } from "../../src/xlsx";
import { CALC_ID } from "../../src/xlsx/calc-id";

describe("files written by the CLI keep their cached formula values when opened", () => {
  it("stamps the current calculation engine id, not ExcelJS's Excel 2016 one", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("SAKIP Ringkasan").getCell("A1").value = { formula: "SAKIP.CAPAIAN(0.02,0.025)", result: 0.8 };
    const zip = await JSZip.loadAsync(await toBuffer({ grids: [], workbook }));
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    expect(xml).toMatch(new RegExp(`<calcPr calcId="${CALC_ID}"\\s*/>`));
    expect(xml).not.toContain("171027");
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheet).toContain("<v>0.8</v>");
  });
});
