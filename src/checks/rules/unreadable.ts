// value-unreadable: a value cell that cannot be read as a number with a unit ("7,5,2",
// "12 %%", an Excel error). The reader's own notes are passed through as they are; cells in
// the user's tables and figures in the model add to them, one finding per cell. A cell that
// lists several readable figures ("2,5% 75%" beside "1. … 2. …") is a list, not a slip.
import type { CellRef, Figure, SakipModel } from "../../core/model";
import { readNumber } from "../../core/number";
import type { CheckContext } from "../context";
import { figureAt, refAt } from "../table";

const PIECE = /\d[\d.,]*\s*(?:%|[A-Za-z]+)?/g;

function isList(raw: unknown): boolean {
  if (typeof raw !== "string") return false;
  const pieces = raw.match(PIECE) ?? [];
  const rest = raw.replace(PIECE, "").replace(/[\s;]+/g, "");
  return pieces.length >= 2 && rest === "" && pieces.every((p) => readNumber(p.trim()).status === "ok");
}

function judge(ctx: CheckContext, f: Figure | null, ref: CellRef | null): void {
  if (!f || f.status !== "unreadable" || !ref || isList(f.raw)) return;
  const raw = f.raw === null ? "" : String(f.raw);
  ctx.findings.add("value-unreadable", ref, `Nilai "${raw}" tidak dapat dibaca sebagai angka.`, undefined, raw);
}

function modelFigures(model: SakipModel): (Figure | null)[] {
  const out: (Figure | null)[] = [];
  for (const ind of model.indikator) {
    out.push(ind.target, ...ind.targetTw, ind.capaianStated, ind.standarNasional, ...ind.targetRenstra.map((r) => r.figure));
    for (const e of ind.realisasi) out.push(e.nilai, e.pembilang, e.penyebut);
    for (const y of ind.riwayat) out.push(y.target, y.realisasi, y.capaian);
  }
  for (const l of model.anggaran) {
    out.push(l.volumeTarget, l.volumeRealisasi, l.pagu, l.blokir, l.realisasi, ...l.realisasiTw, l.sisa, l.serapanStated, l.paguTahunLalu, l.realisasiTahunLalu);
  }
  for (const e of model.rencanaAksi) out.push(e.target, e.pagu, e.rencanaPenarikan, e.realisasiAnggaran, e.capaian);
  return out;
}

export function checkUnreadable(ctx: CheckContext): void {
  for (const note of ctx.model.readNotes) ctx.findings.keep(note);
  for (const t of ctx.model.tables) {
    if (t.kind === "lain") continue;
    for (const row of t.rows) for (const c of t.columns) judge(ctx, figureAt(t, row, c), refAt(t, row, c));
  }
  for (const f of modelFigures(ctx.model)) judge(ctx, f, f?.ref ?? null);
}
