// realisasi-mismatch: a stated realisasi that is not pembilang / penyebut × 100% at the
// precision it was written with, in the user's tables and then in the model's entries.
import type { CellRef, DetectedTable, RealisasiEntry, TableColumn } from "../../core/model";
import { formatPersen } from "../../core/format";
import type { CheckContext } from "../context";
import { agreesPercent, formatLike, isOk, shown, type OkFigure } from "../figures";
import { columnsOf, figureAt, partner, refAt } from "../table";

function judge(ctx: CheckContext, stated: OkFigure, ref: CellRef, p: OkFigure, q: OkFigure): void {
  // A realisasi counted in a unit word ("12 Orang") is not a ratio of the two.
  if (q.value === 0 || (stated.unit !== null && stated.unit !== "%")) return;
  ctx.findings.examine(ref, "realisasi-mismatch");
  const ratio = p.value / q.value;
  if (agreesPercent(stated, ratio)) return;
  const expected = formatLike({ ...stated, percent: true }, ratio);
  ctx.findings.add(
    "realisasi-mismatch",
    ref,
    `Realisasi tertulis ${shown(stated)}, hasil hitung ${formatPersen(ratio)} (pembilang ${shown(p)} / penyebut ${shown(q)} × 100%).`,
    expected,
    shown(stated),
  );
}

/**
 * The pembilang/penyebut columns of a realisasi column. Those of a period go with its own
 * period; year-level ones ("position at year end") only with the last period's column —
 * "Realisasi s.d. TW II" is not the year-end counts divided.
 */
function ratioColumns(t: DetectedTable, rc: TableColumn): [TableColumn, TableColumn] | null {
  const pc = partner(t, rc, "pembilang");
  const qc = partner(t, rc, "penyebut");
  if (!pc || !qc) return null;
  if (rc.periode !== null && (pc.periode === null || qc.periode === null)) {
    const latest = columnsOf(t, "realisasi").filter((c) => c.periode !== null && c.tahun === rc.tahun).sort((a, b) => b.col - a.col)[0];
    if (latest !== rc) return null;
  }
  return [pc, qc];
}

export function checkRealisasiTables(ctx: CheckContext): void {
  for (const t of ctx.model.tables) {
    if (t.kind === "lain") continue;
    for (const rc of columnsOf(t, "realisasi")) {
      const ratio = ratioColumns(t, rc);
      if (!ratio) continue;
      const [pc, qc] = ratio;
      for (const row of t.rows) {
        if (row.kind !== "data" && row.kind !== "periode") continue;
        const [r, p, q] = [figureAt(t, row, rc), figureAt(t, row, pc), figureAt(t, row, qc)];
        if (isOk(r) && isOk(p) && isOk(q)) judge(ctx, r, refAt(t, row, rc), p, q);
      }
    }
  }
}

function checkEntry(ctx: CheckContext, e: RealisasiEntry): void {
  const { nilai, pembilang, penyebut } = e;
  if (!isOk(nilai) || !nilai.ref || !isOk(pembilang) || !isOk(penyebut)) return;
  if (ctx.findings.wasExamined(nilai.ref, "realisasi-mismatch")) return;
  judge(ctx, nilai, nilai.ref, pembilang, penyebut);
}

export function checkRealisasiModel(ctx: CheckContext): void {
  for (const ind of ctx.model.indikator) for (const e of ind.realisasi) checkEntry(ctx, e);
}
