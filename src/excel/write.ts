// Office.js gateway, writing: every sheet plan queued, then ONE context.sync() (plus one per
// ~4.8 MB of queued payload, see batch.ts). Existence of sheets is not asked of Excel (that
// would cost a sync): the caller passes the names readGrids returned.
import type { SheetPlan } from "../workbook/grid";
import { planTargets, applyResult, type ApplyResult } from "./plan-targets";
import { Batch, REQUEST_BUDGET, utf8Bytes } from "./batch";
import { writeSheet } from "./write-sheet";

export interface ExcelApplyOptions {
  /** Replace SAKIP input sheets that already exist (the user confirmed). */
  replaceInputs: boolean;
  /** Names of the workbook's sheets, from readGrids (grids.map((g) => g.name)). */
  existing: readonly string[];
  /** Request budget in bytes per sync; default 4 800 000 (Excel on the web: 5 MB). */
  requestBudget?: number;
}

export async function applyPlans(context: Excel.RequestContext, plans: SheetPlan[], opts: ExcelApplyOptions): Promise<ApplyResult> {
  const targets = planTargets(plans, opts.existing, opts.replaceInputs);
  const batch = new Batch(context, opts.requestBudget ?? REQUEST_BUDGET);
  const worksheets = context.workbook.worksheets;
  for (const target of targets) {
    if (target.action === "skip") continue;
    // Adding a sheet: one path; emptying one: ten calls on six paths (clearSheet).
    await batch.reserve(100 + 2 * utf8Bytes(target.plan.name), 10, 6);
    const ws =
      target.action === "replace" ? clearSheet(worksheets.getItem(target.existing), target.plan.name) : worksheets.add(target.plan.name);
    await writeSheet(batch, ws, target.plan, target.action === "create");
  }
  await batch.flush();
  return applyResult(targets);
}

/**
 * Empties a SAKIP sheet in place instead of deleting it: a deleted sheet turns every
 * reference to it in the user's own formulas into #REF!, and a workbook cannot lose its
 * last visible sheet. Its tab position and visibility stay as the user left them.
 */
function clearSheet(ws: Excel.Worksheet, name: string): Excel.Worksheet {
  ws.name = name; // the plan's spelling when only the letter case differed
  const all = ws.getRange();
  all.unmerge();
  all.conditionalFormats.clearAll();
  all.dataValidation.clear();
  all.clear("Hyperlinks");
  all.clear("All");
  all.format.useStandardWidth = true;
  all.format.useStandardHeight = true;
  ws.freezePanes.unfreeze();
  ws.tabColor = "";
  return ws;
}
