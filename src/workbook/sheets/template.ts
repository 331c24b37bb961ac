// `sakip template`: the four input sheets filled with clearly marked example rows, so a new
// user sees every column in use, with live formulas, and overwrites the rows with their own.
import type { Settings } from "../../core/model";
import type { SheetPlan } from "../grid";
import { contohModel, CONTOH_SUMBER } from "./contoh";
import { planInputSheets } from "./input-sheets";

export function planTemplate(settings: Settings): SheetPlan[] {
  return planInputSheets(contohModel(), settings).map(markExamples);
}

/** Every numbered row says in its Sumber cell that it is an example. */
function markExamples(plan: SheetPlan): SheetPlan {
  const header = plan.rows[0].map((c) => c?.v);
  const no = header.indexOf("No");
  const sumber = header.indexOf("Sumber");
  const rows = plan.rows.map((row, r) => {
    if (r === 0 || row[no]?.v == null) return row;
    const copy = [...row];
    copy[sumber] = { v: CONTOH_SUMBER };
    return copy;
  });
  return { ...plan, rows };
}
