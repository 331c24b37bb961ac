// tw-not-cumulative: a cumulative (s.d. TW) series that goes down from one quarter to the
// next. For a percentage read from pembilang/penyebut the counts are what accumulate (a ratio
// of to-date counts may fall), so those are checked instead of the ratio.
// tw-sum-mismatch: quarterly targets that neither add up to nor end at the yearly target;
// a percentage or an index is a level, so only its TW IV target must equal the yearly one.
import type { CellRef, DetectedTable, Indikator, RealisasiEntry, RencanaAksiEntry, TableColumn, TableRow } from "../../core/model";
import type { CheckContext } from "../context";
import { formatLike, isLevel, isOk, shortText, shown, type OkFigure } from "../figures";
import { figureAt, isCumulative, refAt } from "../table";

const QUARTERS = ["TW1", "TW2", "TW3", "TW4"];
const LABEL = ["TW I", "TW II", "TW III", "TW IV"];

/** A quarter's figure in a series. */
interface Point {
  quarter: number;
  figure: OkFigure;
}

/**
 * Judges a series quarter by quarter, in order: each figure against the one before it. Used
 * as a running judge (add the figures in quarter order) so a row's series needs no list.
 */
class Series {
  private prevQuarter = -1;
  private prev: OkFigure | null = null;

  constructor(
    private readonly ctx: CheckContext,
    private readonly what: string,
  ) {}

  /** The next figure of the series, `ref` its cell. */
  add(quarter: number, figure: OkFigure, ref: CellRef): void {
    const prev = this.prev;
    const prevQuarter = this.prevQuarter;
    this.prev = figure;
    this.prevQuarter = quarter;
    if (prev === null || figure.value >= prev.value - 1e-9 * Math.max(1, Math.abs(prev.value))) return;
    this.ctx.findings.add(
      "tw-not-cumulative",
      ref,
      `${this.what} kumulatif ${LABEL[quarter]} (${shown(figure)}) lebih kecil dari ${LABEL[prevQuarter]} (${shown(prev)}); nilai s.d. triwulan tidak boleh turun.`,
      `≥ ${shown(prev)}`,
      shown(figure),
    );
  }
}

const QUARTER_OF: ReadonlyMap<string, number> = new Map(QUARTERS.map((p, quarter) => [p, quarter]));

/** The series of one field of an indicator's quarterly entries, judged at the figures' own cells. */
function judgeEntries(ctx: CheckContext, entries: (RealisasiEntry | null)[], field: "nilai" | "pembilang" | "penyebut", what: string): void {
  const series = new Series(ctx, what);
  for (let quarter = 0; quarter < entries.length; quarter++) {
    const f = entries[quarter]?.[field] ?? null;
    if (isOk(f) && f.ref) series.add(quarter, f, f.ref);
  }
}

function checkCumulativeIndikator(ctx: CheckContext, ind: Indikator): void {
  if (ind.kumulatif !== true) return;
  // Each quarter's first entry.
  const entries: (RealisasiEntry | null)[] = [null, null, null, null];
  for (const e of ind.realisasi) {
    const quarter = QUARTER_OF.get(e.periode);
    if (quarter !== undefined && entries[quarter] === null) entries[quarter] = e;
  }
  let counts = 0;
  let percent = false;
  for (const e of entries) {
    if (isOk(e?.pembilang ?? null)) counts++;
    if (e?.nilai?.status === "ok" && e.nilai.percent) percent = true;
  }
  if (percent && counts >= 2) {
    judgeEntries(ctx, entries, "pembilang", "Pembilang");
    judgeEntries(ctx, entries, "penyebut", "Penyebut");
  } else {
    judgeEntries(ctx, entries, "nilai", "Realisasi");
  }
}

const CUMULATIVE_ROLES = new Set(["realisasi", "realisasi-anggaran", "pembilang", "penyebut", "volume-realisasi"]);

function percentAt(t: DetectedTable, row: TableRow, c: TableColumn): boolean {
  const f = figureAt(t, row, c);
  return isOk(f) && f.percent;
}

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
      if (countsPerQuarter && cols.some(({ c }) => percentAt(t, row, c))) continue;
      const judge = new Series(ctx, "Nilai");
      for (const { c, quarter } of cols) {
        const f = figureAt(t, row, c);
        if (isOk(f)) judge.add(quarter, f, refAt(t, row, c));
      }
    }
  }
}

const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** The Rencana Aksi entries of each indicator key, in the model's order. */
type PlanEntries = () => Map<string, RencanaAksiEntry[]>;

function quarterTargets(ind: Indikator, plans: PlanEntries): Point[] {
  const own: Point[] = [];
  ind.targetTw.forEach((f, quarter) => {
    if (isOk(f)) own.push({ quarter, figure: f });
  });
  if (own.length > 0) return own;
  const planned = plans().get(ind.key);
  if (planned === undefined) return own;
  return planned
    .filter((e) => QUARTERS.includes(e.periode))
    .flatMap((e) => (isOk(e.target) ? [{ quarter: QUARTERS.indexOf(e.periode), figure: e.target }] : []))
    .sort((a, b) => a.quarter - b.quarter);
}

function checkTwSum(ctx: CheckContext, ind: Indikator, plans: PlanEntries): void {
  const target = ind.target;
  if (!isOk(target)) return;
  const tw = quarterTargets(ind, plans);
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
  // Grouped once, when first needed: looking them up per indicator would be quadratic.
  let byKey: Map<string, RencanaAksiEntry[]> | null = null;
  const plans = (): Map<string, RencanaAksiEntry[]> => {
    if (byKey === null) {
      byKey = new Map();
      for (const e of ctx.model.rencanaAksi) {
        const list = byKey.get(e.indikatorKey);
        if (list) list.push(e);
        else byKey.set(e.indikatorKey, [e]);
      }
    }
    return byKey;
  };
  for (const ind of ctx.model.indikator) {
    checkCumulativeIndikator(ctx, ind);
    checkTwSum(ctx, ind, plans);
  }
}
