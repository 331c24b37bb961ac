// persen-mismatch: a stated percentage that is not part / whole at its precision. A serapan
// column is realisasi / pagu (TOTAL rows included: the ratio of the totals). A generic "%"
// column, or a capaian in a table that holds plain ratios (per-unit RB action plans B03/B06,
// output volumes), is judged against what it can be: realisasi / pagu, pembilang / penyebut,
// realisasi / target, or the row's share of the column total — flagged only when none fits.
// "nan %" for 0/0 is no value and "0,00 %" for 0/0 is right (serapan of nothing is 0).
import type { AnggaranLine, CellRef, ColumnRole, DetectedTable, TableColumn, TableRow } from "../../core/model";
import { serapan } from "../../core/anggaran";
import { formatPersen } from "../../core/format";
import type { CheckContext } from "../context";
import { agreesPercent, formatLike, isOk, shown, type OkFigure } from "../figures";
import { columnsOf, figureAt, PAGU, partner, partners, refAt } from "../table";
import { SCORED_KINDS } from "./capaian";

interface Reading {
  value: number;
  /** How it was computed, for the message (written only when there is one). */
  how: () => string;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? (a === 0 ? 0 : null) : a / b);

/** Columns whose figures add up down a table (money and counts, never percentages). */
const ADDITIVE: ColumnRole[] = ["pagu", "blokir", "realisasi-anggaran", "sisa", "total", "target", "realisasi", "pembilang", "penyebut", "volume-target", "volume-realisasi", "rencana-penarikan"];

function pair(t: DetectedTable, row: TableRow, c: TableColumn, partRole: ColumnRole, wholeRole: ColumnRole | ColumnRole[]): [OkFigure, OkFigure][] {
  const pc = partner(t, c, partRole);
  const part = pc ? figureAt(t, row, pc) : null;
  if (!isOk(part)) return [];
  return partners(t, c, wholeRole)
    .map((w) => figureAt(t, row, w))
    .filter(isOk)
    .map((whole) => [part, whole]);
}

function serapanReadings(t: DetectedTable, row: TableRow, c: TableColumn): Reading[] {
  return pair(t, row, c, "realisasi-anggaran", PAGU).flatMap(([ra, pagu]) => {
    const s = serapan(ra.value, pagu.value);
    return s === null ? [] : [{ value: s, how: () => `realisasi ${shown(ra)} / pagu ${shown(pagu)}` }];
  });
}

function ratioReadings(t: DetectedTable, row: TableRow, c: TableColumn, partRole: ColumnRole, wholeRole: ColumnRole, names: [string, string]): Reading[] {
  return pair(t, row, c, partRole, wholeRole).flatMap(([a, b]) => {
    // A share of percentages is a ratio of fractions; the units must be alike.
    if (a.percent !== b.percent) return [];
    const v = ratio(a.value, b.value);
    if (v === null) return [];
    const both = a.value === 0 && b.value === 0 ? [0, 1] : [v];
    return both.map((value) => ({ value, how: () => `${names[0]} ${shown(a)} / ${names[1]} ${shown(b)}` }));
  });
}

/** The row's share of its column: the value over the TOTAL row of its section, or over the sum of the data rows. */
function shareReadings(t: DetectedTable, row: TableRow, c: TableColumn): Reading[] {
  const left = t.columns.filter((x) => x.col < c.col && ADDITIVE.includes(x.role)).sort((a, b) => b.col - a.col)[0];
  if (!left || (row.kind !== "data" && row.kind !== "total")) return [];
  const part = figureAt(t, row, left);
  if (!isOk(part) || part.percent) return [];
  const section = t.rows.filter((r) => r.section === row.section);
  const wholes: number[] = [];
  const total = row.kind === "total" ? row : section.find((r) => r.kind === "total");
  const totalFigure = total ? figureAt(t, total, left) : null;
  if (isOk(totalFigure)) wholes.push(totalFigure.value);
  const data = section.filter((r) => r.kind === "data").map((r) => figureAt(t, r, left));
  if (data.every((f) => f === null || f.status !== "unreadable")) wholes.push(data.filter(isOk).reduce((s, f) => s + f.value, 0));
  return wholes.flatMap((w) => {
    const v = ratio(part.value, w);
    return v === null ? [] : [{ value: v, how: () => `${shown(part)} dari jumlah ${formatLike(part, w)}` }];
  });
}

