// The structured SAKIP input sheets of a model (DESIGN §4): all four, always, so the user has
// a place to type even where the workbook had no such table.
import type { SakipModel, Settings } from "../../core/model";
import type { SheetPlan } from "../grid";
import { planPk } from "./pk";
import { planRealisasi } from "./realisasi";
import { planAnggaran } from "./anggaran";
import { planRencanaAksi } from "./rencana-aksi";

export function planInputSheets(model: SakipModel, settings: Settings): SheetPlan[] {
  return [planPk(model, settings), planRealisasi(model, settings), planAnggaran(model), planRencanaAksi(model)];
}
