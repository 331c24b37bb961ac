// A Kanwil workbook converted to SAKIP sheets reads back with each indicator still its UPT's.
import { kanwilWorkbook } from "../../bench/workbooks";
import { readXlsx, applyPlans, toBuffer } from "../../src/xlsx";
import { buildModel } from "../../src/workbook/read-model";
import { planInputSheets } from "../../src/workbook/sheets";
import { DEFAULT_SETTINGS } from "../../src/core/settings";

async function read(bytes: Uint8Array) {
  const book = await readXlsx(bytes);
  return { book, model: buildModel(book.grids, DEFAULT_SETTINGS) };
}

describe("per-unit indicators survive convert → read back", () => {
  it("keeps 3 units × 30 indicators apart through SAKIP PK's Unit Kerja column", async () => {
    const source = new Uint8Array(await kanwilWorkbook(3).xlsx.writeBuffer());
    const before = await read(source);
    expect(before.model.indikator).toHaveLength(90);

    applyPlans(before.book, planInputSheets(before.model, DEFAULT_SETTINGS));
    const after = await read(await toBuffer(before.book));

    expect(after.model.indikator).toHaveLength(90);
    const units = (m: typeof after.model) => new Set(m.indikator.map((i) => i.unit));
    expect(units(after.model)).toEqual(units(before.model));
    expect(units(after.model).size).toBe(3);
    const key = (i: { unit?: string | null; uraian: string }) => `${i.unit} | ${i.uraian}`;
    expect(after.model.indikator.map(key).sort()).toEqual(before.model.indikator.map(key).sort());
  });
});
