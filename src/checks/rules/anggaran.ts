// Budget rows (DOMAIN §6): sisa-mismatch (sisa = pagu − realisasi, or pagu − blokir −
// realisasi where a blokir column is given), realisasi-exceeds-pagu, and serapan-low (info:
// year-end serapan under 90%, only when the report is a year-end one). Tables first, then
// the model's lines and Rencana Aksi rows for figures no table row judged.
import type { AnggaranLine, CellRef, DetectedTable, Figure, TableColumn, TableRow } from "../../core/model";
import { serapan, sisa } from "../../core/anggaran";
import { formatPersen } from "../../core/format";
import type { CheckContext } from "../context";
import { formatLike, isOk, matches, shown, type OkFigure } from "../figures";
import { columnsOf, figureAt, isCumulative, PAGU, partner, partners, refAt } from "../table";

/** The Ministry of Finance's year-end expectation the reports cite. */
export const SERAPAN_MINIMUM = 0.9;

function okFigures(t: DetectedTable, row: TableRow, cols: readonly TableColumn[]): OkFigure[] {
  const out: OkFigure[] = [];
  for (const c of cols) {
    const f = figureAt(t, row, c);
    if (isOk(f)) out.push(f);
  }
  return out;
}

/** Sisa is pagu − realisasi, or pagu − blokir − realisasi; the first pagu without blokir is the one reported. */
function judgeSisa(ctx: CheckContext, stated: OkFigure, ref: CellRef, ra: OkFigure, pagu: OkFigure[], blokir: OkFigure | null): void {
  if (pagu.length === 0) return;
  ctx.findings.examine(ref, "sisa-mismatch");
  for (const p of pagu) {
    if (matches(stated, sisa(p.value, ra.value))) return;
    if (blokir && matches(stated, sisa(p.value - blokir.value, ra.value))) return;
  }
  const expected = formatLike(stated, sisa(pagu[0].value, ra.value));
  const how = `pagu ${shown(pagu[0])} − realisasi ${shown(ra)}`;
  ctx.findings.add("sisa-mismatch", ref, `Sisa tertulis ${shown(stated)}, seharusnya ${how} = ${expected}.`, expected, shown(stated));
}

function judgeExceeds(ctx: CheckContext, ra: OkFigure, ref: CellRef, pagu: OkFigure[]): void {
  if (pagu.length === 0) return;
  ctx.findings.examine(ref, "realisasi-exceeds-pagu");
  const top = pagu.reduce((a, b) => (b.value > a.value ? b : a));
  if (ra.value <= top.value + 1e-9 * Math.max(1, Math.abs(top.value))) return;
  ctx.findings.add(
    "realisasi-exceeds-pagu",
    ref,
    `Realisasi anggaran ${shown(ra)} melebihi pagu ${shown(top)} (selisih ${formatLike(ra, ra.value - top.value)}).`,
    `≤ ${shown(top)}`,
    shown(ra),
  );
}

const MINIMUM_TEXT = formatPersen(SERAPAN_MINIMUM);

/** Reported at the stated serapan when there is one, else at the realisasi (both marked judged). */
function judgeSerapanLow(ctx: CheckContext, ref: CellRef, ra: OkFigure, raRef: CellRef, pagu: OkFigure): void {
  ctx.findings.examine(ref, "serapan-low");
  ctx.findings.examine(raRef, "serapan-low");
  const s = pagu.value > 0 ? serapan(ra.value, pagu.value) : null;
  if (s === null || s >= SERAPAN_MINIMUM) return;
  const stated = formatPersen(s, 2);
  ctx.findings.add(
    "serapan-low",
    ref,
    `Serapan akhir tahun ${stated} di bawah ${MINIMUM_TEXT} (realisasi ${shown(ra)} / pagu ${shown(pagu)}).`,
    `≥ ${MINIMUM_TEXT}`,
    stated,
  );
}

const yearEnd = (ctx: CheckContext): boolean => ctx.settings.periode === "TAHUN" || ctx.settings.periode === "TW4";

/**
 * A realisasi column of the reporting year's end: not last year's, and either the whole
 * year's or a "s.d. TW IV" one where the table has no whole-year column ("Realisasi TW IV"
 * alone is that quarter's spending).
 */
