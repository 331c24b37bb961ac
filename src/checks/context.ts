// What every rule receives: the model, the settings, the reporting year and the collector.
import type { Indikator, SakipModel, Settings } from "../core/model";
import { parseA1 } from "../workbook/a1";
import { indikatorKey } from "../workbook/match";
import { Findings } from "./findings";

export interface CheckContext {
  model: SakipModel;
  settings: Settings;
  /** Reporting year: the setting, else the workbook's own; null when neither says. */
  tahun: number | null;
  findings: Findings;
  /**
   * The model's indicator read from a table row: by the rows it was read from (its wording
   * may differ from table to table), else by the key of the row's wording; null when none.
   */
  indikatorAt(sheet: string, row: number, uraian: string | null): Indikator | null;
}

export function createContext(model: SakipModel, settings: Settings): CheckContext {
  const byKey = new Map<string, Indikator>();
  const byRow = new Map<string, Indikator[]>();
  for (const ind of model.indikator) {
    if (!byKey.has(ind.key)) byKey.set(ind.key, ind);
    for (const src of ind.sources) {
      const at = parseA1(src.cell);
      if (!at) continue;
      const k = `${src.sheet}|${at.row}`;
      const list = byRow.get(k) ?? [];
      if (!list.includes(ind)) byRow.set(k, [...list, ind]);
    }
  }
  return {
    model,
    settings,
    tahun: settings.tahun ?? model.unit.tahun,
    findings: new Findings(),
    indikatorAt(sheet, row, uraian) {
      const key = uraian ? indikatorKey(uraian) : null;
      const atRow = byRow.get(`${sheet}|${row}`) ?? [];
      // One cell listing several indicators gives them the same row: the wording tells them apart.
      if (atRow.length > 1 && key !== null) return atRow.find((i) => i.key === key) ?? atRow[0];
      return atRow[0] ?? (key !== null ? byKey.get(key) ?? null : null);
    },
  };
}
