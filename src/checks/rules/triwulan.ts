// tw-not-cumulative: a cumulative (s.d. TW) series that goes down from one quarter to the
// next. For a percentage read from pembilang/penyebut the counts are what accumulate (a ratio
// of to-date counts may fall), so those are checked instead of the ratio.
// tw-sum-mismatch: quarterly targets that neither add up to nor end at the yearly target;
// a percentage or an index is a level, so only its TW IV target must equal the yearly one.
import type { CellRef, DetectedTable, Figure, Indikator, TableColumn } from "../../core/model";
import type { CheckContext } from "../context";
import { formatLike, isLevel, isOk, shortText, shown, type OkFigure } from "../figures";
import { figureAt, isCumulative, refAt } from "../table";

const QUARTERS = ["TW1", "TW2", "TW3", "TW4"];
const LABEL = ["TW I", "TW II", "TW III", "TW IV"];

interface Point {
  quarter: number;
  figure: OkFigure;
  ref: CellRef;
}

function judgeSeries(ctx: CheckContext, points: Point[], what: string): void {
  for (let i = 1; i < points.length; i++) {
    const [prev, cur] = [points[i - 1], points[i]];
    if (cur.figure.value >= prev.figure.value - 1e-9 * Math.max(1, Math.abs(prev.figure.value))) continue;
    ctx.findings.add(
      "tw-not-cumulative",
      cur.ref,
      `${what} kumulatif ${LABEL[cur.quarter]} (${shown(cur.figure)}) lebih kecil dari ${LABEL[prev.quarter]} (${shown(prev.figure)}); nilai s.d. triwulan tidak boleh turun.`,
      `≥ ${shown(prev.figure)}`,
      shown(cur.figure),
    );
  }
}

function pointsOf(figures: { quarter: number; figure: Figure | null }[]): Point[] {
  return figures.flatMap(({ quarter, figure }) => (isOk(figure) && figure.ref ? [{ quarter, figure, ref: figure.ref }] : []));
}

function checkCumulativeIndikator(ctx: CheckContext, ind: Indikator): void {
  if (ind.kumulatif !== true) return;
  const entries = QUARTERS.map((p, quarter) => ({ quarter, e: ind.realisasi.find((e) => e.periode === p) ?? null }));
  const counts = entries.filter(({ e }) => isOk(e?.pembilang ?? null));
  const percent = entries.some(({ e }) => e?.nilai?.status === "ok" && e.nilai.percent);
  if (percent && counts.length >= 2) {
    judgeSeries(ctx, pointsOf(entries.map(({ quarter, e }) => ({ quarter, figure: e?.pembilang ?? null }))), "Pembilang");
    judgeSeries(ctx, pointsOf(entries.map(({ quarter, e }) => ({ quarter, figure: e?.penyebut ?? null }))), "Penyebut");
  } else {
    judgeSeries(ctx, pointsOf(entries.map(({ quarter, e }) => ({ quarter, figure: e?.nilai ?? null }))), "Realisasi");
  }
}

const CUMULATIVE_ROLES = new Set(["realisasi", "realisasi-anggaran", "pembilang", "penyebut", "volume-realisasi"]);

/**
 * Table columns headed "s.d. TW …" or "Kumulatif": each series of a role and year must not
 * fall. Percentages beside per-quarter pembilang are left to their counts (as in the model).
 */
function checkCumulativeTable(ctx: CheckContext, t: DetectedTable): void {
  const series = new Map<string, { c: TableColumn; quarter: number }[]>();
  for (const c of t.columns) {
    const quarter = QUARTERS.indexOf(c.periode ?? "");
    if (!CUMULATIVE_ROLES.has(c.role) || quarter < 0 || !isCumulative(c)) continue;
    const key = `${c.role}|${c.tahun ?? ""}`;
    series.set(key, [...(series.get(key) ?? []), { c, quarter }]);
  }
  const countsPerQuarter = t.columns.some((c) => c.role === "pembilang" && c.periode !== null);
  for (const cols of series.values()) {
    cols.sort((a, b) => a.quarter - b.quarter);
    for (const row of t.rows) {
      if (row.kind === "section") continue;
      const points = cols.flatMap(({ c, quarter }) => {
        const f = figureAt(t, row, c);
        return isOk(f) ? [{ quarter, figure: f, ref: refAt(t, row, c) }] : [];
      });
      if (countsPerQuarter && points.some((p) => p.figure.percent)) continue;
      judgeSeries(ctx, points, "Nilai");
    }
  }
}

const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function quarterTargets(ctx: CheckContext, ind: Indikator): { quarter: number; figure: OkFigure }[] {
  const own = ind.targetTw.flatMap((f, quarter) => (isOk(f) ? [{ quarter, figure: f }] : []));
  if (own.length > 0) return own;
  return ctx.model.rencanaAksi
    .filter((e) => e.indikatorKey === ind.key && QUARTERS.includes(e.periode))
    .flatMap((e) => (isOk(e.target) ? [{ quarter: QUARTERS.indexOf(e.periode), figure: e.target }] : []))
    .sort((a, b) => a.quarter - b.quarter);
}

function checkTwSum(ctx: CheckContext, ind: Indikator): void {
  const target = ind.target;
  if (!isOk(target)) return;
  const tw = quarterTargets(ctx, ind);
  if (tw.length === 0) return;
  const last = tw[tw.length - 1];
  const ref = last.figure.ref;
  if (!ref || near(last.figure.value, target.value)) return;
  const level = isLevel(ind);
  const sum = tw.reduce((s, q) => s + q.figure.value, 0);
  if (!level && near(sum, target.value)) return;
  const quarters = tw.map((q) => `${LABEL[q.quarter]} ${shown(q.figure)}`).join(", ");
  const expected = shown(target);
  const message = level
    ? `Target ${LABEL[last.quarter]} (${shown(last.figure)}) indikator "${shortText(ind.uraian)}" tidak sama dengan target tahunan ${expected}; untuk persentase/indeks target akhir triwulan semestinya sama dengan target tahunan.`
    : `Target triwulan indikator "${shortText(ind.uraian)}" (${quarters}) tidak berjumlah ${expected} dan tidak berakhir pada ${expected} (jumlah ${formatLike(last.figure, sum)}).`;
  ctx.findings.add("tw-sum-mismatch", ref, message, expected, level ? shown(last.figure) : formatLike(last.figure, sum));
}

export function checkTriwulan(ctx: CheckContext): void {
  for (const t of ctx.model.tables) if (t.kind !== "lain") checkCumulativeTable(ctx, t);
  for (const ind of ctx.model.indikator) {
    checkCumulativeIndikator(ctx, ind);
    checkTwSum(ctx, ind);
  }
}
