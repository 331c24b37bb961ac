// total-mismatch. Down a table: a TOTAL row is the sum of the data rows of its section, per
// column of money or counts (percentages are ratios, judged by persen-mismatch). A TOTAL may
// also sum only the rows since the previous TOTAL (subtotals), or the subtotals themselves
// (a grand total), or the whole table; it is flagged when it is none of these.
// Across a row: a "Total"/"Jumlah" column is the sum of its parts (Pegawai + Barang + Modal)
// when the header shows such a group, or when the sum holds on other rows of the table.
import type { DetectedTable, TableColumn, TableRow } from "../../core/model";
import type { CheckContext } from "../context";
import { formatLike, isOk, matches, normUnit, shown } from "../figures";
import { figureAt, refAt } from "../table";

const NOT_SUMMED = new Set(["no", "capaian", "serapan", "persen", "predikat", "tingkat", "polaritas", "periode", "status"]);

/** The sum of a column over rows; null when a figure cannot be read or the units differ. */
function columnSum(t: DetectedTable, rows: TableRow[], c: TableColumn): number | null {
  let sum = 0;
  let counted = 0;
  const units = new Set<string>();
  for (const r of rows) {
    const f = figureAt(t, r, c);
    if (!f || f.status === "empty") continue;
    if (!isOk(f) || f.percent) return null;
    const u = normUnit(f.unit);
    if (u !== null && u !== "rp") units.add(u);
    sum += f.value;
    counted++;
  }
  return counted === 0 || units.size > 1 ? null : sum;
}

/** The row sets a TOTAL row may sum, the most usual first. */
function candidateSets(t: DetectedTable, total: TableRow): { rows: TableRow[]; how: string }[] {
  const index = t.rows.indexOf(total);
  const before = t.rows.slice(0, index);
  const section = before.filter((r) => r.section === total.section);
  const lastTotal = section.map((r) => r.kind).lastIndexOf("total");
  const sinceLast = section.slice(lastTotal + 1);
  const dataOf = (rows: TableRow[]) => rows.filter((r) => r.kind === "data");
  const sets = [
    { rows: dataOf(section), how: "jumlah baris data" },
    { rows: dataOf(sinceLast), how: "jumlah baris sejak subtotal sebelumnya" },
    { rows: section.filter((r) => r.kind === "total"), how: "jumlah subtotal" },
    // A TOTAL outside every section ("TOTAL 2022–2023") sums the whole table.
    ...(total.section === null ? [{ rows: dataOf(before), how: "jumlah seluruh baris data" }] : []),
    { rows: sinceLast.filter((r) => r.kind === "periode"), how: "jumlah baris triwulan" },
  ];
  return sets.filter((s) => s.rows.length > 0);
}

/** Two row sets with the same rows in the same order (they then have the same sums). */
function sameRows(a: TableRow[], b: TableRow[]): boolean {
  return a.length === b.length && a.every((r, i) => r === b[i]);
}

function checkColumnTotals(ctx: CheckContext, t: DetectedTable): void {
  for (const total of t.rows) {
    if (total.kind !== "total") continue;
    const sets = candidateSets(t, total);
    // Sets that are the same rows (a table without subtotals: the section, the rows since the
    // last subtotal and the whole table) are summed once.
    const first = sets.map((s, j) => sets.findIndex((o, k) => k === j || (k < j && sameRows(o.rows, s.rows))));
    for (const c of t.columns) {
      if (NOT_SUMMED.has(c.role)) continue;
      const stated = figureAt(t, total, c);
      if (!isOk(stated) || stated.percent) continue;
      const values: (number | null)[] = [];
      sets.forEach((s, j) => values.push(first[j] === j ? columnSum(t, s.rows, c) : values[first[j]]));
      const sums = sets.map((s, j) => ({ value: values[j], how: s.how, n: s.rows.length })).filter((s) => s.value !== null);
      if (sums.length === 0) continue;
      if (sums.some((s) => matches(stated, s.value as number))) continue;
      const ref = refAt(t, total, c);
      const expected = formatLike(stated, sums[0].value as number);
      ctx.findings.add(
        "total-mismatch",
        ref,
        `Total ${c.label} tertulis ${shown(stated)}, ${sums[0].how} (${sums[0].n} baris) = ${expected}.`,
        expected,
        shown(stated),
      );
    }
  }
}

