// Data safety of the task pane's path (DESIGN §2): grids read by the Office.js gateway from a
// strict fake Excel, analysed, and the plans written back by the same gateway. The user's
// sheets — values, formulas, number formats, merges, visibility — stay exactly as they were;
// a second run writes the same SAKIP sheets in place of the first, never beside them.
import * as path from "node:path";
import { readXlsx } from "../../src/xlsx";
import { readGrids, applyPlans } from "../../src/excel";
import { analyse, planConvert, planSummary } from "../../src/app/pipeline";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { Grid, SheetPlan } from "../../src/workbook/grid";
import { createFakeExcel, type FakeExcel } from "../fake-excel";
import { safetyWorkbooks } from "./workbooks";
import { isUserSheet } from "./snapshot";

const { workbooks: WORKBOOKS } = safetyWorkbooks("panel");

type Plans = (grids: Grid[]) => SheetPlan[];
const summary: Plans = (grids) => planSummary(analyse(grids, DEFAULT_SETTINGS), DEFAULT_SETTINGS).plans;
const convert: Plans = (grids) => planConvert(analyse(grids, DEFAULT_SETTINGS), DEFAULT_SETTINGS);

/** One button press: everything inside one Excel.run, as the task pane does it. */
async function press(fake: FakeExcel, plans: Plans): Promise<{ written: string[]; skipped: string[] }> {
  return fake.run(async (context) => {
    const grids = await readGrids(context);
    return applyPlans(context, plans(grids), { replaceInputs: false, existing: grids.map((g) => g.name) });
  });
}

/** A grid as a map of its non-empty cells, so equal content compares equal whatever the row padding. */
function content(g: Grid): { name: string; hidden: boolean; merges: Grid["merges"]; cells: Record<string, unknown> } {
  const cells: Record<string, unknown> = {};
  const rows = Math.max(g.values.length, g.formulas?.length ?? 0, g.formats?.length ?? 0);
  for (let r = 0; r < rows; r++) {
    const width = Math.max(g.values[r]?.length ?? 0, g.formulas?.[r]?.length ?? 0, g.formats?.[r]?.length ?? 0);
    for (let c = 0; c < width; c++) {
      const v = g.values[r]?.[c] ?? null;
      const f = g.formulas?.[r]?.[c] ?? null;
      const fmt = g.formats?.[r]?.[c] ?? null;
      if (v !== null || f !== null) cells[`${r},${c}`] = { v, f, fmt: fmt === "General" ? null : fmt };
    }
  }
  const merges = [...g.merges].sort((a, b) => a.top - b.top || a.left - b.left || a.bottom - b.bottom || a.right - b.right);
  return { name: g.name, hidden: g.hidden === true, merges, cells };
}

const user = (grids: Grid[]) => grids.filter((g) => isUserSheet(g.name)).map(content);
const sakip = (grids: Grid[]) => grids.filter((g) => !isUserSheet(g.name)).map(content);

describe.each(WORKBOOKS.map((f) => [path.basename(f), f]))("%s in the task pane", (_base, file) => {
  let grids: Grid[];
  beforeAll(async () => {
    grids = (await readXlsx(file)).grids;
  });

  it.each([
    ["Validasi & Ringkas", summary],
    ["Buat lembar SAKIP", convert],
  ] as const)("%s leaves the user's sheets as they were and writes the same sheets when pressed again", async (_label, plans) => {
    const fake = createFakeExcel(grids);
    const before = fake.workbookGrids();
    expect(user(before)).toEqual(user(grids));

    const first = await press(fake, plans);
    expect(first.written.length).toBeGreaterThan(0);
    const once = fake.workbookGrids();
    expect(user(once)).toEqual(user(before));

    await press(fake, plans);
    const twice = fake.workbookGrids();
    expect(twice.map((g) => g.name)).toEqual(once.map((g) => g.name));
    expect(new Set(twice.map((g) => g.name.toLowerCase())).size).toBe(twice.length);
    expect(sakip(twice)).toEqual(sakip(once));
    expect(user(twice)).toEqual(user(before));
  });
});
