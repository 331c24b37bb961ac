// The checking and summarising engine the pane runs: the same pipeline as the CLI, and the
// Office.js gateway that reads and writes the workbook. It is a separate chunk, fetched from
// the add-in's own origin right after the pane has shown itself (see index.tsx), which keeps
// the pane's initial JavaScript within its budget (DESIGN §6).
export { analyse, countBySeverity, planConvert, planSummary } from "../app/pipeline";
export { planTemplate } from "../workbook/sheets";
export { readGrids, applyPlans } from "../excel";
