// duplicate-indicator: the same indicator twice in one PK table (within one section: a table
// split into "TAHUN 2022" / "TAHUN 2023" lists each indicator once per year). The wording is
// compared by the reader's indicator key; a merged cell carried down to the next row is the
// same cell, not a second listing, unless that row states its own target. In a Kanwil's
// per-unit table the same wording on the rows of two units is two indicators, not a duplicate.
import type { DetectedTable, TableRow } from "../../core/model";
import { a1 } from "../../workbook/a1";
import { SHEET } from "../../workbook/sheets/layout";
import { indikatorKey, unitKey } from "../../workbook/match";
import type { CheckContext } from "../context";
import { isOk, shortText } from "../figures";
import { columnsOf, figureAt, refAt, textAt } from "../table";

const isPkTable = (t: DetectedTable): boolean => t.kind === "kinerja" || (t.kind === "sakip-input" && t.sheet === SHEET.pk);

function ownTarget(t: DetectedTable, row: TableRow): boolean {
  return columnsOf(t, "target").some((c) => isOk(figureAt(t, row, c)));
}

export function checkDuplicates(ctx: CheckContext): void {
  for (const t of ctx.model.tables) {
    if (!isPkTable(t)) continue;
    const indikatorCol = columnsOf(t, "indikator")[0];
    if (!indikatorCol) continue;
    const unitCol = columnsOf(t, "unit")[0];
    const iIndikator = t.columns.indexOf(indikatorCol);
    // The rows seen, by section, unit key and wording key: the keys are the reader's
    // remembered strings, so no key string is built per row.
    const seen = new Map<string, Map<string, Map<string, TableRow>>>();
    const slot = (section: string, unit: string): Map<string, TableRow> => {
      let units = seen.get(section);
      if (!units) seen.set(section, (units = new Map()));
      let rows = units.get(unit);
      if (!rows) units.set(unit, (rows = new Map()));
      return rows;
    };
    let previous: { row: TableRow; text: string } | null = null;
    for (const row of t.rows) {
      if (row.kind !== "data") continue;
      const text = row.texts[iIndikator]?.trim() ?? "";
      if (text === "") continue;
      const carried = previous !== null && previous.text === text && !ownTarget(t, row);
      previous = { row, text };
      if (carried) continue;
      const unit = unitCol ? textAt(t, row, unitCol) : null;
      const rows = slot(row.section ?? "", unit ? unitKey(unit) : "");
      const key = indikatorKey(text);
      const first = rows.get(key);
      if (!first) {
        rows.set(key, row);
        continue;
      }
      ctx.findings.add(
        "duplicate-indicator",
        refAt(t, row, indikatorCol),
        `Indikator "${shortText(text)}" tercantum dua kali dalam tabel ini (juga di ${a1(first.row, indikatorCol.col)}).`,
        undefined,
        text,
      );
    }
  }
}
