// The task pane's controller through the strict fake Excel: "Validasi & Ringkas" reads the
// workbook, checks and summarises it and writes SAKIP Validasi/Ringkasan/Narasi in at most 3
// syncs whatever the workbook size, and never changes a user sheet.
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { analyse, countBySeverity } from "../../src/app/pipeline";
import type { Grid } from "../../src/workbook/grid";
import { SHEET } from "../../src/workbook/sheets/layout";
import { createFakeExcel } from "../fake-excel";
import type { StepId } from "../../src/taskpane/steps";
import { EXAMPLE, allFixtureSheets, controllerFor, gridsOf, userContent, workbookOf } from "./workbooks";

const OUTPUTS = [SHEET.validasi, SHEET.ringkasan, SHEET.narasi];

let pool: Grid[];
beforeAll(async () => {
  pool = await allFixtureSheets();
});

describe.each([1, 10, 50])("Validasi & Ringkas on a workbook of %i sheets", (n) => {
  let grids: Grid[];
  let fake: ReturnType<typeof createFakeExcel>;
  let before: ReturnType<typeof userContent>;
  let steps: StepId[];
  let syncs: number;
  let outcome: Awaited<ReturnType<ReturnType<typeof controllerFor>["validasiRingkas"]>>;

  beforeAll(async () => {
    grids = workbookOf(n, pool);
    fake = createFakeExcel(grids);
    before = userContent(fake.workbookGrids());
    steps = [];
    const synced = fake.syncCount();
    outcome = await controllerFor((b) => fake.run(b)).validasiRingkas(DEFAULT_SETTINGS, (s) => steps.push(s));
    syncs = fake.syncCount() - synced;
  });

  it("takes at most 3 context.sync() calls", () => {
    expect(syncs).toBeLessThanOrEqual(3);
    expect(syncs).toBeGreaterThan(0); // it did read and write through the fake
  });

  it("writes SAKIP Validasi, Ringkasan and Narasi", () => {
    expect(outcome.written).toEqual(OUTPUTS);
    const names = fake.workbookGrids().map((g) => g.name);
    for (const s of OUTPUTS) expect(names).toContain(s);
  });

  it("leaves every user sheet exactly as it was", () => {
    expect(userContent(fake.workbookGrids())).toEqual(before);
  });

  it("reports the findings of the shared pipeline, counted and grouped by sheet", () => {
    const expected = analyse(grids, DEFAULT_SETTINGS).findings;
    expect(outcome.counts).toEqual(countBySeverity(expected));
    expect(outcome.total).toBe(expected.length);
    expect(outcome.groups.flatMap((g) => g.findings)).toHaveLength(expected.length);
    const order = grids.map((g) => g.name);
    const positions = outcome.groups.map((g) => order.indexOf(g.sheet));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("goes through the named steps in order", () => {
    expect(steps).toEqual(["read", "check", "summarize", "write"]);
  });
});

describe("Validasi & Ringkas on the example of Bapas Magelang", () => {
  it("finds the stated capaian that is not the computed one, at Capaian 2025!H5", async () => {
    const fake = createFakeExcel(await gridsOf(EXAMPLE));
    const outcome = await controllerFor((b) => fake.run(b)).validasiRingkas(DEFAULT_SETTINGS, () => undefined);
    const sheet = outcome.groups.find((g) => g.sheet === "Capaian 2025");
    expect(sheet?.findings.find((f) => f.cell === "H5")).toMatchObject({ rule: "capaian-mismatch", severity: "error" });
    expect(outcome.counts.error).toBeGreaterThan(0);
  });

  it("a second run replaces its own output sheets instead of adding more", async () => {
    const fake = createFakeExcel(await gridsOf(EXAMPLE));
    const controller = controllerFor((b) => fake.run(b));
    await controller.validasiRingkas(DEFAULT_SETTINGS, () => undefined);
    const first = fake.workbookGrids().map((g) => g.name);
    const synced = fake.syncCount();
    await controller.validasiRingkas(DEFAULT_SETTINGS, () => undefined);
    expect(fake.workbookGrids().map((g) => g.name)).toEqual(first);
    expect(fake.syncCount() - synced).toBeLessThanOrEqual(3);
  });

  it("selects a finding's cell in Excel", async () => {
    const fake = createFakeExcel(await gridsOf(EXAMPLE));
    await controllerFor((b) => fake.run(b)).pilihSel({ sheet: "Capaian 2025", cell: "H5" });
    expect(fake.selected()).toEqual({ sheet: "Capaian 2025", cell: "H5" });
    expect(fake.activeSheet()).toBe("Capaian 2025");
  });
});
