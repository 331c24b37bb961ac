// unit-mismatch: target and realisasi in different units ("1 Layanan" vs "2 Dokumen"), or a
// figure whose unit word contradicts the row's Satuan. Reported at the realisasi (or target)
// cell that carries the other unit. A figure without a unit word agrees with any unit.
import type { CellRef, Figure, Indikator } from "../../core/model";
import type { CheckContext } from "../context";
import { isOk, shown, unitsDiffer, type OkFigure } from "../figures";
import { columnsOf, figureAt, partner, refAt, textOf } from "../table";

/** A figure's unit as written ("%" for percentages). */
const unitText = (f: Figure): string | null => (f.percent ? "%" : f.unit);

/** The unit a figure should have: its target's, else the Satuan's; with what to call it. */
interface Expected {
  unit: string;
  source: string;
}

function judge(ctx: CheckContext, f: OkFigure, ref: CellRef, what: string, expected: Expected | null): void {
  const found = unitText(f);
  if (!expected || !unitsDiffer(found, expected.unit)) return;
  ctx.findings.add(
    "unit-mismatch",
    ref,
    `Satuan ${what} ${shown(f)} ("${found}") berbeda dengan satuan ${expected.source} ("${expected.unit}").`,
    expected.unit,
    found ?? "",
  );
}

function fromTarget(target: Figure | null, satuan: string | null): Expected | null {
  const unit = target && isOk(target) ? unitText(target) : null;
  if (unit !== null && target) return { unit, source: `target ${shown(target)}` };
  return satuan ? { unit: satuan, source: "pada kolom Satuan" } : null;
}

const PAIRS = [
  ["realisasi", "target"],
  ["volume-realisasi", "volume-target"],
] as const;

export function checkUnitTables(ctx: CheckContext): void {
  for (const t of ctx.model.tables) {
    if (t.kind === "lain") continue;
    for (const row of t.rows) {
      if (row.kind === "section") continue;
      const satuan = textOf(t, row, "satuan");
      const bySatuan = satuan ? { unit: satuan, source: "pada kolom Satuan" } : null;
      for (const c of columnsOf(t, "target", "volume-target")) {
        const f = figureAt(t, row, c);
        if (isOk(f)) judge(ctx, f, refAt(t, row, c), "target", bySatuan);
      }
      for (const [realisasiRole, targetRole] of PAIRS) {
        for (const rc of columnsOf(t, realisasiRole)) {
          const r = figureAt(t, row, rc);
          const tc = partner(t, rc, targetRole);
          if (isOk(r)) judge(ctx, r, refAt(t, row, rc), "realisasi", fromTarget(tc ? figureAt(t, row, tc) : null, satuan));
        }
      }
    }
  }
}

function checkIndikator(ctx: CheckContext, ind: Indikator): void {
  const bySatuan = ind.satuan ? { unit: ind.satuan, source: "indikator" } : null;
  if (isOk(ind.target) && ind.target.ref) judge(ctx, ind.target, ind.target.ref, "target", bySatuan);
  const expected = fromTarget(ind.target, ind.satuan);
  for (const e of ind.realisasi) {
    if (isOk(e.nilai) && e.nilai.ref) judge(ctx, e.nilai, e.nilai.ref, "realisasi", expected);
  }
}

export function checkUnitModel(ctx: CheckContext): void {
  for (const ind of ctx.model.indikator) checkIndikator(ctx, ind);
}
