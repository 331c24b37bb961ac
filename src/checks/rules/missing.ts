// target-missing (an indicator without a target; "n/a", "-" and empty are no value, never 0)
// and realisasi-missing (no realisasi for a period that has ended by the report's periode).
// Reported at the empty cell itself: the row's target cell, the quarter's realisasi cell.
import type { DetectedTable, Figure, Indikator, PeriodKey, TableColumn } from "../../core/model";
import type { CheckContext } from "../context";
import { isBlank, isLevel, isOk, shortText } from "../figures";
import { cellFor } from "../locate";
import { columnsOf, figureAt, refAt, textAt, textOf } from "../table";
import { SCORED_KINDS } from "./capaian";

/** Texts that say "no value" rather than being one. */
const NO_VALUE = /^(?:n\/?a|nan\s*%?|-+|—|–|tidak ada|belum ada)?$/i;

/** Target columns of the reporting year (or of the latest year the table shows). */
function yearTargets(ctx: CheckContext, t: DetectedTable): TableColumn[] {
  const cols = columnsOf(t, "target").filter((c) => c.periode === null);
  const years = cols.map((c) => c.tahun).filter((y): y is number => y !== null);
  const year = ctx.tahun !== null && years.includes(ctx.tahun) ? ctx.tahun : years.length > 0 ? Math.max(...years) : null;
  return cols.filter((c) => c.tahun === null || c.tahun === year);
}

function missingMessage(uraian: string): string {
  return `Indikator "${shortText(uraian)}" belum memiliki target; capaiannya tidak dapat dihitung.`;
}

export function checkTargetTables(ctx: CheckContext): void {
  for (const t of ctx.model.tables) {
    if (!SCORED_KINDS.has(t.kind)) continue;
    const targets = yearTargets(ctx, t);
    if (targets.length === 0) continue;
    let previous: string | null = null;
    for (const row of t.rows) {
      if (row.kind !== "data") continue;
      const uraian = textOf(t, row, "indikator");
      // A merged indicator cell is carried down to the rows below it: not a second indicator.
      const repeated = uraian !== null && uraian === previous;
      previous = uraian;
      if (uraian === null || repeated) continue;
      for (const c of targets) {
        const text = textAt(t, row, c);
        if (!isBlank(figureAt(t, row, c)) || (text !== null && !NO_VALUE.test(text))) continue;
        const ref = refAt(t, row, c);
        ctx.findings.add("target-missing", ref, missingMessage(uraian), undefined, text ?? "(kosong)");
      }
    }
  }
}

function checkTargetModel(ctx: CheckContext, ind: Indikator): void {
  if (!isBlank(ind.target)) return;
  const ref = ind.target?.ref ?? cellFor(ctx.model.tables, ind, (t) => yearTargets(ctx, t)[0]);
  if (!ref) return;
  const actual = ind.target?.raw === null || ind.target?.raw === undefined ? "(kosong)" : String(ind.target.raw);
  ctx.findings.add("target-missing", ref, missingMessage(ind.uraian), undefined, actual);
}

const QUARTERS: PeriodKey[] = ["TW1", "TW2", "TW3", "TW4"];
const ENDED: Record<string, number> = { TW1: 1, TW2: 2, S1: 2, TW3: 3, TW4: 4, TAHUN: 4 };
const YEAR_END: PeriodKey[] = ["TAHUN", "TW4", "S2", "B12"];
const LABEL: Record<string, string> = { TW1: "TW I", TW2: "TW II", TW3: "TW III", TW4: "TW IV", S1: "semester I", TAHUN: "tahun" };

/** A value, or a cell that holds something unreadable (that is value-unreadable, not missing). */
function hasValue(ind: Indikator, periode: PeriodKey): boolean {
  const filled = (f: Figure | null) => isOk(f) || f?.status === "unreadable";
  return ind.realisasi.some((e) => e.periode === periode && (filled(e.nilai) || (isOk(e.pembilang) && isOk(e.penyebut))));
}

function checkRealisasiModel(ctx: CheckContext, ind: Indikator): void {
  const periode = ctx.settings.periode;
  const quarterly = ind.realisasi.some((e) => QUARTERS.includes(e.periode)) || ind.targetTw.some((f) => f !== null);
  const yearEnd = periode === "TAHUN" || periode === "TW4";
  // At year end the year's figure is what counts: a stated year value, or the TW IV value of
  // a cumulative or level indicator (a rate, an index). Per-quarter counts need every quarter.
  if (yearEnd && (hasValue(ind, "TAHUN") || (hasValue(ind, "TW4") && (ind.kumulatif === true || isLevel(ind))))) return;
  let due: PeriodKey[];
  if (quarterly) due = QUARTERS.slice(0, ENDED[periode]);
  else if (yearEnd) due = YEAR_END.some((p) => hasValue(ind, p)) ? [] : ["TAHUN"];
  else return;
  for (const p of due) {
    if (hasValue(ind, p)) continue;
    const entry = ind.realisasi.find((e) => e.periode === p && e.nilai?.ref);
    const wanted = p === "TAHUN" ? null : p;
    const ref = entry?.nilai?.ref ?? cellFor(ctx.model.tables, ind, (t) => columnsOf(t, "realisasi").find((c) => c.periode === wanted));
    if (!ref) continue;
    ctx.findings.add(
      "realisasi-missing",
      ref,
      `Realisasi ${LABEL[p]} indikator "${shortText(ind.uraian)}" belum diisi, padahal periode itu sudah berakhir (laporan ${LABEL[periode]}).`,
    );
  }
}

export function checkMissingModel(ctx: CheckContext): void {
  // A workbook without any realisasi is a plan (PK, Renstra, Rencana Aksi): nothing is overdue.
  const reportsRealisasi = ctx.model.indikator.some((ind) => ind.realisasi.some((e) => isOk(e.nilai) || isOk(e.pembilang)));
  for (const ind of ctx.model.indikator) {
    checkTargetModel(ctx, ind);
    if (reportsRealisasi) checkRealisasiModel(ctx, ind);
  }
}
