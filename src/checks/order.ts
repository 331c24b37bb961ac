// Findings in reading order: severity (error, warning, info), then the workbook's sheet order,
// then row, then column. The model keeps no list of sheets; the order in which its tables,
// indicators, budget lines and notes were read is the workbook's.
import type { Finding, SakipModel } from "../core/model";
import { parseA1 } from "../workbook/a1";
import { SEVERITY_RANK } from "./severity";

export function sheetOrder(model: SakipModel): Map<string, number> {
  const order = new Map<string, number>();
  const see = (sheet: string | undefined): void => {
    if (sheet !== undefined && !order.has(sheet)) order.set(sheet, order.size);
  };
  for (const t of model.tables) see(t.sheet);
  for (const ind of model.indikator) for (const s of ind.sources) see(s.sheet);
  for (const line of model.anggaran) see(line.ref.sheet);
  for (const e of model.rencanaAksi) see(e.ref.sheet);
  for (const n of model.readNotes) see(n.sheet);
  return order;
}

export function sortFindings(findings: Finding[], order: Map<string, number>): Finding[] {
  const place = (f: Finding) => {
    const at = parseA1(f.cell);
    return {
      severity: SEVERITY_RANK[f.severity],
      sheet: order.get(f.sheet) ?? order.size,
      row: at?.row ?? -1,
      col: at?.col ?? -1,
    };
  };
  const keyed = findings.map((f) => ({ f, k: place(f) }));
  keyed.sort(
    (a, b) =>
      a.k.severity - b.k.severity ||
      a.k.sheet - b.k.sheet ||
      (a.k.sheet === order.size ? a.f.sheet.localeCompare(b.f.sheet) : 0) ||
      a.k.row - b.k.row ||
      a.k.col - b.k.col ||
      a.f.rule.localeCompare(b.f.rule),
  );
  return keyed.map((x) => x.f);
}
