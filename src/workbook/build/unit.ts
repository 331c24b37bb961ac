// The unit and year of a workbook, and the year each table and row speaks about.
import type { TableRow, UnitInfo } from "../../core/model";
import type { ScannedTable } from "../detect/table-read";
import { titleYear, unitName } from "../detect/title";
import { yearIn } from "../detect/text";

/** The year a table is about: its title's ("TAHUN 2025"), else its sheet name's ("Capaian 2023"). */
export function tableYear(t: ScannedTable): number | null {
  for (const line of t.table.title) {
    const y = titleYear(line);
    if (y !== null) return y;
  }
  return yearIn(t.table.sheet);
}

/** The year of a section row ("TAHUN 2022") a row falls under. */
export function sectionYear(row: TableRow): number | null {
  return row.section === null ? null : yearIn(row.section);
}

/**
 * Unit name from the first title line naming a unit; year from the titles of the tables
 * (the most frequent), else the latest year in the tables' headers (Renstra horizons aside).
 */
export function unitInfo(tables: ScannedTable[]): UnitInfo {
  let nama: string | null = null;
  const years = new Map<number, number>();
  for (const t of tables) {
    for (const line of t.table.title) if (nama === null) nama = unitName(line);
    const y = tableYear(t);
    if (y !== null) years.set(y, (years.get(y) ?? 0) + 1);
  }
  let tahun: number | null = null;
  let best = 0;
  for (const [y, n] of years) {
    if (n > best || (n === best && tahun !== null && y > tahun)) {
      best = n;
      tahun = y;
    }
  }
  if (tahun === null) {
    for (const t of tables) {
      for (const c of t.table.columns) if (c.tahun !== null && c.role !== "target-renstra" && (tahun === null || c.tahun > tahun)) tahun = c.tahun;
    }
  }
  return { nama, tahun };
}
