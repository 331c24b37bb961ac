// unit-mismatch: target and realisasi in different units ("1 Layanan" vs "2 Dokumen"), or a
// figure whose unit word contradicts the row's Satuan. Reported at the realisasi (or target)
// cell that carries the other unit. A figure without a unit word agrees with any unit.
import type { CellRef, Figure, Indikator } from "../../core/model";
import type { CheckContext } from "../context";
import { isOk, shown, unitsDiffer, type OkFigure } from "../figures";
import { columnsOf, figureAt, partner, refAt, textOf } from "../table";

/** A figure's unit as written ("%" for percentages). */
const unitText = (f: Figure): string | null => (f.percent ? "%" : f.unit);

/** What a Satuan is called in a message: the table's column, or the indicator's own. */
const SATUAN = "pada kolom Satuan";
const INDIKATOR = "indikator";

/**
 * Judges a figure against the unit it should have: `target`'s when that figure has one, else
 * `satuan` (called `source` in the message). The target is written out only for a finding.
 */
function judge(ctx: CheckContext, f: OkFigure, ref: CellRef, what: string, target: Figure | null, satuan: string | null, source: string): void {
  const fromTarget = target !== null && isOk(target) ? unitText(target) : null;
  const unit = fromTarget ?? satuan;
  if (!unit) return;
  const found = unitText(f);
  if (!unitsDiffer(found, unit)) return;
  const from = fromTarget !== null && target !== null ? `target ${shown(target)}` : source;
  ctx.findings.add("unit-mismatch", ref, `Satuan ${what} ${shown(f)} ("${found}") berbeda dengan satuan ${from} ("${unit}").`, unit, found ?? "");
}

const PAIRS = [
  ["realisasi", "target"],
  ["volume-realisasi", "volume-target"],
] as const;

export function checkUnitTables(ctx: CheckContext): void {
  for (const t of ctx.model.tables) {
    if (t.kind === "lain") continue;
    const targets = columnsOf(t, "target", "volume-target");
    // Each realisasi column with the target column it is compared with.
    const realisasi = PAIRS.flatMap(([realisasiRole, targetRole]) => columnsOf(t, realisasiRole).map((rc) => ({ rc, tc: partner(t, rc, targetRole) })));
    for (const row of t.rows) {
      if (row.kind === "section") continue;
      const satuan = textOf(t, row, "satuan");
      for (const c of targets) {
        const f = figureAt(t, row, c);
        if (isOk(f)) judge(ctx, f, refAt(t, row, c), "target", null, satuan, SATUAN);
      }
      for (const { rc, tc } of realisasi) {
        const r = figureAt(t, row, rc);
        if (isOk(r)) judge(ctx, r, refAt(t, row, rc), "realisasi", tc ? figureAt(t, row, tc) : null, satuan, SATUAN);
      }
    }
  }
}

function checkIndikator(ctx: CheckContext, ind: Indikator): void {
  if (isOk(ind.target) && ind.target.ref) judge(ctx, ind.target, ind.target.ref, "target", null, ind.satuan, INDIKATOR);
  for (const e of ind.realisasi) {
    if (isOk(e.nilai) && e.nilai.ref) judge(ctx, e.nilai, e.nilai.ref, "realisasi", ind.target, ind.satuan, SATUAN);
  }
}

export function checkUnitModel(ctx: CheckContext): void {
  for (const ind of ctx.model.indikator) checkIndikator(ctx, ind);
}
