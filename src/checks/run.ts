// runChecks: every rule of DOMAIN §9 over a model. The user's tables are judged first, as they
// stated them; then the model's indicators and budget lines, for what only the merged model
// shows (a target in one table, the realisasi in another) and what no table row judged.
import type { Finding, SakipModel, Settings } from "../core/model";
import { createContext, type CheckContext } from "./context";
import { sheetOrder, sortFindings } from "./order";
import { checkAnggaranModel, checkAnggaranTables } from "./rules/anggaran";
import { checkCapaianModel, checkCapaianTables } from "./rules/capaian";
import { checkDuplicates } from "./rules/duplicate";
import { checkMissingModel, checkTargetTables } from "./rules/missing";
import { checkPersenModel, checkPersenTables } from "./rules/persen";
import { checkPolarity } from "./rules/polarity";
import { checkRealisasiModel, checkRealisasiTables } from "./rules/realisasi";
import { checkTargetChanged } from "./rules/target-changed";
import { checkTotals } from "./rules/totals";
import { checkTriwulan } from "./rules/triwulan";
import { checkUnitModel, checkUnitTables } from "./rules/unit";
import { checkUnreadable } from "./rules/unreadable";

type Rule = (ctx: CheckContext) => void;

const TABLE_RULES: Rule[] = [
  checkUnreadable,
  checkUnitTables,
  checkCapaianTables,
  checkRealisasiTables,
  checkAnggaranTables,
  checkPersenTables,
  checkTotals,
  checkTargetTables,
  checkDuplicates,
];

const MODEL_RULES: Rule[] = [
  checkUnitModel,
  checkCapaianModel,
  checkRealisasiModel,
  checkAnggaranModel,
  checkPersenModel,
  checkMissingModel,
  checkTriwulan,
  checkTargetChanged,
  checkPolarity,
];

/** Findings sorted by severity, then sheet order, row and column; one per rule and cell. */
export function runChecks(model: SakipModel, settings: Settings): Finding[] {
  const ctx = createContext(model, settings);
  for (const rule of TABLE_RULES) rule(ctx);
  for (const rule of MODEL_RULES) rule(ctx);
  return sortFindings(ctx.findings.list(), sheetOrder(model));
}
