// The Office.js gateway (the task pane). The only code that calls context.sync(): reading
// takes 2 syncs, writing 1 (plus one per ~4.8 MB chunk), selecting a cell 1. See DESIGN §2, §6.
// Needs ExcelApi 1.13 (getMergedAreasOrNullObject); also uses 1.4 (…OrNullObject), 1.6 (conditional
// formats), 1.7 (tab colour, freeze panes), 1.8 (data validation), 1.9 (page layout, getRanges).
export { readGrids, type ReadOptions } from "./read";
export { applyPlans, type ExcelApplyOptions } from "./write";
export { selectCell } from "./select";
export type { ApplyResult } from "./plan-targets";