/** For a TOTAL row of plain ratios: the mean of the rows above it, as some tables print. */
function meanReadings(t: DetectedTable, row: TableRow, c: TableColumn): Reading[] {
  if (row.kind !== "total") return [];
  const values = t.rows.filter((r) => r.kind === "data" && r.section === row.section).map((r) => figureAt(t, r, c)).filter(isOk);
  if (values.length === 0 || values.some((f) => !f.percent)) return [];
  return [{ value: values.reduce((s, f) => s + f.value, 0) / values.length, how: () => "rata-rata baris di atasnya" }];
}

function readingsFor(ctx: CheckContext, t: DetectedTable, row: TableRow, c: TableColumn): Reading[] {
  if (c.role === "serapan") return serapanReadings(t, row, c);
  const ratios = [
    ...serapanReadings(t, row, c),
    ...ratioReadings(t, row, c, "pembilang", "penyebut", ["pembilang", "penyebut"]),
    ...ratioReadings(t, row, c, "realisasi", "target", ["realisasi", "target"]),
    ...ratioReadings(t, row, c, "volume-realisasi", "volume-target", ["realisasi", "target"]),
  ];
  const capped = ctx.settings.batas > 0 ? ratios.map((r) => ({ ...r, value: Math.min(r.value, ctx.settings.batas) })) : [];
  return [...ratios, ...capped, ...shareReadings(t, row, c), ...meanReadings(t, row, c)];
}

function judge(ctx: CheckContext, stated: OkFigure, ref: CellRef, readings: Reading[], what: string): void {
  if (readings.length === 0) return;
  ctx.findings.examine(ref, "persen-mismatch");
  if (readings.some((r) => agreesPercent(stated, r.value))) return;
  const expected = formatLike({ ...stated, percent: true }, readings[0].value);
  ctx.findings.add(
    "persen-mismatch",
    ref,
    `${what} tertulis ${shown(stated)}, hasil hitung ${formatPersen(readings[0].value)} (${readings[0].how()}).`,
    expected,
    shown(stated),
  );
}

const PARTS: ColumnRole[] = ["realisasi-anggaran", "pagu", "total", "pembilang", "penyebut", "realisasi", "target", "volume-realisasi", "volume-target"];

/** The columns of the parts and wholes a percentage column may be computed from. */
function partColumns(t: DetectedTable, c: TableColumn): TableColumn[] {
  return PARTS.map((role) => partner(t, c, role)).filter((p): p is TableColumn => p !== null);
}

/** A part or whole of the row that cannot be read: that is value-unreadable, and the percentage cannot be judged. */
function partUnreadable(t: DetectedTable, row: TableRow, parts: TableColumn[]): boolean {
  return parts.some((p) => figureAt(t, row, p)?.status === "unreadable");
}

export function checkPersenTables(ctx: CheckContext): void {
  for (const t of ctx.model.tables) {
    if (t.kind === "lain") continue;
    const roles: ColumnRole[] = SCORED_KINDS.has(t.kind) ? ["serapan", "persen"] : ["serapan", "persen", "capaian"];
    for (const c of columnsOf(t, ...roles)) {
      const what = c.role === "serapan" ? "Serapan" : c.role === "capaian" ? "Capaian" : "Persentase";
      const parts = partColumns(t, c);
      for (const row of t.rows) {
        if (row.kind === "section") continue;
        const stated = figureAt(t, row, c);
        if (isOk(stated) && !partUnreadable(t, row, parts)) judge(ctx, stated, refAt(t, row, c), readingsFor(ctx, t, row, c), what);
      }
    }
  }
}

function checkLine(ctx: CheckContext, line: AnggaranLine): void {
  const { serapanStated: stated, realisasi, pagu } = line;
  if (!isOk(stated) || !stated.ref || !isOk(realisasi) || !isOk(pagu)) return;
  if (ctx.findings.wasExamined(stated.ref, "persen-mismatch")) return;
  const s = serapan(realisasi.value, pagu.value);
  if (s !== null) judge(ctx, stated, stated.ref, [{ value: s, how: () => `realisasi ${shown(realisasi)} / pagu ${shown(pagu)}` }], "Serapan");
}

export function checkPersenModel(ctx: CheckContext): void {
  for (const line of ctx.model.anggaran) checkLine(ctx, line);
}