function isYearEndColumn(ctx: CheckContext, t: DetectedTable, c: TableColumn): boolean {
  if (c.periode !== null) {
    const yearly = t.columns.some((x) => x.role === c.role && x.periode === null && x.tahun === c.tahun);
    if (yearly || (c.periode !== "TW4" && c.periode !== "TAHUN") || !isCumulative(c)) return false;
  }
  const year = c.tahun;
  if (year === null) return true;
  if (ctx.tahun !== null) return year === ctx.tahun;
  return t.columns.every((x) => x.tahun === null || x.tahun <= year);
}

export function checkAnggaranTables(ctx: CheckContext): void {
  for (const t of ctx.model.tables) {
    if (t.kind === "lain") continue;
    for (const rac of columnsOf(t, "realisasi-anggaran")) {
      const paguCols = partners(t, rac, PAGU);
      const serapanCol = partner(t, rac, "serapan") ?? partner(t, rac, "persen");
      const lowCheck = yearEnd(ctx) && t.kind !== "rencana-aksi" && isYearEndColumn(ctx, t, rac);
      for (const row of t.rows) {
        if (row.kind === "section") continue;
        const ra = figureAt(t, row, rac);
        if (!isOk(ra)) continue;
        const pagu = okFigures(t, row, paguCols);
        const raRef = refAt(t, row, rac);
        judgeExceeds(ctx, ra, raRef, pagu);
        if (lowCheck && row.kind !== "periode" && pagu.length > 0) {
          const at = serapanCol && isOk(figureAt(t, row, serapanCol)) ? refAt(t, row, serapanCol) : raRef;
          judgeSerapanLow(ctx, at, ra, raRef, pagu[0]);
        }
      }
    }
    for (const sc of columnsOf(t, "sisa")) {
      const rac = partner(t, sc, "realisasi-anggaran");
      if (!rac) continue;
      const paguCols = partners(t, sc, PAGU);
      const blokirCol = partner(t, sc, "blokir");
      for (const row of t.rows) {
        if (row.kind === "section") continue;
        const [stated, ra] = [figureAt(t, row, sc), figureAt(t, row, rac)];
        if (!isOk(stated) || !isOk(ra)) continue;
        const blokir = blokirCol ? figureAt(t, row, blokirCol) : null;
        judgeSisa(ctx, stated, refAt(t, row, sc), ra, okFigures(t, row, paguCols), isOk(blokir) ? blokir : null);
      }
    }
  }
}

function open(ctx: CheckContext, f: Figure | null, rule: "sisa-mismatch" | "realisasi-exceeds-pagu" | "serapan-low"): f is OkFigure & { ref: CellRef } {
  return isOk(f) && f.ref !== null && !ctx.findings.wasExamined(f.ref, rule);
}

function checkLine(ctx: CheckContext, line: AnggaranLine): void {
  const { pagu, realisasi, blokir, sisa: stated } = line;
  if (!isOk(pagu) || !isOk(realisasi)) return;
  if (open(ctx, realisasi, "realisasi-exceeds-pagu")) judgeExceeds(ctx, realisasi, realisasi.ref, [pagu]);
  if (open(ctx, stated, "sisa-mismatch")) judgeSisa(ctx, stated, stated.ref, realisasi, [pagu], isOk(blokir) ? blokir : null);
  const thisYear = line.tahun === null || ctx.tahun === null || line.tahun === ctx.tahun;
  if (!yearEnd(ctx) || !thisYear || !open(ctx, realisasi, "serapan-low")) return;
  const at = line.serapanStated?.ref ?? realisasi.ref;
  if (!ctx.findings.wasExamined(at, "serapan-low")) judgeSerapanLow(ctx, at, realisasi, realisasi.ref, pagu);
}

export function checkAnggaranModel(ctx: CheckContext): void {
  for (const line of ctx.model.anggaran) checkLine(ctx, line);
  for (const e of ctx.model.rencanaAksi) {
    if (isOk(e.pagu) && open(ctx, e.realisasiAnggaran, "realisasi-exceeds-pagu")) {
      judgeExceeds(ctx, e.realisasiAnggaran, e.realisasiAnggaran.ref, [e.pagu]);
    }
  }
}