const TOTAL_WORD = /^(total|jumlah|jml\.?)$/i;
const JENIS_BELANJA = /pegawai|barang|modal|bansos|bantuan sosial|\b5[1-7]\b/i;

const segments = (label: string): string[] => label.split(" / ").map((s) => s.trim());

interface Part {
  column: TableColumn;
  /** The word that tells the part apart ("Pegawai"). */
  name: string;
}

/** A column that is a row total: its role, or "Total"/"Jumlah" as one of its header lines. */
function isRowTotal(c: TableColumn): boolean {
  return c.role === "total" || segments(c.label).some((s) => TOTAL_WORD.test(s));
}

/**
 * The parts of a row-total column. Two-row headers name the group: "Pagu / Total" sums the
 * other "Pagu / …" columns, "Total / Pagu" the other "… / Pagu" ones. A one-row "Total" sums
 * the money columns just left of it.
 */
function partsOf(t: DetectedTable, c: TableColumn): Part[] {
  const seg = segments(c.label);
  const money = t.columns.filter((x) => x !== c && x.money && !isRowTotal(x));
  if (seg.length === 2) {
    const fixed = TOTAL_WORD.test(seg[1]) ? 0 : TOTAL_WORD.test(seg[0]) ? 1 : -1;
    if (fixed >= 0) {
      return money
        .map((x) => ({ x, s: segments(x.label) }))
        .filter(({ s }) => s.length === 2 && s[fixed] === seg[fixed])
        .map(({ x, s }) => ({ column: x, name: s[1 - fixed] }));
    }
  }
  const parts: Part[] = [];
  for (const x of t.columns.filter((x) => x.col < c.col).sort((a, b) => b.col - a.col)) {
    if (!x.money || isRowTotal(x)) break;
    parts.push({ column: x, name: x.label });
  }
  return parts.reverse();
}

function rowSum(t: DetectedTable, row: TableRow, parts: Part[]): number | null {
  let sum = 0;
  for (const p of parts) {
    const f = figureAt(t, row, p.column);
    if (!f || f.status === "empty") continue;
    if (!isOk(f) || f.percent) return null;
    sum += f.value;
  }
  return sum;
}

function checkRowTotals(ctx: CheckContext, t: DetectedTable): void {
  for (const c of t.columns) {
    if (!isRowTotal(c)) continue;
    const parts = partsOf(t, c);
    if (parts.length < 2) continue;
    const rows = t.rows.filter((r) => r.kind !== "section" && isOk(figureAt(t, r, c)));
    const holds = rows.filter((r) => {
      const sum = rowSum(t, r, parts);
      const f = figureAt(t, r, c);
      return sum !== null && isOk(f) && matches(f, sum);
    });
    // The structure must be the table's own: named parts, or a sum that holds elsewhere.
    const named = parts.every((p) => JENIS_BELANJA.test(p.name));
    if (!named && holds.length * 2 < rows.length) continue;
    const how = parts.map((p) => p.name).join(" + ");
    for (const r of rows) {
      if (holds.includes(r)) continue;
      const stated = figureAt(t, r, c);
      const sum = rowSum(t, r, parts);
      if (!isOk(stated) || sum === null) continue;
      const ref = refAt(t, r, c);
      const expected = formatLike(stated, sum);
      ctx.findings.add("total-mismatch", ref, `Total baris tertulis ${shown(stated)}, ${how} = ${expected}.`, expected, shown(stated));
    }
  }
}

export function checkTotals(ctx: CheckContext): void {
  for (const t of ctx.model.tables) {
    if (t.kind === "lain") continue;
    checkColumnTotals(ctx, t);
    checkRowTotals(ctx, t);
  }
}
