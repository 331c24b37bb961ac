// One run of the product, independent of the host: grids in, model + findings + sheet plans
// out. The CLI (src/cli) and the task pane (src/taskpane) both call these, so a file on disk
// and an open workbook are checked and summarised by exactly the same code.
import type { Finding, SakipModel, Settings } from "../core/model";
import type { Grid, SheetPlan } from "../workbook/grid";
import { buildModel } from "../workbook/read-model";
import { planInputSheets } from "../workbook/sheets";
import { runChecks, planValidasi } from "../checks";
// Not from "../report": its index also exports renderDocx, and the docx package must not ride
// along into the task pane's engine chunk.
import { buildReport } from "../report/build";
import { planRingkasan } from "../report/plan-ringkasan";
import { planNarasi } from "../report/plan-narasi";
import type { Report } from "../report/types";

export interface Analysis {
  model: SakipModel;
  findings: Finding[];
}

export function analyse(grids: Grid[], settings: Settings): Analysis {
  const model = buildModel(grids, settings);
  return { model, findings: runChecks(model, settings) };
}

/** The structured input sheets (SAKIP PK, Realisasi, Anggaran, Rencana Aksi). */
export function planConvert(analysis: Analysis, settings: Settings): SheetPlan[] {
  return planInputSheets(analysis.model, settings);
}

export interface Summary {
  report: Report;
  plans: SheetPlan[];
}

/** The output sheets of "Validasi & Ringkas": SAKIP Validasi, Ringkasan, Narasi. */
export function planSummary(analysis: Analysis, settings: Settings): Summary {
  const report = buildReport(analysis.model, settings);
  return {
    report,
    plans: [planValidasi(analysis.findings), planRingkasan(report), planNarasi(report)],
  };
}

export { countBySeverity } from "../checks/severity";
