// What every rule receives: the model, the settings, the reporting year and the collector.
import type { DetectedTable, Indikator, SakipModel, Settings, TableRow } from "../core/model";
import { parseA1 } from "../workbook/a1";
import { unitsOf } from "../workbook/build/indikator-row";
import { indikatorKey, withUnit } from "../workbook/match";
import { Findings } from "./findings";
import { textOf } from "./table";

export interface CheckContext {
  model: SakipModel;
  settings: Settings;
  /** Reporting year: the setting, else the workbook's own; null when neither says. */
  tahun: number | null;
  findings: Findings;
  /**
   * The model's indicator read from a table row: by the rows it was read from (its wording
   * may differ from table to table), else by the key of the row's wording — with the row's
   * unit in a Kanwil's per-unit table, as the reader keys a UPT's indicator; null when none.
   */
  indikatorAt(t: DetectedTable, row: TableRow): Indikator | null;
}

/** The indicators read from each row, by sheet and 0-based row. */
function indikatorRows(model: SakipModel): Map<string, Map<number, Indikator[]>> {
  const bySheet = new Map<string, Map<number, Indikator[]>>();
  for (const ind of model.indikator) {
    for (const src of ind.sources) {
      const at = parseA1(src.cell);
      if (!at) continue;
      let rows = bySheet.get(src.sheet);
      if (!rows) bySheet.set(src.sheet, (rows = new Map()));
      const list = rows.get(at.row);
      if (!list) rows.set(at.row, [ind]);
      else if (!list.includes(ind)) list.push(ind);
    }
  }
  return bySheet;
}

export function createContext(model: SakipModel, settings: Settings): CheckContext {
  const byKey = new Map<string, Indikator>();
  for (const ind of model.indikator) if (!byKey.has(ind.key)) byKey.set(ind.key, ind);
  const byRow = indikatorRows(model);
  /** Per table: its units (text → key) when it is a Kanwil's per-unit table, else null. */
  const perUnit = new Map<DetectedTable, { col: number; units: Map<string, string> } | null>();
  const unitsAt = (t: DetectedTable): { col: number; units: Map<string, string> } | null => {
    let u = perUnit.get(t);
    if (u === undefined) {
      const units = unitsOf(t);
      u = units ? { col: t.columns.findIndex((c) => c.role === "unit"), units } : null;
      perUnit.set(t, u);
    }
    return u;
  };
  /** The row's key as the reader makes it: the wording's, with the row's unit in a per-unit table. */
  const keyAt = (t: DetectedTable, row: TableRow): string | null => {
    const uraian = textOf(t, row, "indikator");
    if (uraian === null) return null;
    const key = indikatorKey(uraian);
    const u = unitsAt(t);
    const unit = u ? row.texts[u.col] : null;
    const unitKey = unit ? u?.units.get(unit) : undefined;
    return unitKey ? withUnit(key, unitKey) : key;
  };
  return {
    model,
    settings,
    tahun: settings.tahun ?? model.unit.tahun,
    findings: new Findings(),
    indikatorAt(t, row) {
      const atRow = byRow.get(t.sheet)?.get(row.row);
      if (atRow !== undefined && atRow.length === 1) return atRow[0];
      const key = keyAt(t, row);
      if (atRow === undefined) return key !== null ? (byKey.get(key) ?? null) : null;
      // One cell listing several indicators gives them the same row: the wording tells them apart.
      return (key !== null ? atRow.find((i) => i.key === key) : undefined) ?? atRow[0];
    },
  };
}
