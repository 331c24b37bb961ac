// Findings as the pane lists them: grouped by sheet in workbook order, each group sorted by
// severity then by position on the sheet, with the Indonesian severity names.
import type { Finding, Severity } from "../core/model";
import { parseA1 } from "../workbook/a1";
// A small module with no rules in it: the initial bundle must not pull in the checks.
import { countBySeverity, SEVERITY_RANK as RANK } from "../checks/severity";

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: "Galat",
  warning: "Peringatan",
  info: "Info",
};

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export interface FindingGroup {
  sheet: string;
  findings: Finding[];
  counts: Record<Severity, number>;
}


function position(f: Finding): [number, number] {
  const p = parseA1(f.cell);
  return p ? [p.row, p.col] : [Number.MAX_SAFE_INTEGER, 0];
}

/** `sheetOrder`: the workbook's sheet names in tab order; sheets not in it come last, by name. */
export function groupBySheet(findings: readonly Finding[], sheetOrder: readonly string[]): FindingGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.sheet);
    if (list) list.push(f);
    else groups.set(f.sheet, [f]);
  }
  const place = (sheet: string) => {
    const i = sheetOrder.indexOf(sheet);
    return i < 0 ? sheetOrder.length : i;
  };
  return [...groups.entries()]
    .sort(([a], [b]) => place(a) - place(b) || a.localeCompare(b))
    .map(([sheet, list]) => {
      const sorted = [...list].sort((a, b) => {
        const [ra, ca] = position(a);
        const [rb, cb] = position(b);
        return RANK[a.severity] - RANK[b.severity] || ra - rb || ca - cb;
      });
      return { sheet, findings: sorted, counts: countBySeverity(sorted) };
    });
}

/** A finding can be selected in Excel when it names a sheet and a cell address. */
export function hasCell(f: Finding): boolean {
  return f.sheet !== "" && parseA1(f.cell) !== null;
}
