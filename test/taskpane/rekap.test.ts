// "Gabungkan file UPT": unit workbooks picked in the pane are read from their bytes by the
// same xlsx reader as the CLI, checked, recapped, and SAKIP Rekap is written to the open
// workbook, whose own sheets stay as they were.
import * as fs from "node:fs";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { SHEET } from "../../src/workbook/sheets/layout";
import { createFakeExcel } from "../fake-excel";
import type { UnitFile } from "../../src/taskpane/run";
import type { StepId } from "../../src/taskpane/steps";
import { EXAMPLE, controllerFor, fixturePath, gridsOf, userContent } from "./workbooks";

function unitFile(path: string, name = path.replace(/^.*[\\/]/, "")): UnitFile {
  const bytes = fs.readFileSync(path);
  return { name, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
}

describe("Gabungkan file UPT", () => {
  it("writes SAKIP Rekap from two unit workbooks into the open workbook", async () => {
    const fake = createFakeExcel(await gridsOf(fixturePath("kanwil-per-upt")));
    const before = userContent(fake.workbookGrids());
    const steps: StepId[] = [];
    const outcome = await controllerFor((b) => fake.run(b)).gabungkan(
      [unitFile(EXAMPLE), unitFile(fixturePath("slips"))],
      DEFAULT_SETTINGS,
      (s) => steps.push(s),
    );
    expect(outcome.written).toEqual([SHEET.rekap]);
    expect(outcome.units).toHaveLength(2);
    expect(outcome.skipped).toEqual([]);
    expect(outcome.findings).toBeGreaterThan(0); // slips.xlsx is full of slips
    const rekap = fake.workbookGrids().find((g) => g.name === SHEET.rekap);
    expect(rekap).toBeDefined();
    const text = JSON.stringify(rekap?.values);
    for (const unit of outcome.units) expect(text).toContain(unit);
    expect(userContent(fake.workbookGrids())).toEqual(before);
    expect(steps[0]).toBe("read");
    expect(steps[steps.length - 1]).toBe("write");
  });

  it("skips a file that is not a workbook, saying why, and recaps the rest", async () => {
    const fake = createFakeExcel(await gridsOf(EXAMPLE));
    const notXlsx: UnitFile = {
      name: "laporan.xlsx",
      arrayBuffer: async () => new TextEncoder().encode("%PDF-1.7 bukan buku kerja").buffer as ArrayBuffer,
    };
    const outcome = await controllerFor((b) => fake.run(b)).gabungkan([notXlsx, unitFile(EXAMPLE)], DEFAULT_SETTINGS, () => undefined);
    expect(outcome.units).toHaveLength(1);
    expect(outcome.skipped).toEqual([{ file: "laporan.xlsx", message: expect.stringMatching(/PDF/) }]);
    expect(fake.workbookGrids().some((g) => g.name === SHEET.rekap)).toBe(true);
  });

  it("refuses when no picked file can be read, writing nothing", async () => {
    const fake = createFakeExcel(await gridsOf(EXAMPLE));
    const names = fake.workbookGrids().map((g) => g.name);
    const empty: UnitFile = { name: "kosong.xlsx", arrayBuffer: async () => new ArrayBuffer(0) };
    await expect(controllerFor((b) => fake.run(b)).gabungkan([empty], DEFAULT_SETTINGS, () => undefined)).rejects.toThrow(
      "Tidak ada file yang dapat dibaca untuk direkap.",
    );
    expect(fake.workbookGrids().map((g) => g.name)).toEqual(names);
  });
});
