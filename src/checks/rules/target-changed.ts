// target-changed (info): the same indicator read with two different targets (the reader keeps
// both as a conflict), or a target that differs from the Renstra target for the same year.
import type { Indikator } from "../../core/model";
import type { CheckContext } from "../context";
import { isOk, shortText, shown } from "../figures";

function checkIndikator(ctx: CheckContext, ind: Indikator): void {
  for (const c of ind.conflicts) {
    if (c.field !== "target" || !c.b.ref) continue;
    const where = c.a.ref ? ` di ${c.a.ref.sheet}!${c.a.ref.cell}` : "";
    ctx.findings.add(
      "target-changed",
      c.b.ref,
      `Target indikator "${shortText(ind.uraian)}" tertulis ${shown(c.b)}, berbeda dengan target ${shown(c.a)}${where}.`,
      shown(c.a),
      shown(c.b),
    );
  }
  const target = ind.target;
  if (!isOk(target) || !target.ref || ctx.tahun === null) return;
  for (const r of ind.targetRenstra) {
    if (r.tahun !== ctx.tahun || !isOk(r.figure)) continue;
    // Two stated targets: the same number or not, whatever decimals each was written with.
    if (Math.abs(r.figure.value - target.value) <= 1e-9 * Math.max(1, Math.abs(target.value))) continue;
    ctx.findings.add(
      "target-changed",
      target.ref,
      `Target ${ctx.tahun} indikator "${shortText(ind.uraian)}" ${shown(target)} berbeda dengan target Renstra ${ctx.tahun} ${shown(r.figure)}.`,
      shown(r.figure),
      shown(target),
    );
  }
}

export function checkTargetChanged(ctx: CheckContext): void {
  for (const ind of ctx.model.indikator) checkIndikator(ctx, ind);
}
