// context.sync() calls of one whole "Validasi & Ringkas" run (DESIGN §6), counted by the strict
// fake Excel (test/fake-excel, with Excel on the web's 5 MB payload limits): the task pane's
// steps — readGrids, analyse, planSummary, applyPlans — inside one Excel.run, on the grids of
// a generated workbook.
import { readXlsx } from "../src/xlsx";
import { readGrids, applyPlans } from "../src/excel";
import { analyse, planSummary } from "../src/app/pipeline";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import type { SheetPlan } from "../src/workbook/grid";
import { allowedSyncs, createFakeExcel } from "../test/fake-excel";
import { progress, round } from "./measure";

export interface SyncCount {
  syncs: number;
  /** Syncs spent reading (readGrids); the rest wrote the plans. */
  read: number;
  write: number;
  /** MB of all requests and of all responses of the run, as the fake measured them. */
  request_mb: number;
  response_mb: number;
  /** DESIGN §6: 3 syncs plus one per 5 MB of payload (requests and responses). */
  allowed: number;
  /** MB of JSON of the plans' cells (Range.formulas); styles, links and merges come on top. */
  write_cells_mb: number;
  /** What the plans ask for beyond cells, each an Office.js call or a few. */
  styles: number;
  links: number;
  merges: number;
}

function planCounts(plans: SheetPlan[]): Pick<SyncCount, "write_cells_mb" | "styles" | "links" | "merges"> {
  let cells = 0;
  let links = 0;
  for (const p of plans) {
    cells += JSON.stringify(p.rows.map((row) => row.map((c) => c?.f ?? c?.v ?? ""))).length;
    for (const row of p.rows) for (const c of row) if (c?.link) links++;
  }
  return {
    write_cells_mb: round(cells / 1e6, 1),
    styles: plans.reduce((n, p) => n + (p.styles?.length ?? 0), 0),
    links,
    merges: plans.reduce((n, p) => n + (p.merges?.length ?? 0), 0),
  };
}

export async function validasiRingkasSyncs(file: string): Promise<SyncCount> {
  const { grids } = await readXlsx(file);
  const fake = createFakeExcel(grids);
  let read = 0;
  let counts = planCounts([]);
  await fake.run(async (context) => {
    const sheets = await readGrids(context);
    read = fake.syncCount();
    const analysis = analyse(sheets, DEFAULT_SETTINGS);
    const plans = planSummary(analysis, DEFAULT_SETTINGS).plans;
    counts = planCounts(plans);
    await applyPlans(context, plans, { replaceInputs: false, existing: sheets.map((g) => g.name) });
  });
  const syncs = fake.syncCount();
  const { request, response } = fake.payload();
  const result: SyncCount = {
    syncs,
    read,
    write: syncs - read,
    request_mb: round(request / 1e6, 1),
    response_mb: round(response / 1e6, 1),
    allowed: allowedSyncs(request + response),
    ...counts,
  };
  progress(`syncs ${file}: ${JSON.stringify(result)}`);
  return result;
}
